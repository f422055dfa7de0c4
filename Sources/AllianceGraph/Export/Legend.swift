/// The legend of a diagram: one node whose HTML-like label explains each shape, line and colour the
/// diagram uses, and nothing it does not.
///
/// It is a single node, not a cluster of sample nodes and edges, because only `dot` and `fdp` keep a
/// cluster together: `neato`, `sfdp`, `circo` and `twopi` would scatter its samples through the drawing.
/// A single disconnected node is packed beside the graph by every engine, and `dot` puts it on a rank
/// of its own at the bottom (`rank=sink`). Line samples are drawn with box-drawing characters in the
/// edge colours, so they need no font beyond the one the labels use.
struct Legend {
    private var kinds: [ActorKind] = []
    private var samples: [Sample] = []
    private var isolation: String?
    private var size: String?
    /// The blocs drawn, in order (at most ``maxBlocs`` get a swatch).
    private var blocs: [Int] = []
    private static let maxBlocs = 7

    /// One line sample: how it is drawn and what it stands for.
    private struct Sample {
        var color: String
        var line: String
        var head: String
        var text: String
    }

    /// Line samples per legend row.
    private static let perRow = 2

    init(graph: Graph, bundles: [EdgeBundle], metrics: DiagramMetrics?) {
        kinds = ActorKind.allCases.filter { kind in graph.nodes.contains { $0.kind == kind } }
        let categories = Set(bundles.map(\.category))
        for category in [EdgeCategory.cooperative, .neutral, .hostile] where categories.contains(category) {
            let color = DiagramStyle.color(of: category)
            samples.append(Sample(color: color, line: "━━━", head: Self.glyph(of: category), text: category.name))
        }
        let events = bundles.filter { $0.category != .structural }
        let dark = DiagramStyle.outlineColor
        if events.contains(where: { !$0.planned && $0.isMaterial }) {
            samples.append(Sample(color: dark, line: "───", head: "▶", text: "material"))
        }
        if events.contains(where: { !$0.planned && !$0.isMaterial }) {
            samples.append(Sample(color: dark, line: "╌╌╌", head: "▶", text: "verbal"))
        }
        if events.contains(where: \.planned) {
            samples.append(Sample(color: dark, line: "┈┈┈", head: "▶", text: "planned"))
        }
        if events.contains(where: \.mutual) {
            samples.append(Sample(color: dark, line: "────", head: "", text: "mutual"))
        }
        if events.contains(where: { $0.forward && $0.backward }) {
            samples.append(Sample(color: dark, line: "◀───", head: "▶", text: "both ways"))
        }
        if !events.isEmpty {
            samples.append(Sample(color: dark, line: "━━━", head: "▶", text: "thicker: more weight"))
        }
        if categories.contains(.structural) {
            let types = Set(bundles.filter { $0.category == .structural }.flatMap { $0.edges.map(\.type) })
            let text = EventType.allCases.filter(types.contains).map(\.displayName).joined(separator: ", ")
            samples.append(Sample(color: DiagramStyle.color(of: .structural), line: "────", head: "", text: text))
        }
        if let metrics, !graph.nodes.isEmpty {
            let values = graph.nodes.map { metrics.values(of: $0.id) }
            if values.contains(where: { $0.isolation != nil }) { isolation = metrics.isolationCaption }
            if values.contains(where: { $0.size != nil }) { size = metrics.sizeCaption }
            blocs = Set(values.compactMap(\.bloc)).sorted()
        }
    }

    var isEmpty: Bool { kinds.isEmpty && samples.isEmpty }

    /// The arrowhead of a polarity as a character: ▶ (normal), ▷ (empty), ┫ (tee).
    private static func glyph(of category: EdgeCategory) -> String {
        switch DiagramStyle.arrowhead(of: category) {
        case "normal": "▶"
        case "empty": "▷"
        case "tee": "┫"
        default: ""
        }
    }

    func write(into out: inout DOTWriter) {
        let columns = 2 * Self.perRow
        var rows = ["<TR><TD COLSPAN=\"\(columns)\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        if !kinds.isEmpty {
            let cells = kinds.map { kind in
                Self.swatch(
                    name: kind.rawValue, detail: Self.shapeName(of: kind),
                    fill: isolation == nil ? DiagramStyle.fill(of: kind) : "#FFFFFF",
                    border: DiagramStyle.outlineColor, width: 1)
            }
            rows.append(Self.nested(cells, columns: columns))
        }
        if !blocs.isEmpty {
            // One swatch per bloc: its outline, and its fill when nodes are filled by bloc.
            var cells = blocs.prefix(Self.maxBlocs).map { bloc in
                Self.swatch(
                    name: "bloc \(bloc)", detail: isolation == nil ? "fill, outline" : "outline",
                    fill: isolation == nil ? DiagramStyle.blocFill(bloc) : "#FFFFFF", border: DiagramStyle.blocColor(bloc),
                    width: 2)
            }
            if blocs.count > Self.maxBlocs {
                cells.append("<TD>… \(blocs.count - Self.maxBlocs) more</TD>")
            }
            rows.append(Self.nested(cells, columns: columns))
        }
        for start in stride(from: 0, to: samples.count, by: Self.perRow) {
            var cells = ""
            let row = samples[start..<min(start + Self.perRow, samples.count)]
            for sample in row {
                cells += "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(sample.color)\" POINT-SIZE=\"12\">"
                    + "\(sample.line)\(sample.head)</FONT></TD>"
                cells += "<TD ALIGN=\"LEFT\">\(DOTText.html(sample.text))</TD>"
            }
            for _ in row.count..<Self.perRow { cells += "<TD></TD><TD></TD>" }
            rows.append("<TR>\(cells)</TR>")
        }
        if let isolation {
            var cells = ["<TD ALIGN=\"LEFT\">fill: \(DOTText.html(isolation))</TD>"]
            for t in [0, 0.25, 0.5, 0.75, 1.0] {
                let fill = DiagramStyle.isolationFill(t)
                cells.append(
                    "<TD BGCOLOR=\"\(fill)\" WIDTH=\"28\"><FONT COLOR=\"\(DiagramStyle.labelColor(onFill: fill))\" "
                        + "POINT-SIZE=\"8\">\(DOTText.fixed(t, 2))</FONT></TD>")
            }
            rows.append(Self.nested(cells, columns: columns, spacing: 0))
        }
        if let size {
            rows.append("<TR><TD COLSPAN=\"\(columns)\" ALIGN=\"LEFT\">larger node: higher \(DOTText.html(size))</TD></TR>")
        }
        Self.writeNode(rows: rows, id: "legend", cellSpacing: 0, into: &out)
    }

    /// Writes a legend node: an HTML-like table of `rows`, one per line (indented under the statement, so
    /// that diffs of the DOT stay readable), kept at the bottom by `dot` (`rank=sink`).
    static func writeNode(rows: [String], id: String, cellSpacing: Int, into out: inout DOTWriter) {
        let indent = "\n" + String(repeating: "    ", count: out.indent + 1)
        let table = "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"\(cellSpacing)\" "
            + "CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">" + rows.map { indent + $0 }.joined() + indent + "</TABLE>"
        out.statement("\"_legend\"", [
            ("id", DOTText.quoted(id)), ("class", "\"legend\""), ("shape", "\"plain\""), ("fontsize", "\"10.0\""),
            ("tooltip", "\"Legend\""), ("label", "<\(table)>"),
        ])
        out.line("{ rank=\"sink\"; \"_legend\"; }")
    }

    /// A row holding its own table of `cells`, so that its cells need not line up with the sample columns.
    private static func nested(_ cells: [String], columns: Int, spacing: Int = 4) -> String {
        "<TR><TD COLSPAN=\"\(columns)\" ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"\(spacing)\" CELLPADDING=\"3\">"
            + "<TR>\(cells.joined())</TR></TABLE></TD></TR>"
    }

    /// A bordered, filled cell naming a kind and, below it in small grey type, its shape.
    private static func swatch(name: String, detail: String, fill: String, border: String, width: Int) -> String {
        "<TD BORDER=\"\(width)\" COLOR=\"\(border)\" BGCOLOR=\"\(fill)\" STYLE=\"rounded\">\(DOTText.html(name))"
            + "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"\(DiagramStyle.captionColor)\">\(DOTText.html(detail))</FONT></TD>"
    }

    private static func shapeName(of kind: ActorKind) -> String {
        switch DiagramStyle.shape(of: kind).shape {
        case "box": "rounded box"
        case let shape: shape
        }
    }
}

/// Draws what changed between two graphs on one layout of their union (docs/comparison.md, "Diff diagram").
///
/// Every actor of either graph is drawn once, so the layout of the union is the one frame both states
/// are read in: an actor only in the new graph is filled pale green and labelled "(new)", one only in the
/// old graph is drawn white with a dashed outline and labelled "(gone)". Ties are bundled as in
/// ``DOTEncoder`` (one line per pair, polarity and plannedness), and further by how they changed, each
/// change with its own colour and line (Okabe & Ito 2008 colours, so colour-blind readers can tell them
/// apart; the label's first character repeats the change, so colour is never the only cue):
///
/// | change       | colour            | line               | label |
/// |--------------|-------------------|--------------------|-------|
/// | added        | bluish green      | solid              | `+`   |
/// | removed      | reddish purple    | dashed             | `−`   |
/// | strengthened | blue              | solid              | `▲`   |
/// | weakened     | orange            | dashed             | `▼`   |
/// | unchanged    | light grey        | solid, thin        |       |
///
/// Arrowheads keep the polarity (▶ cooperative, ▷ neutral, ┫ hostile) and pen width the weight (the new
/// weight; the old one for removed ties). SVG ids are `cn_<id>` for actors and
/// `cd_<source>_<target>_<polarity>_<change>[_planned]` for ties, apart from the main diagram's. The output is deterministic; Graphviz's `neato` (the default
/// above 12 actors) places nodes deterministically too, so the same two graphs always give the same picture.
public struct ComparisonDOTEncoder: Sendable {
    public var title: String?
    public var subtitle: String?
    /// Weight changes at most this large count as unchanged.
    public var tolerance: Double

    public init(title: String? = nil, subtitle: String? = nil, tolerance: Double = 1e-9) {
        self.title = title
        self.subtitle = subtitle
        self.tolerance = tolerance
    }

    typealias Change = SnapshotComparison.EdgeChangeKind

    /// Colour, line style and label mark of each change.
    static func style(of change: Change) -> (color: String, line: String, mark: String) {
        switch change {
        case .added: ("#009E73", "solid", "+")
        case .removed: ("#CC79A7", "dashed", "−")
        case .strengthened: ("#0072B2", "solid", "▲")
        case .weakened: ("#E69F00", "dashed", "▼")
        case .unchanged: ("#BBBBBB", "solid", "")
        }
    }

    /// The DOT text of the union of `old` and `new`, ties styled by how they changed.
    /// - Complexity: O((|V| + |E|) log(|V| + |E|)) over both graphs.
    public func encode(old: Graph, new: Graph) -> String {
        var nodes: [ActorID: (node: Node, status: String)] = [:]
        for n in old.nodes { nodes[n.id] = (n, "gone") }
        for n in new.nodes { nodes[n.id] = (n, old.node(n.id) == nil ? "new" : "kept") }
        let union = nodes.keys.sorted().map { nodes[$0]!.node }
        var bundles: [(change: Change, bundle: EdgeBundle)] = []
        let changes = SnapshotComparison.edgeChanges(old: old, new: new, tolerance: tolerance)
        for change in Change.allCases {
            let edges = changes.filter { $0.kind == change }.compactMap { change == .removed ? $0.old : $0.new }
            guard !edges.isEmpty, let graph = try? Graph(nodes: union, edges: edges) else { continue }
            bundles += EdgeBundle.bundles(of: graph, includePlanned: true).map { (change, $0) }
        }
        bundles.sort { ($0.bundle.key, $0.change.order) < ($1.bundle.key, $1.change.order) }
        let oldWeights = Dictionary(uniqueKeysWithValues: old.edges.map { ($0.key, $0.weight) })

        var out = DOTWriter()
        out.line("digraph \"alliance_comparison\" {")
        out.indent += 1
        DOTEncoder.writeDefaults(caption: DOTEncoder.caption(title: title, subtitle: subtitle), edges: bundles.count, into: &out)
        // Ids apart from those of the main diagram (`n_`, `e_`, `graph0`), so that a page can hold both.
        out.statement("graph", [("id", "\"comparison_graph\"")])
        var ids = UniqueIDs()
        if !union.isEmpty { out.line("") }
        for node in union { writeNode(node, status: nodes[node.id]!.status, id: ids.claim("cn_" + DOTText.token(node.id.rawValue)), into: &out) }
        if !bundles.isEmpty { out.line("") }
        for (change, bundle) in bundles {
            var parts = ["cd", DOTText.token(bundle.source.rawValue), DOTText.token(bundle.target.rawValue), bundle.category.name, change.rawValue]
            if bundle.planned { parts.append("planned") }
            writeEdge(bundle, change: change, id: ids.claim(parts.joined(separator: "_")), graph: change == .removed ? old : new,
                      oldWeights: oldWeights, into: &out)
        }
        out.line("")
        let events = bundles.filter { $0.bundle.category != .structural }
        writeLegend(changes: Set(events.map(\.change)), categories: Set(events.map(\.bundle.category)),
                    planned: events.contains { $0.bundle.planned }, statuses: Set(nodes.values.map(\.status)), into: &out)
        out.indent -= 1
        out.line("}")
        return out.text
    }

    private func writeNode(_ node: Node, status: String, id: String, into out: inout DOTWriter) {
        let (shape, style) = DiagramStyle.shape(of: node.kind)
        var label = DOTEncoder.wrap(node.label.isEmpty ? node.id.rawValue : node.label, width: 18)
        var attributes: [(String, String)] = [("id", DOTText.quoted(id)), ("class", DOTText.quoted("\(node.kind.rawValue) \(status)"))]
        var fill = DiagramStyle.fill(of: node.kind)
        var extra: [(String, String)] = []
        switch status {
        case "new":
            label += "\n(new)"
            fill = Self.newFill
            extra += [("color", DOTText.quoted(Self.style(of: .added).color)), ("penwidth", "\"2.0\"")]
        case "gone":
            label += "\n(gone)"
            fill = "#FFFFFF"
            extra += [("color", DOTText.quoted(Self.style(of: .removed).color)), ("fontcolor", "\"#555555\"")]
        default: break
        }
        attributes += [
            ("label", DOTText.text(label)), ("shape", DOTText.quoted(shape)),
            ("style", DOTText.quoted(status == "gone" ? style + ",dashed" : style)), ("fillcolor", DOTText.quoted(fill)),
        ] + extra + [("tooltip", DOTText.text("\(node.label) (\(node.id.rawValue))\n\(node.kind.rawValue), \(status)"))]
        out.statement(DOTText.quoted(node.id.rawValue), attributes)
    }

    static let newFill = "#D5F0E6"

    private func writeEdge(_ bundle: EdgeBundle, change: Change, id: String, graph: Graph, oldWeights: [EdgeKey: Double],
                           into out: inout DOTWriter) {
        let (color, line, mark) = Self.style(of: change)
        let category = bundle.category
        let weightBefore = bundle.edges.reduce(0.0) { $0 + (oldWeights[$1.key] ?? 0) }
        let weightAfter = change == .removed ? 0 : bundle.weight
        var tooltip = [bundle.tooltip(in: graph).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""]
        tooltip.append("\(change.rawValue): \(bundle.types.map(\.displayName).joined(separator: ", "))\(bundle.planned ? " (planned)" : "")")
        tooltip.append("weight \(DOTText.fixed(weightBefore, 2)) → \(DOTText.fixed(weightAfter, 2))")
        if let sentence = bundle.edges.lazy.compactMap({ $0.evidence.first?.sentence }).first {
            tooltip.append("“\(sentence.count > 200 ? String(sentence.prefix(199)) + "…" : sentence)”")
        }
        var attributes: [(String, String)] = [
            ("id", DOTText.quoted(id)), ("class", DOTText.quoted("\(category.name) \(change.rawValue)")),
        ]
        if category != .structural {
            attributes.append(("label", DOTText.text(mark.isEmpty ? bundle.label : mark + " " + bundle.label)))
            attributes.append(("fontcolor", DOTText.quoted(change == .unchanged ? "#777777" : DiagramStyle.textColor)))
        }
        let width = change == .unchanged || category == .structural ? 1 : DiagramStyle.penWidth(weight: change == .removed ? bundle.weight : weightAfter)
        attributes += [
            ("color", DOTText.quoted(category == .structural && change == .unchanged ? DiagramStyle.color(of: .structural) : color)),
            ("penwidth", DOTText.quoted(DOTText.fixed(width, 2))),
            ("style", DOTText.quoted(bundle.planned && change != .removed && change != .weakened ? "dotted" : line)),
        ]
        let head = DiagramStyle.arrowhead(of: category)
        if category == .structural || (bundle.mutual && category != .hostile) {
            attributes.append(("dir", "\"none\""))
        } else if bundle.mutual || (bundle.forward && bundle.backward) {
            attributes += [("dir", "\"both\""), ("arrowhead", DOTText.quoted(head)), ("arrowtail", DOTText.quoted(head))]
        } else if head != "normal" {
            attributes.append(("arrowhead", DOTText.quoted(head)))
        }
        attributes.append(("tooltip", DOTText.text(tooltip.joined(separator: "\n"))))
        out.statement(DOTText.quoted(bundle.source.rawValue) + " -> " + DOTText.quoted(bundle.target.rawValue), attributes)
    }

    /// One legend node: the changes, polarities and node states the diagram uses.
    private func writeLegend(changes: Set<Change>, categories: Set<EdgeCategory>, planned: Bool, statuses: Set<String>,
                             into out: inout DOTWriter) {
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        func row(_ sample: String, _ text: String) {
            rows.append("<TR><TD ALIGN=\"LEFT\">\(sample)</TD><TD ALIGN=\"LEFT\">\(DOTText.html(text))</TD></TR>")
        }
        let lineGlyph = ["solid": "━━━", "dashed": "╍╍╍"]
        for change in Change.allCases where changes.contains(change) {
            let (color, line, mark) = Self.style(of: change)
            row("<FONT COLOR=\"\(color)\" POINT-SIZE=\"12\">\(lineGlyph[line] ?? "━━━")</FONT>",
                (mark.isEmpty ? "" : mark + " ") + (change == .unchanged ? "unchanged tie" : "\(change.rawValue) tie"))
        }
        for category in [EdgeCategory.cooperative, .neutral, .hostile] where categories.contains(category) {
            let glyph = ["normal": "──▶", "empty": "──▷", "tee": "──┫"][DiagramStyle.arrowhead(of: category)] ?? "───"
            row("<FONT COLOR=\"\(DiagramStyle.outlineColor)\" POINT-SIZE=\"12\">\(glyph)</FONT>", "\(category.name) (arrowhead)")
        }
        if planned {
            row("<FONT COLOR=\"\(DiagramStyle.outlineColor)\" POINT-SIZE=\"12\">┈┈┈</FONT>", "planned (dotted; dashed when removed)")
        }
        if changes.contains(where: { $0 != .unchanged }) {
            row("<FONT COLOR=\"\(DiagramStyle.outlineColor)\" POINT-SIZE=\"12\">━━━</FONT>", "thicker: more weight")
        }
        if statuses.contains("new") {
            rows.append("<TR><TD BORDER=\"2\" COLOR=\"\(Self.style(of: .added).color)\" BGCOLOR=\"\(Self.newFill)\" STYLE=\"rounded\">actor</TD><TD ALIGN=\"LEFT\">(new): only in the new graph</TD></TR>")
        }
        if statuses.contains("gone") {
            rows.append("<TR><TD BORDER=\"1\" COLOR=\"\(Self.style(of: .removed).color)\" BGCOLOR=\"#FFFFFF\" STYLE=\"rounded\">actor</TD><TD ALIGN=\"LEFT\">(gone): only in the old graph</TD></TR>")
        }
        Legend.writeNode(rows: rows, id: "comparison_legend", cellSpacing: 2, into: &out)
    }
}

extension SnapshotComparison.EdgeChangeKind {
    /// Drawing order: unchanged first (underneath), then the changes.
    var order: Int {
        switch self {
        case .unchanged: 0
        case .removed: 1
        case .weakened: 2
        case .strengthened: 3
        case .added: 4
        }
    }
}

/// Writes an alliance graph as a Graphviz DOT diagram.
///
/// The visual language (documented in docs/diagrams.md): the kind of an actor sets its shape; the
/// polarity of a tie sets its colour and arrowhead; verbal ties are dashed, material ones solid and
/// planned ones dotted; pen width grows with weight; symmetric ties have no arrows; structural ties
/// (`leads`, `member_of`) are thin, light grey and unlabelled. A caption with the title and subtitle sits at
/// the top, and a legend that explains what the diagram uses sits beside the graph.
///
/// For readability, ties between the same two actors are bundled: one drawn edge per source, target,
/// polarity, mutuality and plannedness, labelled with the event types ("consult, agree") and as wide as
/// the sum of their weights. Every node and edge gets a stable SVG `id` (`n_RUS`,
/// `e_PRK_RUS_cooperative_mutual`) and `class` (kind; polarity and quad classes), and a tooltip with its
/// evidence.
///
/// The output is deterministic: nodes in id order, edges in bundle-key order, numbers with fixed decimals,
/// so the same graph always gives the same text.
///
/// ```swift
/// let dot = DOTEncoder(options: DiagramOptions(snapshot: snapshot, title: "Korea 2024")).encode(snapshot.graph)
/// ```
public struct DOTEncoder: Sendable {
    public var options: DiagramOptions

    public init(options: DiagramOptions = .init()) {
        self.options = options
    }

    /// The DOT text of `graph`, using `metrics` (when given) for node size, fill and bloc.
    /// - Complexity: O(|V| + |E| log |E|).
    public func encode(_ graph: Graph, metrics: DiagramMetrics? = nil) -> String {
        let elements = DiagramElements(graph: graph, includePlanned: options.includePlanned)
        let bundles = elements.edges.map(\.bundle)
        var out = DOTWriter()
        out.line("digraph \"alliance\" {")
        out.indent += 1
        Self.writeDefaults(caption: Self.caption(title: options.title, subtitle: options.subtitle), edges: bundles.count, into: &out)
        if !graph.nodes.isEmpty { out.line("") }
        for node in graph.nodes {
            writeNode(node, id: elements.nodeIDs[node.id]!, values: metrics?.values(of: node.id), graph: graph, into: &out)
        }
        if !bundles.isEmpty { out.line("") }
        for edge in elements.edges {
            writeEdge(edge, graph: graph, into: &out)
        }
        let legend = Legend(graph: graph, bundles: bundles, metrics: metrics)
        if !legend.isEmpty {
            out.line("")
            legend.write(into: &out)
        }
        out.indent -= 1
        out.line("}")
        return out.text
    }

    // MARK: Graph

    /// The graph, node and edge defaults every alliance diagram shares, with its caption.
    ///
    /// Edges are splines routed around the nodes up to ``DiagramStyle/routedEdgeLimit`` drawn edges, and
    /// straight lines beyond: routing is most of the layout time of a large diagram (911 edges among 137
    /// nodes: 5.9 s with `neato` routing splines, 0.17 s with lines), and in such a diagram the edges cross
    /// the nodes' area either way.
    static func writeDefaults(caption: String?, edges: Int, into out: inout DOTWriter) {
        var graphAttributes: [(String, String)] = [
            ("bgcolor", "white"), ("fontname", DiagramStyle.fontName), ("pad", "0.3"), ("nodesep", "0.4"),
            ("ranksep", "0.6"), ("overlap", "false"), ("sep", "+8"), ("esep", "+4"),
            ("splines", edges > DiagramStyle.routedEdgeLimit ? "line" : "true"),
            ("outputorder", "edgesfirst"),
        ].map { ($0.0, DOTText.quoted($0.1)) }
        if let caption {
            graphAttributes += [("label", caption), ("labelloc", "\"t\""), ("labeljust", "\"c\"")]
        }
        out.statement("graph", graphAttributes)
        out.statement("node", [
            ("fontname", DiagramStyle.fontName), ("fontsize", DOTText.fixed(DiagramStyle.nodeFontSize, 1)),
            ("fontcolor", DiagramStyle.textColor), ("color", DiagramStyle.outlineColor), ("penwidth", "1.2"),
            ("margin", "0.12,0.05"),
        ].map { ($0.0, DOTText.quoted($0.1)) })
        out.statement("edge", [
            ("fontname", DiagramStyle.fontName), ("fontsize", DOTText.fixed(DiagramStyle.edgeFontSize, 1)),
            ("fontcolor", DiagramStyle.textColor), ("arrowsize", "0.8"),
        ].map { ($0.0, DOTText.quoted($0.1)) })
    }

    /// The caption as an HTML-like label: the title large and bold, the subtitle below it, smaller and grey.
    static func caption(title: String?, subtitle: String?) -> String? {
        var rows: [String] = []
        if let title, !title.isEmpty {
            rows.append("<FONT POINT-SIZE=\"20\"><B>\(DOTText.html(title))</B></FONT>")
        }
        if let subtitle, !subtitle.isEmpty {
            rows.append("<FONT POINT-SIZE=\"12\" COLOR=\"\(DiagramStyle.captionColor)\">\(DOTText.html(subtitle))</FONT>")
        }
        guard !rows.isEmpty else { return nil }
        // A blank line under the caption keeps it clear of the drawing.
        return "<" + rows.joined(separator: "<BR/>") + "<BR/> >"
    }

    // MARK: Nodes

    private func writeNode(
        _ node: Node, id: String, values: DiagramMetrics.NodeValues?, graph: Graph, into out: inout DOTWriter
    ) {
        let (shape, style) = DiagramStyle.shape(of: node.kind)
        var label = Self.wrap(node.label.isEmpty ? node.id.rawValue : node.label, width: 18)
        var classes = [node.kind.rawValue]
        var kind = node.kind.rawValue
        if let country = node.country { kind += " of \(graph.node(country)?.label ?? country.rawValue)" }
        var tooltip = ["\(node.label) (\(node.id.rawValue))", kind]
        var fill = DiagramStyle.fill(of: node.kind)
        var extra: [(String, String)] = []

        if let size = values?.size {
            let scale = DiagramStyle.scale(size: size)
            extra += [
                ("fontsize", DOTText.quoted(DOTText.fixed(DiagramStyle.nodeFontSize * scale, 1))),
                ("width", DOTText.quoted(DOTText.fixed(0.75 * scale, 2))),
                ("height", DOTText.quoted(DOTText.fixed(0.5 * scale, 2))),
            ]
            tooltip.append("size \(DOTText.fixed(size, 2))")
        }
        if let isolation = values?.isolation {
            fill = DiagramStyle.isolationFill(isolation)
            classes.append("isolation-\(Int((isolation * 4).rounded()))")
            tooltip.append("isolation \(DOTText.fixed(isolation, 2))")
            let fontColor = DiagramStyle.labelColor(onFill: fill)
            if fontColor != DiagramStyle.textColor { extra.append(("fontcolor", DOTText.quoted(fontColor))) }
        }
        if let bloc = values?.bloc {
            if values?.isolation == nil {
                // Without an isolation fill, the bloc fills the node (pale, so dark text reads on it).
                fill = DiagramStyle.blocFill(bloc)
            }
            label += "\nbloc \(bloc)"
            classes.append("bloc-\(DOTText.token(String(bloc)))")
            tooltip.append("bloc \(bloc)")
            extra += [
                ("color", DOTText.quoted(DiagramStyle.blocColor(bloc))), ("penwidth", "\"2.0\""), ("peripheries", "\"2\""),
            ]
        }
        if let base = options.linkBase {
            extra.append(("URL", DOTText.quoted(base + "#" + DiagramElements.anchor(ofNodeID: id))))
        }
        let attributes: [(String, String)] = [
            ("id", DOTText.quoted(id)),
            ("class", DOTText.quoted(classes.joined(separator: " "))),
            ("label", DOTText.text(label)),
            ("shape", DOTText.quoted(shape)),
            ("style", DOTText.quoted(style)),
            ("fillcolor", DOTText.quoted(fill)),
        ] + extra + [("tooltip", DOTText.text(tooltip.joined(separator: "\n")))]
        out.statement(DOTText.quoted(node.id.rawValue), attributes)
    }

    /// Breaks `text` at spaces into lines of at most `width` characters (longer words stay whole).
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    // MARK: Edges

    private func writeEdge(_ edge: DrawnEdge, graph: Graph, into out: inout DOTWriter) {
        let bundle = edge.bundle
        let category = bundle.category
        var classes = [category.name]
        for quad in bundle.quadClasses where quad != .structural { classes.append(quad.rawValue) }
        if bundle.hasMutual { classes.append("mutual") }
        if bundle.forward && bundle.backward { classes.append("both-ways") }
        if bundle.planned { classes.append("planned") }

        var attributes: [(String, String)] = [
            ("id", DOTText.quoted(edge.id)),
            ("class", DOTText.quoted(classes.joined(separator: " "))),
        ]
        if category != .structural {
            attributes.append(("label", DOTText.text(bundle.label)))
        }
        let penWidth = category == .structural
            ? DiagramStyle.structuralPenWidth : DiagramStyle.penWidth(weight: bundle.weight)
        attributes += [
            ("color", DOTText.quoted(DiagramStyle.color(of: category))),
            ("penwidth", DOTText.quoted(DOTText.fixed(penWidth, 2))),
            ("style", DOTText.quoted(DiagramStyle.lineStyle(planned: bundle.planned, material: bundle.isMaterial))),
        ]
        let head = DiagramStyle.arrowhead(of: category)
        if category == .structural {
            attributes.append(("dir", "\"none\""))
        } else if bundle.mutual && category != .hostile {
            attributes.append(("dir", "\"none\""))
        } else if bundle.mutual || (bundle.forward && bundle.backward) {
            // Both ways; a symmetric hostile tie keeps its bars at both ends, so that it does not rest on colour alone.
            attributes += [("dir", "\"both\""), ("arrowhead", DOTText.quoted(head)), ("arrowtail", DOTText.quoted(head))]
        } else if head != "normal" {
            attributes.append(("arrowhead", DOTText.quoted(head)))
        }
        if category == .structural {
            // Keep a leader next to their country, a member next to its organization.
            attributes.append(("weight", "\"4\""))
        }
        if let base = options.linkBase, category != .structural {
            attributes.append(("URL", DOTText.quoted(base + "#" + edge.evidenceAnchor)))
        }
        attributes.append(("tooltip", DOTText.text(bundle.tooltip(in: graph))))
        out.statement(
            DOTText.quoted(bundle.source.rawValue) + " -> " + DOTText.quoted(bundle.target.rawValue), attributes)
    }
}

// MARK: - Writing

/// Accumulates indented DOT lines.
struct DOTWriter {
    private(set) var text = ""
    var indent = 0

    mutating func line(_ s: String) {
        if !s.isEmpty { text += String(repeating: "    ", count: indent) }
        text += s + "\n"
    }

    /// `head [a="1", b="2"];` or `head;` without attributes. Values must already be quoted.
    mutating func statement(_ head: String, _ attributes: [(String, String)]) {
        if attributes.isEmpty {
            line(head + ";")
        } else {
            line(head + " [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];")
        }
    }
}

/// Hands out SVG ids, appending `_2`, `_3`, ... when two things would otherwise share one.
struct UniqueIDs {
    private var used: Set<String> = []

    mutating func claim(_ id: String) -> String {
        var candidate = id
        var n = 2
        while !used.insert(candidate).inserted {
            candidate = "\(id)_\(n)"
            n += 1
        }
        return candidate
    }
}

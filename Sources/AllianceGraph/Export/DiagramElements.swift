/// What a diagram of a graph draws, and the stable SVG ids it gives each thing: the ids the DOT carries,
/// the anchors a report links to, computed in one place so that the diagram and the report agree.
///
/// Node ids are `n_<id>`; drawn edges (bundles of ties, see ``DrawnEdge``) are
/// `e_<source>_<target>_<polarity>[_planned]`, with polarity `structural` for `leads` and `member_of`;
/// a bundle of ties in both directions (or mutual ones) has the smaller id first, a one-way bundle its
/// ties' source. Ids are reduced to `[A-Za-z0-9_-]`; a clash gets `_2`, `_3`, ….
///
/// ```swift
/// let elements = DiagramElements(graph: snapshot.graph)
/// for edge in elements.edges { print(edge.id, edge.evidenceAnchor) }   // e_RUS_PRK_cooperative ev_RUS_PRK_cooperative
/// ```
public struct DiagramElements: Sendable {
    /// Letters, digits, `_` and `-` only, anything else `-`: the form of every id and class in the SVG and
    /// of every anchor in the report.
    public static func token(_ string: String) -> String { DOTText.token(string) }

    /// The SVG id of each node.
    public let nodeIDs: [ActorID: String]
    /// The drawn edges, in bundle-key order (source, target, polarity, mutual, planned).
    public let edges: [DrawnEdge]

    /// - Complexity: O(|V| + |E| log |E|).
    public init(graph: Graph, includePlanned: Bool = true) {
        var ids = UniqueIDs()
        var nodeIDs: [ActorID: String] = [:]
        for node in graph.nodes { nodeIDs[node.id] = ids.claim("n_" + DOTText.token(node.id.rawValue)) }
        self.nodeIDs = nodeIDs
        edges = EdgeBundle.bundles(of: graph, includePlanned: includePlanned).map { bundle in
            var parts = [
                "e", DOTText.token(bundle.source.rawValue), DOTText.token(bundle.target.rawValue), bundle.category.name,
            ]
            if bundle.planned { parts.append("planned") }
            return DrawnEdge(id: ids.claim(parts.joined(separator: "_")), bundle: bundle)
        }
    }

    /// The anchor a report gives a node's row: its SVG id with `a_` for `n_` (`a_RUS`), so that a page
    /// holding both the inline diagram and the row has no duplicate ids.
    public static func anchor(ofNodeID id: String) -> String { "a_" + id.dropFirst(2) }
}

/// One edge of a diagram: the ties between two actors, in either direction, that share a polarity (or
/// are structural) and plannedness, drawn as one line.
public struct DrawnEdge: Sendable {
    /// The SVG id (`e_RUS_PRK_cooperative`).
    public let id: String
    let bundle: EdgeBundle

    public var source: ActorID { bundle.source }
    public var target: ActorID { bundle.target }
    /// The polarity of the bundled ties; `nil` for structural ties (`leads`, `member_of`).
    public var polarity: Polarity? {
        switch bundle.category {
        case .cooperative: .cooperative
        case .neutral: .neutral
        case .hostile: .hostile
        case .structural: nil
        }
    }
    /// "cooperative", "neutral", "hostile" or "structural".
    public var categoryName: String { bundle.category.name }
    /// Whether every bundled tie is mutual (drawn without arrowheads).
    public var isMutual: Bool { bundle.mutual }
    /// Whether the bundled ties go both ways (some source → target, some target → source, not mutual).
    public var isBothWays: Bool { bundle.forward && bundle.backward }
    /// "–" mutual only, "→" one way, "⇄" both ways.
    public var arrow: String { bundle.arrow }
    public var isPlanned: Bool { bundle.planned }
    /// The bundled ties, in key order.
    public var ties: [Edge] { bundle.edges }
    /// The summed weight of the bundled ties.
    public var weight: Double { bundle.weight }
    /// The number of mentions behind the bundled ties.
    public var mentions: Int { bundle.edges.reduce(0) { $0 + $1.evidence.count } }

    /// The anchor of this edge's evidence in a report: the id with `ev_` for `e_` (`ev_RUS_PRK_cooperative`).
    /// The diagram links each edge there.
    public var evidenceAnchor: String { "ev_" + id.dropFirst(2) }
}

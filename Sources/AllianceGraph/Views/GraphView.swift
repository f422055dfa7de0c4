/// A focused view of an alliance graph: the part a diagram draws.
///
/// A view is a pure function of a graph. Its steps run in a fixed order, each on the result of the
/// previous one:
/// 1. **level**: at ``AnalysisLevel/country`` leaders are folded into the countries they lead
///    (``Graph/foldingLeaders(storyOf:)``); at ``AnalysisLevel/actor`` nothing changes;
/// 2. **edge filters**: only ties of the given event ``types``, ``polarities`` and at least ``minWeight``
///    are kept (``Graph/filteringEdges(types:polarities:minWeight:)``); structural ties (`leads`,
///    `member_of`) are kept with the nodes they join unless ``types`` is given and leaves them out;
/// 3. **ego**: only the nodes within ``depth`` ties of ``center`` (in either direction), and the ties
///    among them (``Graph/egoNetwork(of:depth:)``);
/// 4. **top**: only the ``top`` nodes with the highest `scores` (the centre of an ego view is always
///    kept), and the ties among them.
///
/// When an edge filter is set, nodes left without any tie are dropped (except the centre), so that
/// `--types sanction` shows who sanctions whom rather than every actor of the corpus.
///
/// ```swift
/// let view = GraphView(center: "RUS", depth: 1, types: [.aid, .sanction])
/// let drawn = try view.apply(to: snapshot.graph, storyOf: snapshot.story(of:))
/// ```
public struct GraphView: Sendable, Equatable {
    /// The actor an ego view is centred on; `nil` for no ego view.
    public var center: ActorID?
    /// How many ties away from ``center`` an ego view reaches (1 or more).
    public var depth: Int
    /// Only ties of these event types; `nil` for all.
    public var types: Set<EventType>?
    /// Only ties of these polarities; `nil` for all. Structural ties count as neutral here only if
    /// ``types`` names them; otherwise a polarity filter keeps them as long as both ends stay.
    public var polarities: Set<Polarity>?
    /// Only ties whose weight is at least this; 0 keeps all.
    public var minWeight: Double
    /// Whether leaders are drawn apart from their countries (``AnalysisLevel/actor``) or folded in.
    public var level: AnalysisLevel
    /// Only the this many most central nodes; `nil` for all.
    public var top: Int?

    public init(
        center: ActorID? = nil, depth: Int = 1, types: Set<EventType>? = nil, polarities: Set<Polarity>? = nil,
        minWeight: Double = 0, level: AnalysisLevel = .actor, top: Int? = nil
    ) {
        self.center = center
        self.depth = depth
        self.types = types
        self.polarities = polarities
        self.minWeight = minWeight
        self.level = level
        self.top = top
    }

    /// The view that shows the whole graph.
    public static let whole = GraphView()

    /// Whether the view shows the whole graph unchanged.
    public var isWhole: Bool { self == .whole }

    /// Whether any tie filter is set.
    public var filtersEdges: Bool { types != nil || polarities != nil || minWeight > 0 }

    /// The graph the view shows.
    ///
    /// - Parameters:
    ///   - graph: the whole alliance graph.
    ///   - storyOf: the story of a document, so that ties merged by folding count copies of one story once
    ///     (``Snapshot/story(of:)``); the identity by default.
    ///   - scores: how central each node is, for ``top`` (higher first, ties by id); computed on the
    ///     folded, filtered graph's nodes. Nodes without a score count as 0.
    /// - Throws: ``ViewError`` for a centre that is not in the graph, a depth below 1, a negative or
    ///   non-finite weight, or a top below 1.
    /// - Complexity: O(|V| + |E| log |E|), plus the cost of `scores`.
    public func apply(
        to graph: Graph, storyOf: (String) -> String = { $0 },
        scores: (Graph) -> [ActorID: Double] = { _ in [:] }
    ) throws(ViewError) -> Graph {
        guard depth >= 1 else { throw .invalidDepth(depth) }
        guard minWeight.isFinite, minWeight >= 0 else { throw .invalidWeight(minWeight) }
        if let top, top < 1 { throw .invalidTop(top) }
        var center = self.center
        if let c = center {
            guard graph.node(c) != nil else { throw .unknownCenter(c) }
            if level == .country { center = graph.countryLevelID(of: c) }
        }
        var g = level == .country ? graph.foldingLeaders(storyOf: storyOf) : graph
        if filtersEdges {
            g = g.filteringEdges(types: types, polarities: polarities, minWeight: minWeight)
            g = g.removingIsolatedNodes(keeping: center.map { [$0] } ?? [])
        }
        if let center { g = g.egoNetwork(of: center, depth: depth) }
        if let top, top < g.nodes.count {
            let s = scores(g)
            let ranked = g.nodes.map(\.id).sorted { a, b in
                let (x, y) = (s[a] ?? 0, s[b] ?? 0)
                return x != y ? x > y : a < b
            }
            var kept = Set(ranked.prefix(top))
            if let center { kept.insert(center) }
            g = g.inducedSubgraph(kept)
        }
        return g
    }

    /// What the view shows, for a diagram's subtitle: "ego Russia, depth 1 · aid, sanction · hostile ·
    /// weight ≥ 0.5 · countries · top 20"; empty for the whole graph.
    public func caption(in graph: Graph) -> String {
        var parts: [String] = []
        if let center {
            let label = graph.node(center)?.label ?? center.rawValue
            parts.append("ego \(label), depth \(depth)")
        }
        if let types { parts.append(EventType.allCases.filter(types.contains).map(\.rawValue).joined(separator: ", ")) }
        if let polarities { parts.append(Polarity.allCases.filter(polarities.contains).map(\.rawValue).joined(separator: ", ")) }
        if minWeight > 0 { parts.append("weight ≥ \(DOTText.fixed(minWeight, 2))") }
        if level == .country { parts.append("leaders folded into countries") }
        if let top { parts.append("top \(top) by centrality") }
        return parts.joined(separator: " · ")
    }
}

/// Why a view could not be applied.
public enum ViewError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCenter(ActorID)
    case invalidDepth(Int)
    case invalidWeight(Double)
    case invalidTop(Int)

    public var description: String {
        switch self {
        case .unknownCenter(let id): "'\(id)' is not in the graph"
        case .invalidDepth(let d): "ego depth must be 1 or more, not \(d)"
        case .invalidWeight(let w): "minimum weight must be a number ≥ 0, not \(w)"
        case .invalidTop(let n): "top must be 1 or more, not \(n)"
        }
    }
}

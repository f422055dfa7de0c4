/// What changed between two snapshots: nodes, edges, centrality ranks and isolation scores.
///
/// Nodes and edges are matched by stable id and ``EdgeKey`` (source, target, type, mutual, planned),
/// never by position, so the two snapshots may hold different node sets. A planned tie that came true
/// (a reported visit that then happened) shows as a removed planned edge and an added actual one.
public struct SnapshotComparison: Sendable {
    /// How an edge changed.
    public enum EdgeChangeKind: String, Sendable, CaseIterable, Codable {
        case added, removed, strengthened, weakened, unchanged
    }

    public struct EdgeChange: Sendable {
        public let key: EdgeKey
        public let kind: EdgeChangeKind
        public let old: Edge?
        public let new: Edge?

        /// New weight minus old weight (a missing edge weighs 0).
        public var delta: Double { (new?.weight ?? 0) - (old?.weight ?? 0) }
    }

    public struct RankChange: Sendable {
        public let id: ActorID
        public let metric: Metric
        public let old: Double?
        public let new: Double?
        /// 1-based rank (1 = highest value), nil where the node is absent.
        public let oldRank: Int?
        public let newRank: Int?
    }

    public struct IsolationChange: Sendable {
        public let id: ActorID
        public let label: String
        public let old: Double?
        public let new: Double?
        /// Per measure: new value minus old value, weighted as in the composite (its contribution change).
        public let contributions: [(measure: IsolationMeasure, delta: Double)]
        /// The changed ties that touch this actor (at the analysis level), largest weight change first.
        public let reasons: [EdgeChange]

        public var delta: Double { (new ?? 0) - (old ?? 0) }
    }

    public let addedNodes: [Node]
    public let removedNodes: [Node]
    /// Every edge key of either snapshot, in key order, with how it changed.
    public let edges: [EdgeChange]
    public let ranks: [RankChange]
    /// Isolation moves: actors in both snapshots first, then those that appeared or are gone, each group
    /// by decreasing size of the change.
    public let isolation: [IsolationChange]

    /// Compares two snapshots.
    /// - Parameters:
    ///   - tolerance: weight changes at most this large count as unchanged.
    ///   - metrics: centralities whose ranks are compared.
    ///   - membership: which states organizations and groups stand for, in the isolation measures.
    /// - Complexity: O((|V| + |E|) log(|V| + |E|)) plus the cost of the metrics on both graphs.
    public init(
        old: Snapshot, new: Snapshot, options: AnalysisOptions = AnalysisOptions(), tolerance: Double = 1e-9,
        metrics: [Metric] = [.pagerank, .betweenness, .degree], membership: StateMembership = .none
    ) throws(MetricError) {
        let oldNodes = Dictionary(uniqueKeysWithValues: old.graph.nodes.map { ($0.id, $0) })
        let newNodes = Dictionary(uniqueKeysWithValues: new.graph.nodes.map { ($0.id, $0) })
        addedNodes = new.graph.nodes.filter { oldNodes[$0.id] == nil }
        removedNodes = old.graph.nodes.filter { newNodes[$0.id] == nil }

        edges = Self.edgeChanges(old: old.graph, new: new.graph, tolerance: tolerance)

        let oldTable = try AnalysisGraph(projecting: old.graph, options: options).centralities(metrics)
        let newTable = try AnalysisGraph(projecting: new.graph, options: options).centralities(metrics)
        var rankChanges: [RankChange] = []
        for metric in metrics {
            let oldRanks = Self.ranks(oldTable, metric)
            let newRanks = Self.ranks(newTable, metric)
            for id in Set(oldTable.graph.ids).union(newTable.graph.ids).sorted() {
                let change = RankChange(
                    id: id, metric: metric, old: oldTable.value(metric, of: id), new: newTable.value(metric, of: id),
                    oldRank: oldRanks[id], newRank: newRanks[id])
                if change.oldRank != change.newRank || abs((change.new ?? 0) - (change.old ?? 0)) > tolerance {
                    rankChanges.append(change)
                }
            }
        }
        ranks = rankChanges

        let oldIso = try IsolationReport(graph: old.graph, options: options, membership: membership)
        let newIso = try IsolationReport(graph: new.graph, options: options, membership: membership)
        let fold = { (graph: Graph, id: ActorID) in AnalysisGraph.fold(id, in: graph, level: options.level) }
        var isolationChanges: [IsolationChange] = []
        for id in Set(oldIso.scores.map(\.id)).union(newIso.scores.map(\.id)).sorted() {
            let a = oldIso.score(of: id)
            let b = newIso.score(of: id)
            guard abs((b?.score ?? 0) - (a?.score ?? 0)) > tolerance || (a == nil) != (b == nil) else { continue }
            let contributions = IsolationMeasure.allCases.map { measure in
                (measure, (b?.component(measure).contribution ?? 0) - (a?.component(measure).contribution ?? 0))
            }
            let reasons = edges.filter { change in
                change.kind != .unchanged && {
                    let graph = change.new != nil ? new.graph : old.graph
                    return fold(graph, change.key.source) == id || fold(graph, change.key.target) == id
                }()
            }.sorted { (abs($0.delta), $1.key) > (abs($1.delta), $0.key) }
            isolationChanges.append(IsolationChange(
                id: id, label: b?.label ?? a?.label ?? id.rawValue, old: a?.score, new: b?.score,
                contributions: contributions, reasons: reasons))
        }
        // Actors in both snapshots first (their moves are the news), then those that appeared or are
        // gone; each group by decreasing size of the change.
        isolation = isolationChanges.sorted {
            ($0.old == nil || $0.new == nil ? 1 : 0, -abs($0.delta), $0.id) < ($1.old == nil || $1.new == nil ? 1 : 0, -abs($1.delta), $1.id)
        }
    }

    /// Every edge key of either graph, in key order, with how it changed: matched by key, weight changes
    /// of at most `tolerance` count as unchanged.
    public static func edgeChanges(old: Graph, new: Graph, tolerance: Double = 1e-9) -> [EdgeChange] {
        let oldEdges = Dictionary(uniqueKeysWithValues: old.edges.map { ($0.key, $0) })
        let newEdges = Dictionary(uniqueKeysWithValues: new.edges.map { ($0.key, $0) })
        return Set(oldEdges.keys).union(newEdges.keys).sorted().map { key in
            let a = oldEdges[key]
            let b = newEdges[key]
            let kind: EdgeChangeKind
            switch (a, b) {
            case (nil, _): kind = .added
            case (_, nil): kind = .removed
            case let (a?, b?):
                kind = b.weight > a.weight + tolerance ? .strengthened : (b.weight < a.weight - tolerance ? .weakened : .unchanged)
            }
            return EdgeChange(key: key, kind: kind, old: a, new: b)
        }
    }

    /// Edges of one kind of change.
    public func edges(_ kind: EdgeChangeKind) -> [EdgeChange] { edges.filter { $0.kind == kind } }

    /// 1-based ranks by decreasing value, ties broken by id.
    static func ranks(_ table: CentralityTable, _ metric: Metric) -> [ActorID: Int] {
        guard let values = table.values[metric] else { return [:] }
        let order = table.graph.ids.indices.sorted { (values[$0], table.graph.ids[$1]) > (values[$1], table.graph.ids[$0]) }
        var out: [ActorID: Int] = [:]
        for (rank, i) in order.enumerated() { out[table.graph.ids[i]] = rank + 1 }
        return out
    }
}

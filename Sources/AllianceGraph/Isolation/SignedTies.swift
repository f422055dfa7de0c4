/// The ties of an alliance graph that isolation measures read, on the nodes of its cooperative
/// projection: who receives hostility from whom, and how much weight touches each node.
///
/// The rules follow ``AnalysisGraph/init(projecting:options:)``: at the country level leaders are folded
/// into the countries they lead; planned ties count only with ``AnalysisOptions/includePlanned``;
/// ties that fold into a self-loop are dropped; structural ties are left out except `leads` at the actor
/// level (a cooperative tie of strength 1, as in the projection).
struct _SignedTies {
    /// Per node: the total weight of hostile ties aimed at it (a mutual hostile tie counts for both ends).
    var hostilityReceived: [Double]
    /// Per node: the total weight of every counted tie touching it, whatever its polarity or direction.
    var touching: [Double]
    /// Per node: `(from, weight)` for each hostile tie received, summed per sender, sorted by sender.
    var hostileSenders: [[(node: Int, weight: Double)]]
    /// Per node: the indices in `graph.edges` of the counted ties touching it.
    var ties: [[Int]]

    init(graph: Graph, options: AnalysisOptions, nodes: AnalysisGraph) {
        let n = nodes.nodeCount
        hostilityReceived = Array(repeating: 0, count: n)
        touching = Array(repeating: 0, count: n)
        ties = Array(repeating: [], count: n)
        var senders = Array(repeating: [Int: Double](), count: n)
        let folded = { (id: ActorID) in AnalysisGraph.fold(id, in: graph, level: options.level) }
        for (e, edge) in graph.edges.enumerated() {
            let weight: Double
            switch edge.type {
            case .leads where options.level == .actor: weight = 1
            case .leads, .memberOf: continue
            case _ where !edge.isPlanned || options.includePlanned: weight = edge.weight
            default: continue
            }
            guard weight > 0, let u = nodes.index(of: folded(edge.source)),
                let v = nodes.index(of: folded(edge.target)), u != v
            else { continue }
            touching[u] += weight
            touching[v] += weight
            ties[u].append(e)
            ties[v].append(e)
            if edge.polarity == .hostile && !edge.type.isStructural {
                hostilityReceived[v] += weight
                senders[v][u, default: 0] += weight
                if edge.isMutual {
                    hostilityReceived[u] += weight
                    senders[u][v, default: 0] += weight
                }
            }
        }
        hostileSenders = senders.map { row in row.keys.sorted().map { (node: $0, weight: row[$0]!) } }
    }
}

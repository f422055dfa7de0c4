import AllianceGraph

extension GraphData {
    /// The undirected analysis graph of this graph, for the centrality metrics.
    ///
    /// - Node ids become ``ActorID``s (sorted, as ``AnalysisGraph`` keeps them); a `label` node column
    ///   gives labels, a `kind` column whose values are all actor kinds gives kinds (otherwise every node
    ///   is a ``ActorKind/country``, which only matters to isolation).
    /// - Edge strengths are the `weight` column (a **similarity**: path-based metrics use the distance
    ///   `1 / weight`); a missing value is 1; without the column every edge has strength 1.
    /// - Directed edges are read as undirected; repeated pairs (in either direction) add their
    ///   strengths, as the alliance graph's projection does; self-loops are dropped.
    /// - Parameter weight: the edge column that holds strengths (`nil`: every edge has strength 1).
    /// - Throws: ``GraphFormatError/invalidEdgeWeight(_:source:target:)`` for a weight that is not a
    ///   finite number > 0.
    /// - Complexity: O(n log n + m log m).
    public func analysisGraph(weight: String? = "weight") throws(GraphFormatError) -> AnalysisGraph {
        let n = nodes.count
        let order = (0..<n).sorted { nodes[$0] < nodes[$1] }
        var position = [Int](repeating: 0, count: n)
        for (p, i) in order.enumerated() { position[i] = p }
        let ids = order.map { ActorID(nodes[$0]) }
        var labels: [String]?
        if let column = nodeAttribute("label") {
            labels = order.map { i in column.values[i]?.text ?? nodes[i] }
        }
        var kinds: [ActorKind]?
        if let column = nodeAttribute("kind") {
            let parsed = order.map { i -> ActorKind? in
                if case .string(let s)? = column.values[i] { ActorKind(rawValue: s) } else { nil }
            }
            if parsed.allSatisfy({ $0 != nil }) { kinds = parsed.map { $0! } }
        }
        let strengths = weight.flatMap { edgeAttribute($0) }
        var pairs: [(Int, Int, Double)] = []
        pairs.reserveCapacity(edgeCount)
        for e in 0..<edgeCount {
            let u = position[Int(sources[e])]
            let v = position[Int(targets[e])]
            var w = 1.0
            if let column = strengths, let value = column.values[e] {
                guard let x = value.number, x.isFinite, x > 0 else {
                    throw .invalidEdgeWeight(
                        value.text, source: nodes[Int(sources[e])], target: nodes[Int(targets[e])])
                }
                w = x
            }
            if u != v { pairs.append((u, v, w)) }
        }
        return AnalysisGraph(ids: ids, labels: labels, kinds: kinds, pairs: pairs)
    }

    /// The graph of an analysis graph: its nodes in index order with the given columns, and one
    /// undirected edge per tie (`i < j`, in index order) with `weight` (the strength) and `distance`
    /// (`1 / strength`, the length path-based metrics use).
    /// - Precondition: every column has one value per node.
    public init(analysis g: AnalysisGraph, nodeAttributes: [AttributeColumn] = []) {
        precondition(nodeAttributes.allSatisfy { $0.values.count == g.nodeCount }, "one value per node")
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        sources.reserveCapacity(g.edgeCount)
        targets.reserveCapacity(g.edgeCount)
        weights.reserveCapacity(g.edgeCount)
        for i in 0..<g.nodeCount {
            for k in g.adjacency(of: i) where Int(g.neighbors[k]) > i {
                sources.append(Int32(i))
                targets.append(g.neighbors[k])
                weights.append(g.strengths[k])
            }
        }
        self.init(
            isDirected: false, nodes: g.ids.map(\.rawValue), nodeAttributes: nodeAttributes, sources: sources,
            targets: targets,
            edgeAttributes: [
                AttributeColumn(name: "weight", doubles: weights),
                AttributeColumn(name: "distance", doubles: weights.map { 1 / $0 }),
            ])
    }
}

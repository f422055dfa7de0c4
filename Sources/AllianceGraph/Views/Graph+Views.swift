/// The building blocks of ``GraphView``: each returns a new graph and leaves `self` alone.
extension Graph {
    /// The graph with only the nodes in `ids` and the ties among them.
    /// - Complexity: O(|V| + |E|).
    public func inducedSubgraph(_ ids: Set<ActorID>) -> Graph {
        // Nodes and edges are already valid and sorted, so the initializer cannot throw.
        try! Graph(
            nodes: nodes.filter { ids.contains($0.id) },
            edges: edges.filter { ids.contains($0.source) && ids.contains($0.target) })
    }

    /// The graph with only the ties that pass every given filter (and every node).
    ///
    /// - Parameters:
    ///   - types: event types to keep; `nil` keeps all. Structural ties (`leads`, `member_of`) are kept
    ///     when `types` is `nil` or names them.
    ///   - polarities: polarities to keep; `nil` keeps all. Structural ties are not events and pass it.
    ///   - minWeight: the least weight a tie must have; structural ties pass it.
    /// - Complexity: O(|V| + |E|).
    public func filteringEdges(types: Set<EventType>? = nil, polarities: Set<Polarity>? = nil, minWeight: Double = 0)
        -> Graph
    {
        let kept = edges.filter { e in
            if let types, !types.contains(e.type) { return false }
            if e.type.isStructural { return true }
            if let polarities, !polarities.contains(e.polarity) { return false }
            return e.weight >= minWeight
        }
        return try! Graph(nodes: nodes, edges: kept)
    }

    /// The graph without nodes that have no non-structural tie, except those in `keeping`.
    ///
    /// Structural ties alone (a leader and the country it leads) do not keep a node: after a filter, a
    /// leader whose events were all filtered out goes, and its `leads` tie with it.
    /// - Complexity: O(|V| + |E|).
    public func removingIsolatedNodes(keeping: Set<ActorID> = []) -> Graph {
        var tied = keeping
        for e in edges where !e.type.isStructural {
            tied.insert(e.source)
            tied.insert(e.target)
        }
        return inducedSubgraph(tied)
    }

    /// The ego network of `center`: the nodes at most `depth` ties away from it, ties followed in either
    /// direction, and every tie among them.
    /// - Precondition: `depth >= 0`.
    /// - Returns: An empty graph when `center` is not in the graph.
    /// - Complexity: O(|V| + |E|).
    public func egoNetwork(of center: ActorID, depth: Int) -> Graph {
        precondition(depth >= 0, "depth must be 0 or more")
        guard index(of: center) != nil else { return Graph() }
        var adjacency: [ActorID: [ActorID]] = [:]
        for e in edges where e.source != e.target {
            adjacency[e.source, default: []].append(e.target)
            adjacency[e.target, default: []].append(e.source)
        }
        var reached: Set<ActorID> = [center]
        var frontier = [center]
        for _ in 0..<depth where !frontier.isEmpty {
            var next: [ActorID] = []
            for id in frontier {
                for n in adjacency[id] ?? [] where reached.insert(n).inserted { next.append(n) }
            }
            frontier = next
        }
        return inducedSubgraph(reached)
    }

    /// The id an actor has at the country level: a leader whose country is in the graph becomes that
    /// country; every other actor stays itself.
    public func countryLevelID(of id: ActorID) -> ActorID {
        guard let n = node(id), n.kind == .leader, let c = n.country, node(c) != nil else { return id }
        return c
    }

    /// The graph with every leader whose country is in the graph folded into that country.
    ///
    /// A folded leader's ties become its country's ties. Ties that then share a key (Putin's visit and
    /// Russia's visit to the same place) are merged: their evidence is pooled (identical mentions once)
    /// and the weight recomputed by ``EdgeWeighting`` with `storyOf`; ties without evidence keep the
    /// largest intensity and source count. Ties that become self-loops (`leads`, a leader's tie with its
    /// own country) are dropped. Leaders whose country is not in the graph stay as they are.
    /// - Complexity: O(|V| + |E| log |E|).
    public func foldingLeaders(storyOf: (String) -> String = { $0 }) -> Graph {
        var merged: [EdgeKey: [Edge]] = [:]
        for e in edges {
            let (s, t) = (countryLevelID(of: e.source), countryLevelID(of: e.target))
            guard s != t else { continue }
            let key = EdgeKey(source: s, target: t, type: e.type, mutual: e.isMutual, planned: e.isPlanned)
            merged[key, default: []].append(e)
        }
        let newEdges = merged.map { key, group -> Edge in
            if group.count == 1 {
                let e = group[0]
                return Edge(key: key, intensity: e.intensity, sources: e.sources, weight: e.weight, evidence: e.evidence)
            }
            let evidence = Array(Set(group.flatMap(\.evidence)))
            if evidence.isEmpty {
                let intensity = group.map(\.intensity).max() ?? 1
                let sources = group.map(\.sources).max() ?? 1
                return Edge(
                    key: key, intensity: intensity, sources: sources,
                    weight: EdgeWeighting.weight(intensity: intensity, sources: sources), evidence: [])
            }
            return EdgeWeighting.edge(key: key, evidence: evidence, storyOf: storyOf)
        }
        let kept = nodes.filter { countryLevelID(of: $0.id) == $0.id }
        return try! Graph(nodes: kept, edges: newEdges)
    }
}

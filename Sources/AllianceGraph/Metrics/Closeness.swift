extension AnalysisGraph {
    /// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.
    ///
    ///     C_C(v) = (r − 1) / Σ_{u reachable from v} d(v, u) · (r − 1) / (n − 1)
    ///
    /// where `r` is the number of nodes reachable from `v` (itself included) and `d` the shortest-path
    /// length. The first factor is Freeman's closeness within `v`'s component, the second scales it by the
    /// share of the graph that component covers, so nodes of small components are not rated as central as
    /// those of large ones.
    ///
    /// Weights: with ``PathWeighting/inverseStrength`` (the default) a tie of strength `s` has length
    /// `1 / s`. Matches `nx.closeness_centrality(G, distance="distance", wf_improved=True)` with
    /// `distance = 1/strength` (or `distance=None` with ``PathWeighting/unweighted``). Isolated nodes (and
    /// every node of a graph of one node) get 0. Not bounded by 1 when strengths exceed 1.
    ///
    /// References: Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
    /// *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7 — Wasserman, S., Faust, K.
    /// (1994). *Social Network Analysis: Methods and Applications*, §5.3. Cambridge University Press.
    /// doi:10.1017/CBO9780511815478
    ///
    /// - Parameter weighting: how tie strengths become path lengths.
    /// - Returns: one value per node index, ≥ 0.
    /// - Complexity: O(|V|·(|E| + |V| log |V|)) time, in parallel over sources; O(|V| + |E|) memory per
    ///   worker.
    public func closenessCentrality(weighting: PathWeighting = .inverseStrength) -> [Double] {
        let n = nodeCount
        return perSource(weighting: weighting) { search, _ in
            var total = 0.0
            for k in 0..<search.reachedCount { total += search.distance[Int(search.order[k])] }
            let reached = Double(search.reachedCount)
            guard total > 0, n > 1 else { return 0 }
            return (reached - 1) / total * ((reached - 1) / Double(n - 1))
        }
    }

    /// Harmonic centrality: the sum of the inverse distances to every other node.
    ///
    ///     C_H(v) = Σ_{u ≠ v} 1 / d(v, u)        (1/∞ = 0 for unreachable nodes)
    ///
    /// Well defined on disconnected graphs, which is why it is preferred to closeness there. Not
    /// normalized, as NetworkX: divide by `n − 1` for a value in [0, 1] on unweighted graphs.
    ///
    /// Weights: with ``PathWeighting/inverseStrength`` (the default) a tie of strength `s` has length
    /// `1 / s`, so a direct tie contributes its strength. Matches
    /// `nx.harmonic_centrality(G, distance="distance")` with `distance = 1/strength` (or `distance=None`
    /// with ``PathWeighting/unweighted``). Isolated nodes get 0.
    ///
    /// References: Marchiori, M., Latora, V. (2000). Harmony in the small-world. *Physica A* 285(3–4),
    /// 539–546. doi:10.1016/S0378-4371(00)00311-3 — Boldi, P., Vigna, S. (2014). Axioms for centrality.
    /// *Internet Mathematics* 10(3–4), 222–262. doi:10.1080/15427951.2013.865686
    ///
    /// - Parameter weighting: how tie strengths become path lengths.
    /// - Returns: one value per node index, ≥ 0.
    /// - Complexity: O(|V|·(|E| + |V| log |V|)) time, in parallel over sources; O(|V| + |E|) memory per
    ///   worker.
    public func harmonicCentrality(weighting: PathWeighting = .inverseStrength) -> [Double] {
        perSource(weighting: weighting) { search, _ in
            var total = 0.0
            for k in 0..<search.reachedCount {
                let d = search.distance[Int(search.order[k])]
                if d != 0 { total += 1 / d }
            }
            return total
        }
    }

    /// Runs a shortest-path search from every node (in parallel blocks) and maps each to one value.
    func perSource(
        weighting: PathWeighting, _ value: @Sendable (_ShortestPathSearch, Int) -> Double
    ) -> [Double] {
        let graph = self
        let blocks = _ParallelBlocks.map(count: nodeCount, work: nodeCount * (neighbors.count + nodeCount)) {
            sources in
            let search = _ShortestPathSearch(graph, weighting: weighting)
            return sources.map { s in
                search.run(from: s, countingPaths: false)
                return value(search, s)
            }
        }
        return Array(blocks.joined())
    }
}

extension AnalysisGraph {
    /// Betweenness centrality: the share of shortest paths between other nodes that pass through a node.
    ///
    ///     C_B(v) = 2 / ((n − 1)(n − 2)) · Σ_{s<t, s≠v≠t} σ_st(v) / σ_st
    ///
    /// where σ_st is the number of shortest s–t paths and σ_st(v) the number of those through `v`
    /// (pairs with no path contribute 0). The factor is Brandes' (2008) normalization for undirected
    /// graphs without endpoints, so values are in [0, 1]; for n ≤ 2 every value is 0.
    ///
    /// Weights: with ``PathWeighting/inverseStrength`` (the default) a tie of strength `s` has length
    /// `1 / s`, so strong ties are short; path lengths are compared exactly, so two paths are "equally
    /// short" only when their summed lengths are the same `Double`. Matches
    /// `nx.betweenness_centrality(G, weight="distance", normalized=True)` with `distance = 1/strength`
    /// (or `weight=None` with ``PathWeighting/unweighted``). Isolated nodes get 0.
    ///
    /// Computed with Brandes' algorithm, one single-source search per node; sources are processed in
    /// parallel in fixed blocks whose partial sums are added in block order, so the result is
    /// bit-identical on every run and machine.
    ///
    /// References: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
    /// *Sociometry* 40(1), 35–41. doi:10.2307/3033543 — Brandes, U. (2001). A faster algorithm for
    /// betweenness centrality. *J. Math. Sociology* 25(2), 163–177. doi:10.1080/0022250X.2001.9990249 —
    /// Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
    /// computation. *Social Networks* 30(2), 136–145. doi:10.1016/j.socnet.2007.11.001
    ///
    /// - Parameter weighting: how tie strengths become path lengths.
    /// - Returns: one value per node index, in [0, 1].
    /// - Complexity: O(|V|·|E| + |V|² log |V|) time (O(|V|·|E|) unweighted), O(|V| + |E|) memory per
    ///   worker plus O(|V|) per block.
    public func betweennessCentrality(weighting: PathWeighting = .inverseStrength) -> [Double] {
        let n = nodeCount
        let graph = self
        let partials = _ParallelBlocks.map(count: n, work: n * (neighbors.count + n)) { sources in
            let search = _ShortestPathSearch(graph, weighting: weighting)
            var partial = [Double](repeating: 0, count: n)
            var delta = [Double](repeating: 0, count: n)
            partial.withUnsafeMutableBufferPointer { partial in
                delta.withUnsafeMutableBufferPointer { delta in
                    let (order, sigma) = (search.order, search.sigma)
                    let (predecessors, predecessorCount) = (search.predecessors, search.predecessorCount)
                    let start = graph.offsets
                    for s in sources {
                        search.run(from: s, countingPaths: true)
                        // Accumulate dependencies in order of non-increasing distance.
                        let reached = search.reachedCount
                        for k in 0..<reached { delta[Int(order[k])] = 0 }
                        var k = reached - 1
                        while k >= 0 {
                            let w = Int(order[k])
                            let coefficient = (1 + delta[w]) / sigma[w]
                            let first = start[w]
                            for p in first..<(first + Int(predecessorCount[w])) {
                                let v = Int(predecessors[p])
                                delta[v] += sigma[v] * coefficient
                            }
                            if w != s { partial[w] += delta[w] }
                            k -= 1
                        }
                    }
                }
            }
            return partial
        }
        var result = [Double](repeating: 0, count: n)
        for partial in partials {
            for v in 0..<n { result[v] += partial[v] }
        }
        if n > 2 {
            let scale = 1.0 / (Double(n - 1) * Double(n - 2))
            for v in 0..<n { result[v] *= scale }
        }
        return result
    }
}

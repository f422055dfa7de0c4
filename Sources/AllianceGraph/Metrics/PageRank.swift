extension AnalysisGraph {
    /// PageRank: the long-run share of time a random surfer spends at a node.
    ///
    ///     PR(v) = (1 − α)/n + α · ( Σ_u PR(u) · w(u, v) / s(u) + Σ_{u dangling} PR(u) / n )
    ///
    /// where `s(u)` is the strength of `u` and "dangling" nodes are those with no tie (the surfer jumps
    /// from them to a uniformly random node). Iterated from the uniform vector until the L1 change is
    /// below `n · tolerance`, as `nx.pagerank`.
    ///
    /// Weights: each tie is followed in both directions, with probability proportional to its strength.
    /// Matches `nx.pagerank(G, alpha=0.85, weight="strength")` (with a tighter tolerance than NetworkX's
    /// default 1e-6, so that values agree to about 1e-12). Isolated nodes get the teleport share and
    /// their share of the dangling mass, never 0 or NaN; the values sum to 1.
    ///
    /// Reference: Page, L., Brin, S., Motwani, R., Winograd, T. (1999). *The PageRank citation ranking:
    /// bringing order to the web.* Stanford InfoLab Technical Report 1999-66.
    /// http://ilpubs.stanford.edu:8090/422/ — Brin, S., Page, L. (1998). The anatomy of a large-scale
    /// hypertextual web search engine. *Computer Networks* 30(1–7), 107–117.
    /// doi:10.1016/S0169-7552(98)00110-X
    ///
    /// - Parameters:
    ///   - damping: the probability α of following a tie rather than jumping, in [0, 1).
    ///   - tolerance: the iteration stops when the L1 change is below `n · tolerance`.
    ///   - maxIterations: the most iterations to run before giving up.
    /// - Returns: one value per node index, in (0, 1], summing to 1; empty for an empty graph.
    /// - Throws: ``MetricError/failedToConverge(metric:iterations:)``, or
    ///   ``MetricError/invalidParameter(_:)`` for a damping outside [0, 1).
    /// - Complexity: O(k·(|V| + |E|)) for k iterations, k = O(log(tolerance) / log(α)).
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-15, maxIterations: Int = 1_000)
        throws(MetricError) -> [Double]
    {
        guard damping >= 0 && damping < 1 else { throw .invalidParameter("damping \(damping) is not in [0, 1)") }
        let n = nodeCount
        guard n > 0 else { return [] }
        let alpha = damping
        let uniform = 1.0 / Double(n)
        let total = nodeStrengths()
        // Row-stochastic transition weights w(u, v) / s(u), in CSR order.
        var transition = [Double](repeating: 0, count: neighbors.count)
        for u in 0..<n {
            for k in adjacency(of: u) { transition[k] = strengths[k] / total[u] }
        }
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for u in 0..<n where degree(of: u) == 0 { dangling += x[u] }
            for v in 0..<n { next[v] = 0 }
            for u in 0..<n {
                let share = x[u]
                for k in adjacency(of: u) { next[Int(neighbors[k])] += share * transition[k] }
            }
            var change = 0.0
            let base = alpha * dangling * uniform + (1 - alpha) * uniform
            for v in 0..<n {
                next[v] = alpha * next[v] + base
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw .failedToConverge(metric: .pagerank, iterations: maxIterations)
    }
}

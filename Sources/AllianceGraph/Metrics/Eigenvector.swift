extension AnalysisGraph {
    /// Eigenvector centrality: a node is central when it is strongly tied to central nodes.
    ///
    ///     x = A x / λ,  ‖x‖₂ = 1,  x ≥ 0
    ///
    /// the Perron eigenvector of the strength matrix `A` (`A_uv` = strength of the tie). Computed as
    /// NetworkX does, by power iteration on `A + I` (the shift makes bipartite graphs converge) from the
    /// uniform vector, normalizing to unit Euclidean norm at each step, until the L1 change is below
    /// `n · tolerance`. On a disconnected graph the iteration, like NetworkX's, concentrates on the
    /// component(s) with the largest eigenvalue; the others tend to 0.
    ///
    /// Weights: strengths are used as they are (a stronger tie passes on more centrality). Matches
    /// `nx.eigenvector_centrality(G, weight="strength")` run to the same tolerance. Isolated nodes get 0
    /// (their limit; NetworkX stops at a small positive value). A graph with no tie at all gets 0
    /// everywhere; NetworkX would return the uniform vector `1/√n`, which would rate nodes of an empty
    /// graph above the isolated nodes of any other graph.
    ///
    /// Reference: Bonacich, P. (1987). Power and centrality: a family of measures. *American Journal of
    /// Sociology* 92(5), 1170–1182. doi:10.1086/228631 — Bonacich, P. (1972). Factoring and weighting
    /// approaches to status scores and clique identification. *J. Math. Sociology* 2(1), 113–120.
    /// doi:10.1080/0022250X.1972.9989806
    ///
    /// - Parameters:
    ///   - tolerance: the iteration stops when the L1 change is below `n · tolerance`.
    ///   - maxIterations: the most iterations to run before giving up.
    /// - Returns: one value per node index, in [0, 1], with unit Euclidean norm (unless there is no tie).
    /// - Throws: ``MetricError/failedToConverge(metric:iterations:)`` after `maxIterations` iterations.
    /// - Complexity: O(k·(|V| + |E|)) for k iterations; k grows as the ratio of the two largest
    ///   eigenvalues of `A + I` approaches 1.
    public func eigenvectorCentrality(tolerance: Double = 1e-13, maxIterations: Int = 10_000) throws(MetricError)
        -> [Double]
    {
        let n = nodeCount
        guard edgeCount > 0 else { return Array(repeating: 0, count: n) }
        // Isolated nodes start (and stay) at 0: the other entries follow the same path up to scale.
        var x = [Double](repeating: 0, count: n)
        for i in 0..<n where degree(of: i) > 0 { x[i] = 1.0 / Double(n) }
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var squares = 0.0
            for i in 0..<n {
                var value = x[i]
                for k in adjacency(of: i) { value += x[Int(neighbors[k])] * strengths[k] }
                next[i] = value
                squares += value * value
            }
            let norm = squares.squareRoot()
            var change = 0.0
            for i in 0..<n {
                next[i] /= norm
                change += abs(next[i] - x[i])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw .failedToConverge(metric: .eigenvector, iterations: maxIterations)
    }
}

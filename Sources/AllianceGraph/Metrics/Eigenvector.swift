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
    ///   eigenvalues of `A + I` approaches 1. One fused pass over the rows per iteration (product, norm
    ///   and change together; no vector is copied or rescaled). Rows are split into fixed blocks, run in
    ///   parallel when a pass is larger than ``sparsePassMinimumWork`` and summed in block order, so the
    ///   result does not depend on the number of cores.
    public func eigenvectorCentrality(tolerance: Double = 1e-13, maxIterations: Int = 10_000) throws(MetricError)
        -> [Double]
    {
        let n = nodeCount
        guard edgeCount > 0 else { return Array(repeating: 0, count: n) }
        // Isolated nodes start (and stay) at 0: the other entries follow the same path up to scale.
        // Three vectors rotate: `previous` and `current` are NetworkX's normalized iterates up to known
        // scales, `result` receives (A + I)·current. One pass per iteration both multiplies and measures
        // the change between the two iterates before it (a convergence is seen one product late).
        var previous = _SharedVector(count: n, repeating: 0)
        var current = _SharedVector(count: n, repeating: 0)
        var result = _SharedVector(count: n, repeating: 0)
        defer {
            previous.free()
            current.free()
            result.free()
        }
        for i in 0..<n where degree(of: i) > 0 { current[i] = 1.0 / Double(n) }
        return try withCSR { (g: _CSRView) throws(MetricError) -> [Double] in
            // NetworkX normalizes the start vector too: its first product is (A + I) x₀ / ‖x₀‖.
            var currentScale = 1.0 / (0..<n).reduce(0.0) { $0 + current[$1] * current[$1] }.squareRoot()
            var previousScale = 0.0
            for iteration in 0...maxIterations {
                let (w, x, y, sw, sx) = (previous, current, result, previousScale, currentScale)
                // Per block: Σ y_i² and Σ |x_i·sx − w_i·sw| (the change of the last iterate).
                let sums = _ParallelBlocks.map(count: n, work: n + g.neighbors.count, minimumWork: AnalysisGraph.sparsePassMinimumWork) {
                    rows -> (squares: Double, change: Double) in
                    var squares = 0.0
                    var change = 0.0
                    for i in rows {
                        let xi = x[i]
                        var value = xi
                        for k in g.offsets[i]..<g.offsets[i + 1] { value += x[Int(g.neighbors[k])] * g.strengths[k] }
                        value *= sx
                        y[i] = value
                        squares += value * value
                        change += abs(xi * sx - w[i] * sw)
                    }
                    return (squares, change)
                }
                let change = sums.reduce(0) { $0 + $1.change }
                if iteration > 1 && change < Double(n) * tolerance {
                    return (0..<n).map { x[$0] * sx }
                }
                (previous, current, result) = (x, y, w)
                previousScale = sx
                currentScale = 1.0 / sums.reduce(0) { $0 + $1.squares }.squareRoot()
            }
            throw .failedToConverge(metric: .eigenvector, iterations: maxIterations)
        }
    }
}

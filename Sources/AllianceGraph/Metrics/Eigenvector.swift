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
    ///   eigenvalues of `A + I` approaches 1. Rows are split into fixed blocks, run in parallel on large
    ///   graphs and summed in block order (the result does not depend on the number of cores).
    public func eigenvectorCentrality(tolerance: Double = 1e-13, maxIterations: Int = 10_000) throws(MetricError)
        -> [Double]
    {
        let n = nodeCount
        guard edgeCount > 0 else { return Array(repeating: 0, count: n) }
        // Isolated nodes start (and stay) at 0: the other entries follow the same path up to scale.
        var x = _SharedVector(count: n, repeating: 0)
        var next = _SharedVector(count: n, repeating: 0)
        defer {
            x.free()
            next.free()
        }
        for i in 0..<n where degree(of: i) > 0 { x[i] = 1.0 / Double(n) }
        return try withCSR { (g: _CSRView) throws(MetricError) -> [Double] in
            for _ in 0..<maxIterations {
                let (current, result) = (x, next)
                // next = (A + I) x, row by row; per-block sums of squares.
                let squares = blockSum { rows in
                    var sum = 0.0
                    for i in rows {
                        var value = current[i]
                        for k in g.offsets[i]..<g.offsets[i + 1] { value += current[Int(g.neighbors[k])] * g.strengths[k] }
                        result[i] = value
                        sum += value * value
                    }
                    return sum
                }
                let norm = squares.squareRoot()
                let change = blockSum(touchesTies: false) { rows in
                    var sum = 0.0
                    for i in rows {
                        result[i] /= norm
                        sum += abs(result[i] - current[i])
                    }
                    return sum
                }
                swap(&x, &next)
                if change < Double(n) * tolerance { return Array(x.base) }
            }
            throw .failedToConverge(metric: .eigenvector, iterations: maxIterations)
        }
    }
}

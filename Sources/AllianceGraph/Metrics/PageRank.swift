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
    /// - Complexity: O(k·(|V| + |E|)) for k iterations, k = O(log(tolerance) / log(α)). Rows are split
    ///   into fixed blocks, run in parallel on large graphs and summed in block order (the result does not
    ///   depend on the number of cores).
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-15, maxIterations: Int = 1_000)
        throws(MetricError) -> [Double]
    {
        guard damping >= 0 && damping < 1 else { throw .invalidParameter("damping \(damping) is not in [0, 1)") }
        let n = nodeCount
        guard n > 0 else { return [] }
        let alpha = damping
        let uniform = 1.0 / Double(n)
        let total = nodeStrengths()
        // Transition weights w(u, v) / s(u), stored in v's row at u's position (pull form: each node
        // gathers from its partners, in increasing index order, the same sums as scattering in node order).
        var transition = [Double](repeating: 0, count: neighbors.count)
        for v in 0..<n {
            for k in adjacency(of: v) { transition[k] = strengths[k] / total[Int(neighbors[k])] }
        }
        var x = _SharedVector(count: n, repeating: uniform)
        var next = _SharedVector(count: n, repeating: 0)
        defer {
            x.free()
            next.free()
        }
        let result: Result<[Double], MetricError> = transition.withUnsafeBufferPointer { t in
            let transition = _UncheckedDoubles(base: t)
            return Result { () throws(MetricError) in try withCSR { (g: _CSRView) throws(MetricError) -> [Double] in
                // The dangling mass of the current vector; each pass sums that of the next one.
                var dangling = 0.0
                for u in 0..<n where g.offsets[u] == g.offsets[u + 1] { dangling += x[u] }
                let danglingNodes = n - (0..<n).filter { g.offsets[$0] < g.offsets[$0 + 1] }.count
                for _ in 0..<maxIterations {
                    let (current, result) = (x, next)
                    let base = alpha * dangling * uniform + (1 - alpha) * uniform
                    // Per block: the L1 change, and the new dangling mass (in a second slot).
                    let sums = _ParallelBlocks.map(
                        count: n, work: n + g.neighbors.count, minimumWork: AnalysisGraph.sparsePassMinimumWork
                    ) { rows -> (change: Double, dangling: Double) in
                        var change = 0.0
                        var danglingMass = 0.0
                        for v in rows {
                            let (first, end) = (g.offsets[v], g.offsets[v + 1])
                            let gathered = g.rowSum(v, of: current, weights: transition.base)
                            let value = alpha * gathered + base
                            result[v] = value
                            change += abs(value - current[v])
                            if first == end { danglingMass += value }
                        }
                        return (change, danglingMass)
                    }
                    let change = sums.reduce(0) { $0 + $1.change }
                    dangling = danglingNodes == 0 ? 0 : sums.reduce(0) { $0 + $1.dangling }
                    swap(&x, &next)
                    if change < Double(n) * tolerance { return Array(x.base) }
                }
                throw .failedToConverge(metric: .pagerank, iterations: maxIterations)
            } }
        }
        return try result.get()
    }
}

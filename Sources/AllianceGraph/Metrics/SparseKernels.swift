/// Unchecked, shareable views of an ``AnalysisGraph``'s CSR arrays and of work vectors, for the power
/// iterations: rows are split into ``_ParallelBlocks`` blocks, each block written by one worker, and
/// per-block sums are added in block order, so results do not depend on the number of cores.
///
/// Valid only inside the `withUnsafeBufferPointer` scopes that made them; every use is synchronous.
struct _CSRView: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int>
    let neighbors: UnsafeBufferPointer<Int32>
    let strengths: UnsafeBufferPointer<Double>
}

extension _CSRView {
    /// `Σ_k x[neighbors[k]] · weights[k]` over row `i`'s entries, with four independent partial sums so that
    /// the additions do not wait on each other (a single running sum is bound by the latency of one
    /// floating-point add per entry). The summation order is fixed, so the result is reproducible.
    @inline(__always)
    func rowSum(_ i: Int, of x: _SharedVector, weights: UnsafeBufferPointer<Double>) -> Double {
        var k = offsets[i]
        let end = offsets[i + 1]
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
        while k + 4 <= end {
            s0 += x[Int(neighbors[k])] * weights[k]
            s1 += x[Int(neighbors[k + 1])] * weights[k + 1]
            s2 += x[Int(neighbors[k + 2])] * weights[k + 2]
            s3 += x[Int(neighbors[k + 3])] * weights[k + 3]
            k += 4
        }
        while k < end {
            s0 += x[Int(neighbors[k])] * weights[k]
            k += 1
        }
        return (s0 + s1) + (s2 + s3)
    }
}

/// A vector that workers write in disjoint ranges.
struct _SharedVector: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Double>

    /// A vector whose entries must all be written before they are read.
    init(uninitializedCount count: Int) {
        base = .allocate(capacity: count)
    }

    init(count: Int, repeating value: Double) {
        base = .allocate(capacity: count)
        base.initialize(repeating: value)
    }

    func free() { base.deallocate() }

    subscript(i: Int) -> Double {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }
}

extension AnalysisGraph {
    /// Calls `body` with an unchecked view of the CSR arrays.
    func withCSR<T>(_ body: (_CSRView) throws(MetricError) -> T) throws(MetricError) -> T {
        let result: Result<T, MetricError> = offsets.withUnsafeBufferPointer { o in
            neighbors.withUnsafeBufferPointer { nb in
                strengths.withUnsafeBufferPointer { s in
                    do throws(MetricError) {
                        return .success(try body(_CSRView(offsets: o, neighbors: nb, strengths: s)))
                    } catch {
                        return .failure(error)
                    }
                }
            }
        }
        return try result.get()
    }

    /// The work (nodes + adjacency entries) from which one sparse pass of a power iteration (PageRank) runs
    /// in parallel. A pass is short (about 0.6 ns per entry) and the hand-off to the workers is paid on every
    /// iteration. Measured on 2 idle cores (`alliance metrics --timings`, best of 5): a 10,000-node graph
    /// (110,000 entries) ran PageRank in 2.35 ms on two threads against 2.65 ms on one; a 100,000-node graph
    /// twice as fast on two. On a loaded machine the 10,000-node case is faster on one thread; graphs of a
    /// few thousand nodes stay serial. (Eigenvector centrality has its own threshold,
    /// ``lanczosPassMinimumWork``.)
    static let sparsePassMinimumWork = 65_536
}

/// Read-only doubles shared by workers.
struct _UncheckedDoubles: @unchecked Sendable {
    let base: UnsafeBufferPointer<Double>
}

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

/// A vector that workers write in disjoint ranges.
struct _SharedVector: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Double>

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

    /// Runs `body` on every block of node indices and returns the per-block sums it reports, added in
    /// block order. A pass over the whole graph (`touchesTies`) runs in parallel from about 30,000
    /// entries (a sparse product is worth a thread hand-off from there); a pass over the nodes alone
    /// from 200,000 nodes.
    func blockSum(touchesTies: Bool = true, _ body: @Sendable (Range<Int>) -> Double) -> Double {
        let work = touchesTies ? nodeCount + neighbors.count : nodeCount
        return _ParallelBlocks.map(count: nodeCount, work: work, minimumWork: touchesTies ? 32_768 : 200_000, body)
            .reduce(0, +)
    }
}

/// Read-only doubles shared by workers.
struct _UncheckedDoubles: @unchecked Sendable {
    let base: UnsafeBufferPointer<Double>
}

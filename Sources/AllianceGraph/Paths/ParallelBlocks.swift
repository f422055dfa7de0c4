import Dispatch

/// Runs per-source work in parallel, with results that do not depend on the machine.
///
/// Sources `0..<count` are split into ``blockCount`` contiguous blocks (fewer when there are fewer
/// sources). Each block is computed by one worker on its own buffers, and the blocks' results are
/// returned in block order, so that callers that add partial sums add them in a fixed order: the result
/// is bit-identical on every run and on every machine, whatever its number of cores. Workers are
/// `DispatchQueue.concurrentPerform`'s, one per core; small inputs run on the calling thread.
enum _ParallelBlocks {
    /// The number of blocks work is split into. Fixed (not the core count) so that results are the same
    /// on every machine; large enough to balance the load on a few dozen cores.
    static let blockCount = 32

    /// The blocks `0..<count` is split into.
    static func blocks(of count: Int) -> [Range<Int>] {
        let k = Swift.min(count, blockCount)
        guard k > 0 else { return [] }
        return (0..<k).map { b in (b * count / k)..<((b + 1) * count / k) }
    }

    /// Computes `body` for every block and returns the results in block order.
    /// - Parameters:
    ///   - work: an estimate of the total work, below which everything runs on this thread.
    ///   - minimumWork: the work from which the blocks run in parallel.
    static func map<T: Sendable>(
        count: Int, work: Int, minimumWork: Int = 200_000, _ body: @Sendable (Range<Int>) -> T
    ) -> [T] {
        let ranges = blocks(of: count)
        if ranges.count <= 1 || work < minimumWork {
            return ranges.map(body)
        }
        let slots = _Slots<T>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { b in
            slots.store(body(ranges[b]), at: b)
        }
        return slots.values()
    }
}

/// Write-once result slots, one per block; each slot is written by exactly one worker.
private final class _Slots<T: Sendable>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: T, at index: Int) { storage[index] = value }

    /// The stored values; call after every worker has finished.
    func values() -> [T] { (0..<count).map { storage[$0]! } }
}

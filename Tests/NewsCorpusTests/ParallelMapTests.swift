import Synchronization
import Testing

@testable import NewsCorpus

/// `CorpusGraphBuilder.parallelMap` keeps the order and releases what it made (scripts/sanitize's leak
/// checker found that it deallocated its result slots without deinitializing them: every extraction of a
/// build leaked).
@Suite struct ParallelMapTests {
    final class Counted: Sendable {
        static let live = Atomic<Int>(0)
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.live.add(1, ordering: .relaxed)
        }
        deinit { Self.live.subtract(1, ordering: .relaxed) }
    }

    @Test func keepsOrderAndReleasesEveryResult() {
        do {
            let results = CorpusGraphBuilder.parallelMap(Array(0..<1_000)) { Counted($0 * 2) }
            #expect(results.map(\.value) == (0..<1_000).map { $0 * 2 })
            #expect(Counted.live.load(ordering: .relaxed) == 1_000)
        }
        #expect(Counted.live.load(ordering: .relaxed) == 0)
    }
}

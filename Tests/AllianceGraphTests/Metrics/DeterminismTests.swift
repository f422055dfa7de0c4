import Testing

@testable import AllianceGraph

@Suite("Parallel metrics are deterministic")
struct DeterminismTests {
    /// Large enough (about 1,200 ties) that the work is spread over the cores.
    static let graph = MetricsFixtures.graph(
        nodeCount: 400, pairs: MetricsFixtures.randomPairs(nodeCount: 400, perMille: 15, seed: 7))

    @Test func betweennessGivesIdenticalBitsOnEveryRun() {
        let first = Self.graph.betweennessCentrality().map(\.bitPattern)
        for _ in 0..<3 {
            #expect(Self.graph.betweennessCentrality().map(\.bitPattern) == first)
        }
        #expect(first.contains { $0 != 0 })
    }

    @Test(arguments: PathWeighting.allCases)
    func closenessAndHarmonicGiveIdenticalBitsOnEveryRun(_ weighting: PathWeighting) {
        let closeness = Self.graph.closenessCentrality(weighting: weighting).map(\.bitPattern)
        let harmonic = Self.graph.harmonicCentrality(weighting: weighting).map(\.bitPattern)
        #expect(Self.graph.closenessCentrality(weighting: weighting).map(\.bitPattern) == closeness)
        #expect(Self.graph.harmonicCentrality(weighting: weighting).map(\.bitPattern) == harmonic)
    }

    @Test func blocksDoNotDependOnTheCoreCount() {
        #expect(_ParallelBlocks.blocks(of: 10) == (0..<10).map { $0..<($0 + 1) })
        let blocks = _ParallelBlocks.blocks(of: 1_000)
        #expect(blocks.count == _ParallelBlocks.blockCount)
        #expect(blocks.first?.lowerBound == 0 && blocks.last?.upperBound == 1_000)
        #expect(zip(blocks, blocks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    /// 8,000 nodes and 16,000 ties: past the size from which PageRank's power iteration runs its sparse
    /// products in parallel (so that scripts/sanitize's thread sanitizer sees those workers too).
    static let circulant: AnalysisGraph = {
        let n = 8_000
        var pairs: [(Int, Int, Double)] = []
        for i in 0..<n {
            pairs.append((i, (i + 1) % n, 1.0))
            pairs.append((i, (i + 7) % n, 0.5 + Double(i % 3)))
        }
        return MetricsFixtures.graph(nodeCount: n, pairs: pairs)
    }()

    @Test func pageRankGivesIdenticalBitsOnEveryRun() throws {
        let pageRank: [Double] = try Self.circulant.pageRank()
        let pageRankAgain: [Double] = try Self.circulant.pageRank()
        #expect(pageRank.map(\.bitPattern) == pageRankAgain.map(\.bitPattern))
    }

    @Test func louvainIsDeterministic() {
        let first = Self.graph.louvainCommunities()
        #expect(Self.graph.louvainCommunities() == first)
        #expect(first.count > 1)
    }
}

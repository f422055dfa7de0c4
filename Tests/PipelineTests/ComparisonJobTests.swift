import AllianceGraph
import Foundation
import NewsCorpus
import Testing

@testable import Pipeline

@Suite struct ComparisonJobTests {
    static let seeds = repositoryRoot.appendingPathComponent("seeds").path

    func job() throws -> ComparisonJob {
        let before = try BuildJob(
            paths: ["002_ae1f039aa675bf09.txt", "004_d6eab8d2344d0466.txt"].map { Self.seeds + "/" + $0 }, outputDirectory: "unused"
        ).snapshot()
        let after = try BuildJob(paths: [Self.seeds], outputDirectory: "unused", dates: try DateFilter(since: "2024-06-19")).snapshot()
        return try ComparisonJob(old: before, new: after, options: AnalysisOptions())
    }

    @Test func aDiffBeyondTheLimitShowsTheActorsThatChangedMost() throws {
        let job = try job()
        let dot = try job.diagramDOT(limits: RenderLimits(nodes: 4, edges: 100))
        let drawn = dot.split(separator: "\n").filter { $0.contains("[id=\"cn_") }
        #expect(drawn.count == 4)
        #expect(dot.contains("\"cn_RUS\""))  // Russia is in most of the changes
        #expect(dot.contains("the 4 actors with the largest changes, of"))
        // Within the limit, everything is drawn and nothing is said.
        let whole = try job.diagramDOT()
        #expect(!whole.contains("largest changes"))
        #expect(whole.split(separator: "\n").filter { $0.contains("[id=\"cn_") }.count > 4)
    }
}

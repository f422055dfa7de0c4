import AllianceGraph
import Foundation
import Testing

@testable import NewsCorpus

/// The seeds before the trips (the reports of planned visits, 002 and 004) against after them (000, 001,
/// 003): the comparison must show the new agreements with evidence, and isolation deltas with reasons.
@Suite struct SeedComparisonTests {
    func snapshot(_ ids: Set<String>) throws -> Snapshot {
        let docs = try CorpusReader().read([seedsPath]).documents.filter { ids.contains($0.id) }
        return CorpusGraphBuilder(extractor: sharedExtractor).build(documents: docs, skipped: [])
    }

    @Test func beforeAndAfterTheTrips() throws {
        let before = try snapshot(["002", "004"])
        let after = try snapshot(["000", "001", "003"])
        let c = try SnapshotComparison(old: before, new: after)
        let added = c.edges(.added).map { "\($0.key.source) \($0.key.name) \($0.key.target)" }
        #expect(added.contains("PRK agree:mutual RUS"))
        #expect(added.contains { $0.hasSuffix("agree:mutual vladimir-putin") && $0.hasPrefix("VNM") || $0 == "RUS agree:mutual VNM" })
        for change in c.edges(.added) { #expect(!(change.new?.evidence.isEmpty ?? true) || change.key.type.isStructural) }
        let russia = try #require(c.isolation.first { $0.id == "RUS" })
        #expect(!russia.reasons.isEmpty)
    }
}

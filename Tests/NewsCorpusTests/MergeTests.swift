import AllianceGraph
import Foundation
import Testing

@testable import NewsCorpus

/// `alliance merge`: shards merged in any order and grouping give the bytes a build of the union gives.
@Suite struct MergeTests {
    let builder = CorpusGraphBuilder(extractor: sharedExtractor)

    func shard(_ docs: [Document], _ ids: Set<String>) -> Snapshot {
        builder.build(documents: docs.filter { ids.contains($0.id) }, skipped: [])
    }

    @Test func mergeIsByteIdenticalToTheUnionInAnyOrder() throws {
        let docs = try CorpusReader().read([seedsPath]).documents
        let union = builder.build(documents: docs, skipped: []).jsonData()
        // Copies sit in different shards: 000 and 001 (one DW article), 002 and 004 (one Vedomosti report).
        let shards = [shard(docs, ["000", "002"]), shard(docs, ["001", "003"]), shard(docs, ["004"])]
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]] {
            let merged = try CorpusGraphBuilder.merge(order.map { shards[$0] })
            #expect(merged.jsonData() == union, "order \(order)")
        }
        // Associative: merging a merge gives the same bytes.
        let staged = try CorpusGraphBuilder.merge([try CorpusGraphBuilder.merge([shards[2], shards[0]]), shards[1]])
        #expect(staged.jsonData() == union)
        // Through the JSON form, as the command-line tool does it.
        let decoded = try shards.map { try Snapshot(jsonData: $0.jsonData()) }
        #expect(try CorpusGraphBuilder.merge(decoded).jsonData() == union)
        // Copies across shards count once: 001 joins 000's story and 004 joins 002's.
        let merged = try CorpusGraphBuilder.merge(shards)
        #expect(merged.story(of: "001") == "000" && merged.story(of: "004") == "002")
    }

    @Test func overlappingShardsCountADocumentOnce() throws {
        let docs = try CorpusReader().read([seedsPath]).documents
        let union = builder.build(documents: docs, skipped: []).jsonData()
        let merged = try CorpusGraphBuilder.merge([shard(docs, ["000", "001", "002"]), shard(docs, ["002", "003", "004"])])
        #expect(merged.jsonData() == union)
    }

    @Test func incompatibleShardsAreRefused() throws {
        let docs = try CorpusReader().read([seedsPath]).documents
        let a = shard(docs, ["000"])
        var b = shard(docs, ["003"])
        b.parameters["story_threshold"] = "0.5"
        #expect(throws: CorpusError.self) { try CorpusGraphBuilder.merge([a, b]) }
        var c = shard(docs, ["000"])
        c.documents[0].sha256 = String(repeating: "0", count: 64)
        #expect(throws: CorpusError.self) { try CorpusGraphBuilder.merge([a, c]) }
        var d = shard(docs, ["003"])
        d.documents[0].features = nil
        #expect(throws: CorpusError.self) { try CorpusGraphBuilder.merge([a, d]) }
        #expect(throws: CorpusError.self) { try CorpusGraphBuilder.merge([]) }
    }
}

@Suite struct DatesTests {
    @Test func frontMatterGivesMetadataAndKeepsOffsets() throws {
        let text = "---\ntitle: A summit\ndate: 2024-06-19T08:00:00Z\npublisher: Wire\nother: [1, 2]\n---\nRussia and Vietnam signed a defense agreement.\n"
        guard case .success(let (front, body)) = FrontMatter.split(text) else { Issue.record("not split"); return }
        #expect(front?.fields == ["title": "A summit", "date": "2024-06-19", "publisher": "Wire"])
        #expect(body.unicodeScalars.count == text.unicodeScalars.count)
        #expect(body.hasSuffix("---\nRussia and Vietnam signed a defense agreement.\n") == false)
        #expect(body.trimmingCharacters(in: .whitespacesAndNewlines) == "Russia and Vietnam signed a defense agreement.")
        guard case .success(let (none, same)) = FrontMatter.split("No front matter here.\n---\n") else { Issue.record("failed"); return }
        #expect(none == nil && same == "No front matter here.\n---\n")
        guard case .failure = FrontMatter.split("---\ndate: 19 June\n---\ntext") else { Issue.record("bad date accepted"); return }
        guard case .failure = FrontMatter.split("---\n- a list\n---\ntext") else { Issue.record("list accepted"); return }
    }

    @Test func corpusReaderUsesFrontMatterAndFolderManifestForSingleFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("---\ndate: 2024-06-19\ntitle: Front\n---\nPutin visited Pyongyang.\n".utf8).write(to: dir.appendingPathComponent("a.md"))
        try Data("---\ndate: June\n---\nText.\n".utf8).write(to: dir.appendingPathComponent("bad.md"))
        let result = try CorpusReader().read([dir.path])
        #expect(result.documents.map(\.record.date) == ["2024-06-19"])
        #expect(result.documents.first?.record.title == "Front")
        #expect(result.skipped.first?.reason.contains("front matter date") == true)
        // A seed named directly still gets its manifest entry.
        let one = try CorpusReader().read([seedsPath + "/003_94689cfd3c9ead0a.txt"])
        #expect(one.documents.first?.id == "003" && one.documents.first?.record.date == "2024-06-19")
    }

    @Test func dateFilter() throws {
        let f = try DateFilter(since: "2024-06-19", until: "2024-06-19")
        #expect(f.contains("2024-06-19") && !f.contains("2024-06-20") && !f.contains("2024-06-18") && !f.contains(nil))
        #expect(try DateFilter().contains(nil))
        #expect(throws: CorpusError.self) { try DateFilter(since: "2024-13-01") }
        #expect(throws: CorpusError.self) { try DateFilter(since: "2024-06-20", until: "2024-06-19") }
        #expect(f.parameters == ["since": "2024-06-19", "until": "2024-06-19"])
    }
}

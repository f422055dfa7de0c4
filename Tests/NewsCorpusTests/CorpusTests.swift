import AllianceGraph
import Foundation
import Testing

@testable import NewsCorpus

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seedsPath = repositoryRoot.appendingPathComponent("seeds").path

@Suite struct CorpusTests {
    /// The title line read on scalar slices is the one read scalar by scalar, appending each.
    @Test func firstLineOfScalarsKeepsTheFirst2001ScalarsOfALine() {
        func appending(_ text: String) -> String? {
            var line = String.UnicodeScalarView()
            var length = 0
            for s in text.unicodeScalars {
                if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}" || s == "\u{0C}" || s == "\u{85}" {
                    let t = String(line).trimmingCharacters(in: .whitespaces)
                    if !t.isEmpty { return t.count <= 200 ? t : nil }
                    line = String.UnicodeScalarView()
                    length = 0
                } else if length <= 2_000 {
                    line.append(s)
                    length += 1
                }
            }
            let t = String(line).trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.count > 200 ? nil : t
        }
        let long = String(repeating: "é", count: 2_050)
        for text in ["", "\n\n  Café crème \u{2028}body", "  \r\n\u{85}Naïve\u{301} title  ", long, " \n" + long + "\nx",
                     String(repeating: "e\u{301}", count: 150) + "\n", "\t\u{0B}\u{0C}Zoë"] {
            #expect(CorpusReader.firstLineOfScalars(text) == appending(text))
        }
    }

    /// An id cut from a path's bytes is the file name without its extension, as NSString cuts it.
    @Test func defaultIDsAsNSStringCutsThem() {
        for p in ["a/b.txt", "a//b.txt", "/x/y/2024-01-02_abc.md", "b.txt", "a/.b.txt", "a/b..txt", "a/b.tx/t", "é/b.txt", "a/b.t-x"] {
            let reference = ((p as NSString).lastPathComponent as NSString).deletingPathExtension
            #expect(Manifest.defaultID(for: p) == reference, "\(p)")
        }
    }

    /// The byte-level path checks agree with the Foundation ones they stand for.
    @Test func plainPathsAndDocumentExtensionsReadOnBytes() {
        for p in ["a/b.txt", "/a/./b", "a/../b", "a//b", ".", "..", "a/.", "a/..", "/", "a/.hidden/b.md", "x/..y/z", "a/...", "é/./b"] {
            let components = p.split(separator: "/", omittingEmptySubsequences: false)
            #expect(CorpusReader.isPlain(p) == (!p.contains("//") && !components.contains { $0 == "." || $0 == ".." }), "\(p)")
        }
        for f in ["a/b.txt", "a/b.TXT", "a/b.md", "a/b.", "a/.txt", "a.d/b", "a/b.tar.md", "a/b", "café/b.Txt", ".md", "a.b/c.txt"] {
            let ext = (f as NSString).pathExtension.lowercased()
            #expect(CorpusReader.isDocument(f) == CorpusReader.documentExtensions.contains(ext), "\(f)")
        }
    }

    @Test func pathsAreStandardizedOnlyForDotComponents() {
        #expect(CorpusReader.standardized("/work/.corpora/a.txt") == "/work/.corpora/a.txt")
        #expect(CorpusReader.standardized("/work/./corpora/a.txt") == "/work/corpora/a.txt")
        #expect(CorpusReader.standardized("/work/x/../corpora/a.txt") == "/work/corpora/a.txt")
        #expect(CorpusReader.standardized("/work//a.txt") == "/work/a.txt")
    }

    @Test func seedsWithManifest() throws {
        let result = try CorpusReader().read([seedsPath])
        #expect(result.documents.map(\.id) == ["000", "001", "002", "003", "004"])
        #expect(result.skipped.isEmpty)
        let d3 = result.documents[3].record
        #expect(d3.date == "2024-06-19" && d3.publisher == "DW")
        #expect(d3.sha256.count == 64)
    }

    @Test func badFilesAreSkippedWithAReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Russia and Vietnam signed a pact.".utf8).write(to: dir.appendingPathComponent("good.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0, 0]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("image.png"))
        let result = try CorpusReader().read([dir.path])
        #expect(result.documents.map(\.id) == ["good"])
        #expect(result.skipped.map { ($0.path as NSString).lastPathComponent } == ["binary.txt", "empty.txt"])
        #expect(throws: CorpusError.self) { try CorpusReader().read([dir.appendingPathComponent("missing").path]) }
    }

    @Test func storiesJoinCopiesAndReportsOfOneNewsItem() throws {
        let docs = try CorpusReader().read([seedsPath]).documents
        let stories = CorpusGraphBuilder(extractor: sharedExtractor).clustering.cluster(docs)
        #expect(stories["001"]?.story == "000")
        #expect(stories["000"]?.story == "000")
        #expect(stories["003"]?.story == "003")
        #expect(stories["002"]?.story == "002")
        #expect(stories["004"]?.story == "002")  // two outlets' reports of one Vedomosti story
    }

    @Test func storiesDoNotChain() {
        // b is a copy of a, c a copy of b but not of a: c is not pulled into a's story.
        // Letter-only pseudo-words (the content-word tokenizer keeps letters only).
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words: [String] = (0..<60).map { i in
            let first: Character = letters[i / 26]
            let second: Character = letters[i % 26]
            return "qx" + String(first) + String(second)
        }
        func doc(_ id: String, _ range: Range<Int>) -> Document {
            let text = words[range].joined(separator: " ") + "."
            return Document(record: DocumentRecord(id: id, path: id, sha256: "", characters: text.count), text: text)
        }
        let pad = (0..<5).map { doc("z\($0)", (10 * $0)..<(10 * $0 + 3)) }
        let stories = StoryClustering().cluster([doc("a", 0..<20), doc("b", 10..<30), doc("c", 20..<40)] + pad)
        #expect(stories["b"]?.story == "a")
        #expect(stories["c"]?.story == "c")
    }

    /// The one-pass selection of a vector's top terms gives what sorting the whole vector gave: the same
    /// terms in the same order, ties in weight broken by the lower term id.
    @Test func topTermsAreThoseOfAFullSort() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            let count = trial % 40
            // Few distinct weights, so that ties occur.
            let entries: [(Int32, Double)] = (0..<count).map { (Int32($0 * 3), Double(Int.random(in: 0..<6, using: &generator)) / 4) }
            for k in [0, 1, 5, 12] {
                let sorted = entries.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(k).map(\.0)
                #expect(StoryClustering.topTerms(entries, k) == Array(sorted))
            }
        }
    }

    @Test func seedGraphHasTheKeyTies() throws {
        let docs = try CorpusReader().read([seedsPath]).documents
        let snapshot = CorpusGraphBuilder(extractor: sharedExtractor).build(documents: docs, skipped: [])
        let keys = Set(snapshot.graph.edges.map { "\($0.source) \($0.key.name) \($0.target)" })
        for expected in [
            "vladimir-putin consult PRK", "vladimir-putin consult VNM", "PRK agree:mutual RUS",
            "the-west sanction RUS", "IRN aid RUS", "vladimir-putin consult:planned PRK",
        ] {
            #expect(keys.contains(expected), "missing \(expected)")
        }
        #expect(snapshot.graph.edges.contains { $0.source == "icc" && $0.target == "vladimir-putin" && $0.type == .coerce })
        // Every edge but structural ones has evidence that quotes its document.
        for e in snapshot.graph.edges where !e.type.isStructural { #expect(!e.evidence.isEmpty) }
    }

    @Test func aLeaderLeadsOnlyWhenTheDocumentsFallInAHeadTerm() {
        func leads(_ date: String?) -> Bool {
            let text = "Boris Johnson urged the Americans to accept the deal."
            let doc = Document(record: DocumentRecord(id: "d", path: "d.txt", date: date, sha256: "", characters: text.count), text: text)
            let snapshot = CorpusGraphBuilder(extractor: sharedExtractor).build(documents: [doc], skipped: [])
            return snapshot.graph.edges.contains { $0.source == "boris-johnson" && $0.target == "GBR" && $0.type == .leads }
        }
        #expect(!leads("2018-07-01"))  // foreign secretary then
        #expect(leads("2020-07-01"))   // prime minister
        #expect(leads(nil))            // undated: as before
    }
}

import AllianceGraph
import Foundation
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Pipeline

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

@Suite struct FormattingTests {
    @Test func csvNeutralizesFormulas() {
        #expect(TextFormatting.csvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(TextFormatting.csvCell("+1") == "'+1")
        #expect(TextFormatting.csvCell("@cmd") == "'@cmd")
        #expect(TextFormatting.csvCell("Russia") == "Russia")
        #expect(TextFormatting.csvCell("a,b") == "\"a,b\"")
    }

    @Test func jsonEscapesMarkup() {
        #expect(TextFormatting.jsonString("<script>\"&") == "\"\\u003cscript\\u003e\\\"\\u0026\"")
        #expect(TextFormatting.jsonNumber(2) == "2")
        #expect(TextFormatting.jsonNumber(0.125) == "0.125")
    }
}

@Suite struct OutputWriterTests {
    @Test func replacesFilesAndLeavesNoStaging() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        var writer = OutputWriter(directory: dir, force: true)
        writer.add("a.txt", "new")
        writer.add("b.txt", "b")
        try writer.commit()
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [OutputRecord.fileName, "a.txt", "b.txt"])
    }

    @Test func failedBuildLeavesPreviousOutput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "previous".write(toFile: dir + "/graph.json", atomically: false, encoding: .utf8)
        let job = BuildJob(paths: [dir + "/does-not-exist"], outputDirectory: dir)
        #expect(throws: PipelineError.self) { try job.run() }
        #expect(try String(contentsOfFile: dir + "/graph.json", encoding: .utf8) == "previous")
    }
}

@Suite struct BuildJobTests {
    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let a = try temporaryDirectory(), b = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let seeds = repositoryRoot.appendingPathComponent("seeds").path
        _ = try BuildJob(paths: [seeds], outputDirectory: a).run()
        _ = try BuildJob(paths: [seeds], outputDirectory: b).run()
        for name in ["graph.json", "graph.dot", "graph.svg", "metrics.csv", "isolation.md"] {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + name))
            let y = try Data(contentsOf: URL(fileURLWithPath: b + "/" + name))
            #expect(x == y, "\(name) differs between two builds")
            #expect(!x.isEmpty)
        }
        let svg = try Data(contentsOf: URL(fileURLWithPath: a + "/graph.svg"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "graph.svg is not well-formed XML")
    }

    @Test func entityResolution() throws {
        let snapshot = try BuildJob(paths: [repositoryRoot.appendingPathComponent("seeds").path], outputDirectory: "unused").snapshot()
        let resolver = EntityResolver(graph: snapshot.graph)
        #expect(try resolver.resolve("RUS") == "RUS")
        #expect(try resolver.resolve("russia") == "RUS")
        #expect(try resolver.resolve("Putin") == "vladimir-putin")
        #expect(try resolver.resolve("North Korea") == "PRK")
        #expect(throws: PipelineError.self) { try resolver.resolve("Atlantis") }
    }
}

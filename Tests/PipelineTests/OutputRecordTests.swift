import Foundation
import Testing

@testable import Pipeline

/// A file that is not ours is not overwritten without `--force` (see ``OutputRecord``).
@Suite struct OutputRecordTests {
    func write(_ dir: String, _ files: [String: String], force: Bool = false) throws(PipelineError) {
        var writer = OutputWriter(directory: dir, force: force)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) { writer.add(name, text) }
        try writer.commit()
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func expectNotOurs(_ path: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
        let error = #expect(throws: PipelineError.self, sourceLocation: sourceLocation) { try body() }
        guard case .notOurs(let refused)? = error else {
            Issue.record("expected notOurs(\(path)), got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(refused == path, sourceLocation: sourceLocation)
    }

    @Test func ourFilesAreReplacedOthersAreNot() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir, ["a.txt": "one", "b.txt": "one"])
        try write(dir, ["a.txt": "two", "b.txt": "two"])  // ours: replaced
        #expect(try read(dir + "/a.txt") == "two")

        try "the user's notes".write(toFile: dir + "/c.txt", atomically: false, encoding: .utf8)
        expectNotOurs(dir + "/c.txt") { try write(dir, ["a.txt": "three", "c.txt": "x"]) }
        // Refused before anything was written.
        #expect(try read(dir + "/a.txt") == "two")
        #expect(try read(dir + "/c.txt") == "the user's notes")

        try write(dir, ["a.txt": "three", "c.txt": "x"], force: true)
        #expect(try read(dir + "/c.txt") == "x")
    }

    @Test func anEditedFileIsNoLongerOurs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir, ["a.txt": "one"])
        try "one, edited by hand".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        expectNotOurs(dir + "/a.txt") { try write(dir, ["a.txt": "two"]) }
        // Writing what is already there loses nothing: allowed.
        try write(dir, ["a.txt": "one, edited by hand"])
        try write(dir, ["a.txt": "two"])
        #expect(try read(dir + "/a.txt") == "two")
    }

    @Test func aFolderInTheWayIsNotOurs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/a.txt", withIntermediateDirectories: false)
        expectNotOurs(dir + "/a.txt") { try write(dir, ["a.txt": "x"]) }
    }

    @Test func recordIsDeterministicAndSha256sumCompatible() throws {
        let a = try temporaryDirectory(), b = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        try write(a, ["b.txt": "B", "a.txt": "A"])
        try write(b, ["a.txt": "A"])
        try write(b, ["b.txt": "B"])
        let record = try read(a + "/" + OutputRecord.fileName)
        #expect(record == (try read(b + "/" + OutputRecord.fileName)))
        #expect(record == """
            559aead08264d5795d3909718cdd05abd49572e84fe55590eef31a88a08fdffd  a.txt
            df7e70e5021544f4834bbee64a9e3789febc4be81470df629cad6ddb03320a5c  b.txt

            """)
    }

    @Test func singleFilesAreCheckedTogether() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "mine".write(toFile: dir + "/edges.csv", atomically: false, encoding: .utf8)
        let files = [(dir + "/nodes.csv", Data("n".utf8)), (dir + "/edges.csv", Data("e".utf8))]
        expectNotOurs(dir + "/edges.csv") { try OutputWriter.writeFiles(files) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/nodes.csv"))
        try OutputWriter.writeFiles(files, force: true)
        try OutputWriter.writeFile(dir + "/nodes.csv", Data("n2".utf8))
        #expect(try read(dir + "/nodes.csv") == "n2")
    }
}

import Foundation
import Testing

/// Runs the built `alliance` binary.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("alliance"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("alliance"),
            root.appendingPathComponent(".build/debug/alliance"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var data: Data
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), data: outData)
    }
}

/// One build of the seeds shared by the CLI tests.
let builtSeeds: String = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-cli-\(UUID().uuidString)").path
    let r = try! CLI.run(["build", "seeds", "--out", dir])
    precondition(r.status == 0, "build failed: \(r.stderr)")
    return dir
}()

@Suite(.serialized) struct CLITests {
    @Test func buildWritesEveryFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: builtSeeds).sorted()
        #expect(files == [".alliance-outputs", "graph.dot", "graph.json", "graph.svg", "isolation.md", "metrics.csv", "report.html"])
    }

    @Test func renderReproducesGraphDot() throws {
        let r = try CLI.run(["render", builtSeeds + "/graph.json", "--format", "dot"])
        #expect(r.status == 0)
        #expect(r.data == (try Data(contentsOf: URL(fileURLWithPath: builtSeeds + "/graph.dot"))))
    }

    @Test func renderPNGToFile() throws {
        let png = builtSeeds + "/check.png"
        defer { try? FileManager.default.removeItem(atPath: png) }
        let r = try CLI.run(["render", builtSeeds + "/graph.json", "--format", "png", "--layout", "fdp", "-o", png])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func metricsAsJSON() throws {
        let r = try CLI.run(["metrics", builtSeeds + "/graph.json", "--format", "json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: r.data) as! [String: Any]
        let nodes = object["nodes"] as! [[String: Any]]
        let russia = try #require(nodes.first { $0["id"] as? String == "RUS" })
        for key in ["label", "kind", "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "isolation"] {
            #expect(russia[key] != nil, "missing \(key)")
        }
    }

    @Test func isolationExplainsRussia() throws {
        let r = try CLI.run(["isolation", builtSeeds + "/graph.json", "Russia", "--explain"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Russia (RUS): isolation"))
        #expect(r.stdout.contains("hostile_reach"))
        #expect(r.stdout.contains("ties behind it"))
    }

    @Test func explainShowsEvidence() throws {
        let r = try CLI.run(["explain", builtSeeds + "/graph.json", "RUS", "PRK"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("agree"))
        #expect(r.stdout.contains("signed"))
    }

    @Test func unknownEntityIsOneLineError() throws {
        let r = try CLI.run(["explain", builtSeeds + "/graph.json", "Atlantis"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("alliance: error: unknown entity 'Atlantis'"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func malformedSnapshotIsOneLineError() throws {
        let bad = builtSeeds + "/bad.json"
        try Data("{\"schema\": ".utf8).write(to: URL(fileURLWithPath: bad))
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try CLI.run(["metrics", bad])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a valid alliance-graph snapshot"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingCorpusFailsWithoutWriting() throws {
        let out = builtSeeds + "-missing"
        let r = try CLI.run(["build", "no-such-folder", "--out", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-folder: no such file or directory"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownMetricIsUsageError() throws {
        let r = try CLI.run(["metrics", builtSeeds + "/graph.json", "--metrics", "fame"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown metric 'fame'"))
    }

    @Test func beforeAndAfterComparedWithDiagram() throws {
        let dir = builtSeeds + "-cmp"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var r = try CLI.run(["build", "seeds/002_ae1f039aa675bf09.txt", "seeds/004_d6eab8d2344d0466.txt", "--out", dir + "/before"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["build", "seeds", "--since", "2024-06-19", "--out", dir + "/after"])
        #expect(r.status == 0 && r.stderr.contains("2 documents outside --since/--until left out (2 undated)"), "\(r.stderr)")
        r = try CLI.run(["compare", dir + "/before/graph.json", dir + "/after/graph.json", "--format", "json", "-o", dir + "/c.json",
                         "--diagram", dir + "/diff.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/c.json"))) as! [String: Any]
        let added = ((json["edges"] as! [String: Any])["added"] as! [[String: Any]]).map { "\($0["source"]!) \($0["key"]!) \($0["target"]!)" }
        #expect(added.contains("PRK agree:mutual RUS") && added.contains("RUS agree:mutual VNM"))
        let svg = try String(contentsOfFile: dir + "/diff.svg", encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("cd_PRK_RUS_cooperative_added"))
        // The build shows the comparison in its report.
        r = try CLI.run(["build", "seeds", "--out", dir + "/all", "--compare", dir + "/before/graph.json", dir + "/after/graph.json"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try String(contentsOfFile: dir + "/all/report.html", encoding: .utf8)
        #expect(report.contains("<section id=\"comparison\">") && report.contains("cd_PRK_RUS_cooperative_added"))
        #expect(FileManager.default.fileExists(atPath: dir + "/all/comparison.md"))
        // Bad dates are usage errors.
        r = try CLI.run(["build", "seeds", "--since", "2024-02-30", "--out", dir + "/bad"])
        #expect(r.status == 64 && r.stderr.contains("not a YYYY-MM-DD date"))
        r = try CLI.run(["build", "seeds", "--since", "2030-01-01", "--out", dir + "/none"])
        #expect(r.status == 1 && r.stderr.contains("none of the 5 documents is dated within"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/none"))
    }

    @Test func mergeEqualsTheUnionBuild() throws {
        let dir = builtSeeds + "-merge"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, files) in [("a", ["000_c504871fb4461709", "004_d6eab8d2344d0466"]), ("b", ["001_d086366bd84d36cb", "002_ae1f039aa675bf09", "003_94689cfd3c9ead0a"])] {
            let r = try CLI.run(["build"] + files.map { "seeds/\($0).txt" } + ["--out", "\(dir)/\(name)"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let r = try CLI.run(["merge", dir + "/b/graph.json", dir + "/a/graph.json", "-o", dir + "/merged.json"])
        #expect(r.status == 0, "\(r.stderr)")
        let merged = try Data(contentsOf: URL(fileURLWithPath: dir + "/merged.json"))
        #expect(merged == (try Data(contentsOf: URL(fileURLWithPath: builtSeeds + "/graph.json"))))
        let bad = try CLI.run(["merge", dir + "/a/graph.json", "no-such.json"])
        #expect(bad.status == 1 && bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func timelineByDocumentOfTheSeeds() throws {
        let dir = builtSeeds + "-timeline"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["timeline", "seeds", "--by", "document", "--entities", "RUS,PRK,VNM", "--out", dir])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOfFile: dir + "/timeline.csv", encoding: .utf8).split(separator: "\n")
        #expect(csv.count == 1 + 5 * 3)
        #expect(csv.contains { $0.hasPrefix("003,2024-06-19,2024-06-19,1,RUS,Russia,0.") })
        let svg = try String(contentsOfFile: dir + "/timeline.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("Russia"))
        let bad = try CLI.run(["timeline", "seeds", "--by", "week", "--metrics", "fame"])
        #expect(bad.status == 64)
    }

    @Test func helpHasExamples() throws {
        for cmd in ["build", "metrics", "isolation", "render", "explain", "compare", "merge", "timeline"] {
            let r = try CLI.run([cmd, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("alliance \(cmd)"), "\(cmd) --help has no example")
        }
    }
}

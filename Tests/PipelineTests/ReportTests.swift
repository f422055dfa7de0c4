import AllianceGraph
import Foundation
import NewsCorpus
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Pipeline

/// The ids, links and script elements of an XML document (the report is well-formed XML as well as HTML).
final class XMLInventory: NSObject, XMLParserDelegate {
    var ids: [String] = []
    var links: [String] = []
    var elements: [String] = []
    var text = ""

    func parser(
        _ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(e)
        if let id = attributes["id"] { ids.append(id) }
        for key in ["href", "xlink:href"] { if let href = attributes[key] { links.append(href) } }
    }

    func parser(_ p: XMLParser, foundCharacters s: String) { text += s }

    static func parse(_ data: Data) -> XMLInventory? {
        let inventory = XMLInventory()
        let parser = XMLParser(data: data)
        parser.delegate = inventory
        return parser.parse() ? inventory : nil
    }
}

/// Builds the seeds once for the report tests.
let seedsBuild: String = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-report-\(UUID().uuidString)").path
    let seeds = repositoryRoot.appendingPathComponent("seeds").path
    // Before the trips (the two reports of planned visits) and after them, compared in the report.
    _ = try! BuildJob(paths: ["002_ae1f039aa675bf09.txt", "004_d6eab8d2344d0466.txt"].map { seeds + "/" + $0 },
                      outputDirectory: dir + "-before").run()
    _ = try! BuildJob(paths: [seeds], outputDirectory: dir + "-after", dates: try! DateFilter(since: "2024-06-19")).run()
    _ = try! BuildJob(paths: [seeds], outputDirectory: dir,
                      comparison: (dir + "-before/graph.json", dir + "-after/graph.json")).run()
    return dir
}()

func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

@Suite struct ReportTests {
    @Test func buildWritesTheReport() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsBuild).sorted()
        #expect(files == ([OutputRecord.fileName] + BuildJob.files + ["comparison.md", "comparison.svg"]).sorted())
    }

    @Test func reportIsWellFormedAndEveryLinkHasItsAnchor() throws {
        let html = try read(seedsBuild + "/report.html")
        let inventory = try #require(XMLInventory.parse(html), "report.html is not well-formed XML")
        #expect(Set(inventory.ids).count == inventory.ids.count, "duplicate ids")
        let ids = Set(inventory.ids)
        let local = inventory.links.filter { $0.hasPrefix("#") }
        let files = inventory.links.filter { !$0.hasPrefix("#") }
        #expect(files == ["comparison.md"], "only links within the page and to comparison.md: \(files)")
        for link in local { #expect(ids.contains(String(link.dropFirst())), "no anchor for \(link)") }
        // Every drawn event edge links to its evidence, every node to its row.
        let snapshot = try SnapshotFile.load(seedsBuild + "/graph.json")
        let elements = DiagramElements(graph: snapshot.graph.foldingLeaders(storyOf: snapshot.story(of:)))
        for edge in elements.edges where edge.polarity != nil {
            #expect(local.contains("#" + edge.evidenceAnchor))
            #expect(ids.contains(edge.evidenceAnchor))
        }
        for id in elements.nodeIDs.values { #expect(ids.contains(DiagramElements.anchor(ofNodeID: id))) }
        for section in ["network", "isolation", "centrality", "evidence", "documents", "comparison"] {
            #expect(ids.contains(section))
        }
        #expect(inventory.elements.filter { $0 == "script" }.count == 1)
        #expect(inventory.elements.filter { $0 == "svg" }.count == 2)  // the network and the diff diagram
    }

    @Test func graphSVGLinksIntoTheReport() throws {
        let svg = try read(seedsBuild + "/graph.svg")
        let report = try #require(XMLInventory.parse(try read(seedsBuild + "/report.html")))
        let inventory = try #require(XMLInventory.parse(svg))
        let links = inventory.links.filter { $0.hasPrefix("report.html#") }
        #expect(links.count > 20)
        for link in links { #expect(report.ids.contains(String(link.dropFirst("report.html#".count)))) }
    }

    @Test func reportIsOffline() throws {
        let text = String(decoding: try read(seedsBuild + "/report.html"), as: UTF8.self)
        // The only URLs are XML namespace names, which are never fetched.
        let urls = text.components(separatedBy: "://").dropFirst().map { String($0.prefix(30)) }
        for url in urls { #expect(url.hasPrefix("www.w3.org/2000/svg\"") || url.hasPrefix("www.w3.org/1999/xlink\""), "\(url)") }
        #expect(!text.contains(" src="))
        #expect(text.contains("default-src 'none'"))
    }

    @Test func theScriptHashMatchesThePolicy() {
        #expect(SHA256Digest.base64(SHA256Digest.hash(Array("abc".utf8))) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        #expect(SHA256Digest.base64(SHA256Digest.hash([])) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1000)
        #expect(SHA256Digest.base64(SHA256Digest.hash(long)) == "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=")
        #expect(HTMLReport.contentSecurityPolicy.contains(
            "'sha256-\(SHA256Digest.base64(SHA256Digest.hash(Array(HTMLReport.scriptElementText.utf8))))'"))
    }

    @Test func buildingTwiceGivesTheSameReport() throws {
        let other = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: other) }
        _ = try BuildJob(paths: [repositoryRoot.appendingPathComponent("seeds").path], outputDirectory: other,
                         comparison: (seedsBuild + "-before/graph.json", seedsBuild + "-after/graph.json")).run()
        for file in ["report.html", "comparison.svg", "comparison.md", "graph.json"] {
            #expect(try read(other + "/" + file) == (try read(seedsBuild + "/" + file)), "\(file)")
        }
    }

    // MARK: Hostile text

    static let hostileSentence = "Beta said <script>alert(1)</script> & \"left\" — Tô Lâm 🚀 'quoted'."

    static func hostileSnapshot() throws -> Snapshot {
        let evidence = Evidence(
            document: "d<1>", start: 0, end: 60, sentence: hostileSentence, cue: "said", intensity: 0.5)
        let graph = try Graph(
            nodes: [
                Node(id: "A", label: "Evil \"quote\" \\ <b>&amp; 🚀", kind: .country),
                Node(id: "B", label: "Tô Lâm</td><script>alert(2)</script>", kind: .country),
            ],
            edges: [
                EdgeWeighting.edge(key: EdgeKey(source: "B", target: "A", type: .accuse), evidence: [evidence]) { $0 },
                EdgeWeighting.edge(key: EdgeKey(source: "A", target: "B", type: .agree, mutual: true), evidence: [evidence]) { $0 },
            ])
        let document = DocumentRecord(
            id: "d<1>", path: "x/<y>.txt", title: "</title><script>alert(3)</script>", publisher: "P & Q",
            date: "2024-06-19", sha256: "ab", characters: 60)
        return Snapshot(graph: graph, documents: [document])
    }

    @Test func hostileTextIsInert() throws {
        let snapshot = try Self.hostileSnapshot()
        let job = try RenderJob(snapshot: snapshot)
        let svg = try job.render(format: .svg)
        let options = AnalysisOptions()
        let table = try AnalysisGraph(projecting: snapshot.graph, options: options).centralities()
        let isolation = try IsolationReport(graph: snapshot.graph, options: options)
        let html = HTMLReport(snapshot: snapshot, drawn: try job.drawing().graph, svg: svg, centralities: table, isolation: isolation,
                              level: .country, title: "<i>title</i> & co").html()
        let inventory = try #require(XMLInventory.parse(Data(html.utf8)), "the report is not well-formed XML")
        #expect(inventory.elements.filter { $0 == "script" }.count == 1)
        #expect(!inventory.elements.contains("i"))
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("alert(1)</script>") && !html.contains("alert(2)</script>") && !html.contains("alert(3)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The text comes back unchanged.
        #expect(inventory.text.contains("<script>alert(1)</script> & \"left\" — Tô Lâm 🚀 'quoted'."))
        #expect(inventory.text.contains("Evil \"quote\" \\ <b>&amp; 🚀"))
        #expect(inventory.text.contains("<i>title</i> & co"))
        // Links still find their anchors, even with `<` in a document id.
        let ids = Set(inventory.ids)
        for link in inventory.links where link.hasPrefix("#") { #expect(ids.contains(String(link.dropFirst())), "\(link)") }
    }

    @Test func escapingAndMarking() {
        #expect(HTMLText.escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(HTMLText.escape("bell\u{7}\u{202E}rlo Tô 👨‍👩‍👧") == "bellrlo Tô 👨‍👩‍👧")
        #expect(HTMLText.marking("Signed", in: "They signed <it>.") == "They <mark>signed</mark> &lt;it&gt;.")
        #expect(HTMLText.marking("absent", in: "a < b") == "a &lt; b")
    }
}

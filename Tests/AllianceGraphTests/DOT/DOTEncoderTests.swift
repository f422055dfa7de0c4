import Foundation
import Testing

@testable import AllianceGraph

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct DOTEncoderTests {
    // MARK: Golden files

    @Test func goldenGraph() {
        let dot = DOTEncoder(options: DiagramFixtures.goldenOptions).encode(DiagramFixtures.golden)
        assertSnapshot(dot, named: "goldenGraph")
    }

    @Test func goldenGraphWithMetrics() {
        let dot = DOTEncoder(options: DiagramFixtures.goldenOptions)
            .encode(DiagramFixtures.golden, metrics: DiagramFixtures.goldenMetrics)
        assertSnapshot(dot, named: "goldenGraphWithMetrics")
        #expect(!dot.contains("nan"))
    }

    @Test func emptyGraph() {
        assertSnapshot(DOTEncoder().encode(Graph()), named: "emptyGraph")
    }

    // MARK: Structure

    @Test func encodingIsDeterministic() throws {
        let graph = DiagramFixtures.golden
        let shuffled = try Graph(nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
        let encoder = DOTEncoder(options: DiagramFixtures.goldenOptions)
        #expect(encoder.encode(graph) == encoder.encode(shuffled))
        #expect(encoder.encode(graph, metrics: DiagramFixtures.goldenMetrics)
            == encoder.encode(graph, metrics: DiagramFixtures.goldenMetrics))
    }

    @Test func nodesComeInIDOrderAndEdgesInKeyOrder() {
        let dot = DOTEncoder().encode(DiagramFixtures.golden)
        let ids = dot.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: "[id=\"") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "\"" })
        }
        #expect(ids == [
            "n_PRK", "n_RUS", "n_icc", "n_vladimir-putin",
            "e_PRK_RUS_cooperative", "e_RUS_PRK_cooperative_planned", "e_icc_vladimir-putin_hostile",
            "e_vladimir-putin_RUS_structural", "legend",
        ])
    }

    @Test func parallelTiesAreBundledIntoOneDrawnEdge() throws {
        let e = DiagramFixtures.edge
        let graph = try Graph(
            nodes: [Node(id: "CHN", label: "China", kind: .country), Node(id: "RUS", label: "Russia", kind: .country)],
            edges: [
                e("CHN", "RUS", .consult, false, false, []), e("CHN", "RUS", .agree, false, false, []),
                e("CHN", "RUS", .aid, false, false, []), e("CHN", "RUS", .sanction, false, false, []),
                e("CHN", "RUS", .consult, false, true, []),
            ])
        let dot = DOTEncoder().encode(graph)
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") && $0.contains("\"CHN\"") }
        #expect(edges.count == 3)
        let cooperative = try #require(edges.first { $0.contains("id=\"e_CHN_RUS_cooperative\"") })
        // Types in EventType order; aid is material, so the bundle is drawn solid; weights 1 + 1 + 1 saturate.
        #expect(cooperative.contains("label=\"agree, consult, aid\""))
        #expect(cooperative.contains("class=\"cooperative verbal_cooperation material_cooperation\""))
        #expect(cooperative.contains("style=\"solid\"") && cooperative.contains("penwidth=\"3.50\""))
        let hostile = try #require(edges.first { $0.contains("id=\"e_CHN_RUS_hostile\"") })
        #expect(hostile.contains("arrowhead=\"tee\"") && hostile.contains("color=\"#D55E00\""))
        let planned = try #require(edges.first { $0.contains("id=\"e_CHN_RUS_cooperative_planned\"") })
        #expect(planned.contains("label=\"consult (planned)\"") && planned.contains("style=\"dotted\""))
    }

    @Test func plannedTiesCanBeLeftOut() {
        let dot = DOTEncoder(options: DiagramOptions(includePlanned: false)).encode(DiagramFixtures.golden)
        #expect(!dot.contains("planned"))
        #expect(dot.contains("e_PRK_RUS_cooperative\""))
    }

    @Test func mutualTiesHaveNoArrowsExceptHostileBars() throws {
        let e = DiagramFixtures.edge
        let graph = try Graph(
            nodes: [Node(id: "A", label: "A", kind: .group), Node(id: "B", label: "B", kind: .group)],
            edges: [e("A", "B", .cooperate, true, false, []), e("A", "B", .assault, true, false, [])])
        let lines = DOTEncoder().encode(graph).split(separator: "\n")
        let cooperative = try #require(lines.first { $0.contains("e_A_B_cooperative\"") })
        let hostile = try #require(lines.first { $0.contains("e_A_B_hostile\"") })
        #expect(cooperative.contains("dir=\"none\""))
        #expect(hostile.contains("dir=\"both\"") && hostile.contains("arrowtail=\"tee\""))
    }

    @Test func svgIDsAreSanitizedAndUnique() throws {
        let graph = try Graph(
            nodes: [
                Node(id: "a.b", label: "first", kind: .group), Node(id: "a:b", label: "second", kind: .group),
            ],
            edges: [])
        let dot = DOTEncoder().encode(graph)
        #expect(dot.contains("id=\"n_a-b\""))
        #expect(dot.contains("id=\"n_a-b_2\""))
    }

    @Test func tooltipsCarryTheFirstSentenceCutTo200Characters() throws {
        let long = String(repeating: "word ", count: 80)
        let graph = try Graph(
            nodes: [Node(id: "A", label: "A", kind: .country), Node(id: "B", label: "B", kind: .country)],
            edges: [DiagramFixtures.edge("A", "B", .threaten, evidence: [
                DiagramFixtures.evidence("d1", long, cue: "warned", intensity: 0.6),
                DiagramFixtures.evidence("d2", "Second.", cue: "warned", intensity: 0.6),
            ])])
        let bundle = try #require(EdgeBundle.bundles(of: graph, includePlanned: true).first)
        let tooltip = bundle.tooltip(in: graph)
        #expect(tooltip.contains("A → B\nthreaten\nhostile · weight"))
        #expect(tooltip.contains("2 mentions"))
        let quote = try #require(tooltip.split(separator: "\n").last)
        #expect(quote.count == 202 && quote.hasSuffix("…”"))
    }

    @Test func metricsSetSizeFillAndBloc() {
        let dot = DOTEncoder().encode(DiagramFixtures.golden, metrics: DiagramFixtures.goldenMetrics)
        let lines = dot.split(separator: "\n")
        let putin = lines.first { $0.contains("id=\"n_vladimir-putin\"") } ?? ""
        // Isolation 1.5 is clamped to 1: the dark end of viridis, with white text.
        #expect(putin.contains("fillcolor=\"#440154\"") && putin.contains("fontcolor=\"#FFFFFF\""))
        #expect(putin.contains("label=\"Vladimir Putin\\nbloc 1\"") && putin.contains("peripheries=\"2\""))
        let icc = lines.first { $0.contains("id=\"n_icc\"") } ?? ""
        // A NaN size is dropped: the node keeps the normal size.
        #expect(!icc.contains(" width=") && !icc.contains("fontsize="))
        #expect(dot.contains("fill: isolation") && dot.contains("larger node: higher harmonic centrality"))
    }

    @Test func subtitleDescribesTheSnapshot() {
        let documents = [
            DocumentRecord(id: "a", path: "a.txt", date: "2024-06-19", sha256: "00", characters: 10),
            DocumentRecord(id: "b", path: "b.txt", date: "2023-03-17", sha256: "01", characters: 10),
        ]
        let snapshot = Snapshot(graph: DiagramFixtures.golden, documents: documents)
        #expect(DiagramOptions(snapshot: snapshot, title: "Korea").subtitle
            == "2 documents · 2023-03-17 – 2024-06-19 · 4 actors · 4 ties")
        #expect(DiagramOptions(snapshot: snapshot, includePlanned: false).subtitle
            == "2 documents · 2023-03-17 – 2024-06-19 · 4 actors · 3 ties")
    }

    // MARK: Style

    @Test(arguments: [(0.0, 1.0), (1.5, 2.25), (3.0, 3.5), (10.0, 3.5), (-1.0, 1.0), (Double.nan, 1.0)])
    func penWidthGrowsWithWeightAndSaturates(weight: Double, expected: Double) {
        #expect(DiagramStyle.penWidth(weight: weight) == expected)
    }

    @Test func isolationScaleRunsFromLightToDark() {
        #expect(DiagramStyle.isolationFill(0) == "#FDE725")
        #expect(DiagramStyle.isolationFill(1) == "#440154")
        #expect(DiagramStyle.labelColor(onFill: "#FDE725") == DiagramStyle.textColor)
        #expect(DiagramStyle.labelColor(onFill: "#440154") == "#FFFFFF")
        #expect(DiagramStyle.labelColor(onFill: "#0072B2") == "#FFFFFF")
    }

    @Test func labelsWrapAtSpaces() {
        #expect(DOTEncoder.wrap("International Criminal Court", width: 18) == "International\nCriminal Court")
        #expect(DOTEncoder.wrap("Supercalifragilisticexpialidocious", width: 18) == "Supercalifragilisticexpialidocious")
        #expect(DOTEncoder.wrap("  Tô   Lâm ", width: 18) == "Tô Lâm")
    }

    // MARK: Escaping

    static let hostile = "Evil \"quote\" \\ <b>&amp; 🚀 Tô Lâm"

    @Test func textIsEscapedForDOT() {
        #expect(DOTText.text(Self.hostile) == #""Evil \"quote\" \\ <b>&amp;amp; 🚀 Tô Lâm""#)
        #expect(DOTText.text("line\nnext\r\n\u{7}bell\u{202E}rlo\ttab") == #""line\nnext\nbellrlo tab""#)
        // The zero-width joiner of a family emoji is kept.
        #expect(DOTText.text("👨‍👩‍👧") == "\"👨‍👩‍👧\"")
        #expect(DOTText.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(DOTText.html("<b> & \"x\"\ny") == "&lt;b&gt; &amp; &quot;x&quot;<BR/>y")
        #expect(DOTText.token("vladimir-putin_2.x/ü") == "vladimir-putin_2-x--")
        #expect(DOTText.fixed(2.345, 2) == "2.35" && DOTText.fixed(-0.001, 2) == "0.00" && DOTText.fixed(3, 1) == "3.0")
    }

    /// The DOT of a graph full of hostile text is read by the real `dot` program (an outside check: the
    /// library itself never runs it), and the text comes out unchanged in the SVG.
    @Test(.enabled(if: DotProgram.path != nil, "needs the Graphviz `dot` program"))
    func hostileTextSurvivesGraphviz() throws {
        let hostileID = ActorID("evil \"id\" \\ <x>")
        let graph = try Graph(
            nodes: [
                Node(id: hostileID, label: Self.hostile, kind: .group),
                Node(id: "VNM", label: "Việt Nam", kind: .country),
            ],
            edges: [DiagramFixtures.edge(hostileID, "VNM", .accuse, evidence: [
                DiagramFixtures.evidence("d1", "He said \"no\" & left\u{0}.", cue: "said", intensity: 0.2),
            ])])
        let options = DiagramOptions(title: "<Title> & \"friends\"", subtitle: Self.hostile)
        let dot = DOTEncoder(options: options).encode(graph)
        let (status, svg, errors) = try DotProgram.run(["-Tsvg"], input: dot)
        #expect(status == 0)
        #expect(errors.isEmpty, "dot wrote to stderr: \(errors)")
        let texts = try svgTexts(svg)
        #expect(texts.contains(Self.hostile))
        #expect(texts.contains("Việt Nam"))
        #expect(texts.contains("<Title> & \"friends\""))
    }

    @Test func diffShowsChangedLinesWithContext() {
        let diff = lineDiff("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nD\ne\nf\ng")
        #expect(diff == "  b\n  c\n- d\n+ D\n  e\n  f")
    }
}

/// The Graphviz `dot` program, used by tests only as an outside reference.
private enum DotProgram {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":")
        return directories.map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func run(_ arguments: [String], input: String) throws -> (Int32, Data, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Small outputs: reading to the end before waiting cannot deadlock on a full pipe.
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, errors)
    }
}

/// The text content of every `<text>` element of an SVG document.
private func svgTexts(_ svg: Data) throws -> [String] {
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var buffer: String?
        func parser(
            _ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if e == "text" { buffer = "" }
        }
        func parser(_ p: XMLParser, foundCharacters s: String) { buffer? += s }
        func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
            if e == "text", let b = buffer { texts.append(b); buffer = nil }
        }
    }
    let collector = Collector()
    let parser = XMLParser(data: svg)
    parser.delegate = collector
    guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
    return collector.texts
}

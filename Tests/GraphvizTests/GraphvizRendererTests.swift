import Foundation
import Graphviz
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small named graph (a named graph renders to the same SVG in every process: an anonymous one gets a
/// generated name that counts the graphs read before it).
let triangle = """
    digraph "triangle" {
        a [label="A", shape=box, id="n_a", class="country"];
        b [label="B", shape=ellipse];
        c [label="C", shape=hexagon];
        a -> b [label="agree", color="#0072B2"];
        b -> c [style=dashed];
        c -> a [dir=none];
    }
    """

@Suite struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    @Test func rendersWellFormedSVG() throws {
        let svg = try renderer.render(dot: triangle, layout: .dot, format: .svg)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.hasPrefix("<?xml"))
        let parsed = try SVGText(svg)
        #expect(parsed.rootElement == "svg")
        #expect(parsed.texts.contains("agree"))
        #expect(text.contains("id=\"n_a\"") && text.contains("class=\"node country\""))
    }

    @Test func rendersPNG() throws {
        let png = try renderer.render(dot: triangle, layout: .dot, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 1000)
    }

    @Test func rendersPDF() throws {
        let pdf = try renderer.render(dot: triangle, layout: .dot, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(32), as: UTF8.self).contains("%%EOF"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyLayoutEngineWorks(_ engine: LayoutEngine) throws {
        let svg = try renderer.render(dot: triangle, layout: engine, format: .svg)
        let parsed = try SVGText(svg)
        #expect(["A", "B", "C"].allSatisfy(parsed.texts.contains))
    }

    @Test func svgIsDeterministic() throws {
        let first = try renderer.render(dot: triangle, layout: .neato, format: .svg)
        let second = try renderer.render(dot: triangle, layout: .neato, format: .svg)
        #expect(first == second)
    }

    @Test func syntaxErrorThrowsInvalidDOT() {
        #expect {
            try renderer.render(dot: "digraph { a -> -> b }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .invalidDOT(let message) = error as? GraphvizError else { return false }
            return message.contains("syntax error") && message.contains("line 1") && !message.contains("\n")
        }
    }

    @Test func syntaxErrorReportsItsOwnLine() throws {
        // The lexer counts lines across reads unless reset: a later error must not report line 7.
        try renderer.validate(dot: "digraph {\n\n\n\n\n a -> b\n}\n")
        #expect(throws: GraphvizError.invalidDOT("syntax error in line 2 near '}'")) {
            try renderer.validate(dot: "graph {\n a -- }")
        }
    }

    @Test func emptyInputIsInvalid() {
        #expect(throws: GraphvizError.invalidDOT("no graph in the input")) {
            try renderer.validate(dot: "  \n")
        }
    }

    @Test func trailingTextIsInvalidAndDoesNotLeakIntoTheNextCall() throws {
        #expect(throws: GraphvizError.self) {
            try renderer.validate(dot: "digraph { a -> b } garbage {")
        }
        // Graphviz's lexer would otherwise hand "garbage {" to the next read.
        try renderer.validate(dot: "digraph { c -> d }")
        #expect(throws: GraphvizError.invalidDOT("expected one graph, found 2")) {
            try renderer.validate(dot: "digraph { a } digraph { b }")
        }
        _ = try renderer.render(dot: triangle, layout: .dot, format: .svg)
    }

    @Test func validateAcceptsGoodDOT() throws {
        try renderer.validate(dot: triangle)
        try renderer.validate(dot: "strict graph { a -- b; a -- b }")
    }

    @Test func concurrentRendersAllSucceed() async throws {
        let expected = try renderer.render(dot: triangle, layout: .dot, format: .svg)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<12 {
                group.addTask {
                    let format: RenderFormat = i % 3 == 0 ? .svg : i % 3 == 1 ? .png : .pdf
                    let bytes = try GraphvizRenderer().render(dot: triangle, layout: .dot, format: format)
                    if i % 4 == 3 {
                        // Interleave failures: they must not disturb the renders around them.
                        #expect(throws: GraphvizError.self) { try GraphvizRenderer().validate(dot: "digraph {") }
                    }
                    return format == .svg ? bytes : []
                }
            }
            var svgs: [[UInt8]] = []
            for try await bytes in group where !bytes.isEmpty { svgs.append(bytes) }
            return svgs
        }
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0 == expected })
    }

    /// Labels as the DOT encoder writes them: quotes and backslashes escaped, `&` as `&amp;`.
    @Test func escapedLabelsSurviveIntoSVG() throws {
        let dot = #"""
            digraph "escaping" {
                x [label="Evil \"quote\" \\ <b>&amp;amp; 🚀 Tô Lâm", tooltip="a & b\nnext"];
                y [label="ASCII\nsecond line"];
                x -> y [label="<i>&amp;</i>"];
            }
            """#
        let svg = try renderer.render(dot: dot, layout: .dot, format: .svg)
        let parsed = try SVGText(svg)
        #expect(parsed.texts.contains(#"Evil "quote" \ <b>&amp; 🚀 Tô Lâm"#))
        #expect(parsed.texts.contains("second line"))
        #expect(parsed.texts.contains("<i>&</i>"))
        #expect(parsed.titles.contains("a & b\nnext"))
    }

    @Test func errorDescriptionsAreOneLine() {
        let errors: [GraphvizError] = [
            .invalidDOT("syntax error in line 1 near '->'"),
            .layoutFailed(engine: .neato, message: "out of memory"),
            .renderFailed(format: .png, message: "no device"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
        }
        #expect(errors[1].description == "Graphviz layout 'neato' failed: out of memory")
    }
}

/// Parse errors are thrown, never printed. The test swaps the process's stderr for a file for a moment;
/// other tests running meanwhile may write their progress lines into it, so it looks only for the forms
/// of Graphviz's own messages ("Error: syntax error in line 1 near '->'", "Warning: ...").
@Suite struct GraphvizQuietTests {
    @Test func parseErrorsPrintNothingToStderr() throws {
        let captured = try captureStandardError {
            for bad in ["digraph { a -> -> b }", "graph {", "digraph { a } x"] {
                #expect(throws: GraphvizError.self) { try GraphvizRenderer().validate(dot: bad) }
            }
            let warnings = "digraph { a [shape=nosuchshape, color=nosuchcolor] }"
            _ = try? GraphvizRenderer().render(dot: warnings, layout: .dot, format: .svg)
        }
        #expect(!captured.contains("syntax error in line"))
        #expect(!captured.contains("Warning: "))
        #expect(!captured.contains("Error: "))
        #expect(!captured.contains("nosuchshape"))
    }

    private func captureStandardError(_ body: () throws -> Void) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gv-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try FileHandle(forWritingTo: url)
        fflush(nil)
        let saved = dup(2)
        dup2(file.fileDescriptor, 2)
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
            try? file.close()
        }
        try body()
        fflush(nil)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}

/// The root element, text contents and titles of an SVG document, read with Foundation's XMLParser
/// (which fails on anything that is not well-formed XML).
struct SVGText {
    var rootElement: String?
    var texts: [String] = []
    var titles: [String] = []

    init(_ bytes: [UInt8]) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        // Graphviz's SVG names an external DTD; nothing needs it.
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw SVGError(message: parser.parserError.map { "\($0)" } ?? "not well-formed")
        }
        rootElement = collector.root
        texts = collector.texts
        titles = collector.titles
    }

    struct SVGError: Error { var message: String }

    private final class Collector: NSObject, XMLParserDelegate {
        var root: String?
        var texts: [String] = []
        var titles: [String] = []
        private var current: String?
        private var buffer = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if root == nil { root = name }
            if let title = attributes["xlink:title"] { titles.append(title) }
            if name == "text" {
                current = name
                buffer = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if current != nil { buffer += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", current != nil {
                texts.append(buffer)
                current = nil
            }
        }
    }
}

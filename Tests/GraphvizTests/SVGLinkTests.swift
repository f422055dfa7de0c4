import Foundation
import Graphviz
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a browser needs from the SVG: ids and classes kept, tooltips and links on nodes and edges, and
/// hostile text escaped so that it stays text.
@Suite struct SVGLinkTests {
    static let dot = #"""
        digraph "links" {
            "A" [id="n_A", class="country isolation-1", label="Tô Lâm 🚀", URL="report.html#a_A", tooltip="Tô Lâm (A)\ncountry"];
            "B" [id="n_B", class="leader", label="B", tooltip="B"];
            "A" -> "B" [id="e_A_B_hostile", class="hostile verbal_conflict", label="accuse", URL="report.html#ev_A_B_hostile", tooltip="A → B\n“He wrote <script>alert(1)</script> &amp; \"left\".”"];
        }
        """#

    /// Every element with its attributes, in document order.
    final class Elements: NSObject, XMLParserDelegate {
        var all: [(name: String, attributes: [String: String])] = []
        func parser(
            _ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) { all.append((e, attributes)) }
    }

    func elements(_ svg: [UInt8]) throws -> [(name: String, attributes: [String: String])] {
        let collector = Elements()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = collector
        #expect(parser.parse(), "the SVG is not well-formed XML")
        return collector.all
    }

    @Test(arguments: [LayoutEngine.neato, .dot, .sfdp])
    func idsClassesTooltipsAndLinksSurvive(layout: LayoutEngine) throws {
        let svg = try GraphvizRenderer().render(dot: Self.dot, layout: layout, format: .svg)
        let all = try elements(svg)
        let groups = all.filter { $0.name == "g" }
        #expect(groups.contains { $0.attributes["id"] == "n_A" && $0.attributes["class"] == "node country isolation-1" })
        #expect(groups.contains { $0.attributes["id"] == "e_A_B_hostile" && $0.attributes["class"] == "edge hostile verbal_conflict" })
        let links = all.filter { $0.name == "a" }
        let edgeLink = try #require(links.first { $0.attributes["xlink:href"] == "report.html#ev_A_B_hostile" })
        // The tooltip comes back exactly, script and all, as an attribute value: text, not markup.
        #expect(edgeLink.attributes["xlink:title"] == "A → B\n“He wrote <script>alert(1)</script> & \"left\".”")
        #expect(links.contains { $0.attributes["xlink:href"] == "report.html#a_A" && $0.attributes["xlink:title"] == "Tô Lâm (A)\ncountry" })
        // A node without a URL still gets its tooltip.
        #expect(links.contains { $0.attributes["xlink:title"] == "B" })
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(text.contains("Tô Lâm 🚀"))
    }

    @Test func sameDOTGivesSameSVG() throws {
        let a = try GraphvizRenderer().render(dot: Self.dot, layout: .neato, format: .svg)
        let b = try GraphvizRenderer().render(dot: Self.dot, layout: .neato, format: .svg)
        #expect(a == b)
    }
}

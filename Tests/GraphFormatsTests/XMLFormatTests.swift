import Foundation
import Testing

@testable import GraphFormats

/// GraphML and GEXF, read and written.
@Suite("GraphML and GEXF")
struct XMLFormatTests {
    /// As `networkx.write_graphml` writes it (networkx 3.6.1), with a default and a graph-level key.
    static let networkXGraphML = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="d2" for="graph" attr.name="name" attr.type="string" />
          <key id="d1" for="node" attr.name="color" attr.type="string"><default>grey</default></key>
          <key id="d0" for="edge" attr.name="weight" attr.type="double" />
          <graph edgedefault="undirected"><data key="d2">test</data>
            <edge source="a" target="b"><data key="d0">1.5</data></edge>
            <node id="a"><data key="d1">red</data></node>
            <node id="b" />
            <node id="c" />
            <edge source="b" target="c" />
          </graph>
        </graphml>
        """

    static let sample: GraphData = GraphData(
        isDirected: false, nodes: ["RUS", "a&b <\"x\">", "=SUM(A1)"],
        nodeAttributes: [
            AttributeColumn(name: "label", strings: ["Russia", "Tom & Jerry's \"<x>\"", "-1+1"]),
            AttributeColumn(name: "kind", strings: ["country", "group", "organization"]),
            AttributeColumn(name: "score", doubles: [0.5, 1e-7, 12]),
            AttributeColumn(name: "core", type: .integer, values: [.integer(2), nil, .integer(-3)]),
            AttributeColumn(name: "flag", type: .boolean, values: [.boolean(true), .boolean(false), nil]),
        ],
        sources: [0, 1], targets: [1, 2],
        edgeAttributes: [
            AttributeColumn(name: "weight", doubles: [2.5, 0.1]),
            AttributeColumn(name: "distance", doubles: [0.4, 10]),
        ])

    @Test func readsNetworkXGraphML() throws {
        let g = try GraphMLReader.read(Data(Self.networkXGraphML.utf8))
        #expect(g.nodes == ["a", "b", "c"])
        #expect(g.sources == [0, 1] && g.targets == [1, 2])
        #expect(g.nodeAttribute("color")?.values == [.string("red"), .string("grey"), .string("grey")])
        #expect(g.edgeAttribute("weight")?.values == [.double(1.5), nil])
        #expect(!g.isDirected)
    }

    @Test func graphMLRoundTrip() throws {
        let text = GraphWriter.graphML(Self.sample)
        #expect(!text.contains("a&b <"))
        #expect(text.contains("a&amp;b &lt;&quot;x&quot;&gt;"))
        #expect(try GraphMLReader.read(Data(text.utf8)) == Self.sample)
    }

    @Test func gexfRoundTrip() throws {
        let text = GraphWriter.gexf(Self.sample)
        #expect(text.contains("xmlns=\"http://gexf.net/1.3\"") && text.contains("version=\"1.3\""))
        #expect(text.contains("<edge id=\"0\" source=\"RUS\" target=\"a&amp;b &lt;&quot;x&quot;&gt;\" weight=\"2.5\">"))
        var back = try GEXFReader.read(Data(text.utf8))
        // The label and weight become the first columns; the rest keep their order.
        #expect(back.nodeAttributes.map(\.name) == ["label", "kind", "score", "core", "flag"])
        #expect(back.edgeAttributes.map(\.name) == ["weight", "distance"])
        back.nodeAttributes.sort { a, b in
            Self.sample.nodeAttributes.firstIndex { $0.name == a.name }! < Self.sample.nodeAttributes.firstIndex { $0.name == b.name }!
        }
        #expect(back == Self.sample)
    }

    @Test func readsGEXF12AsNetworkXWritesIt() throws {
        let text = """
            <?xml version='1.0' encoding='utf-8'?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta lastmodifieddate="2024-06-19"><creator>NetworkX 3.6.1</creator></meta>
              <graph defaultedgetype="undirected" mode="static" name="">
                <attributes mode="static" class="node"><attribute id="0" title="size" type="long"><default>7</default></attribute></attributes>
                <nodes>
                  <node id="0" label="0"><attvalues><attvalue for="0" value="3" /></attvalues></node>
                  <node id="1" label="1" />
                </nodes>
                <edges><edge source="0" target="1" id="0" weight="0.25" /></edges>
              </graph>
            </gexf>
            """
        let g = try GEXFReader.read(Data(text.utf8))
        #expect(g.nodes == ["0", "1"])
        #expect(g.nodeAttribute("size")?.values == [.integer(3), .integer(7)])
        #expect(g.edgeAttribute("weight")?.values == [.double(0.25)])
    }

    @Test(arguments: [
        // External entity (XXE): would read a local file or fetch a URL.
        """
        <?xml version="1.0"?>
        <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <graphml><graph><node id="&xxe;"/></graph></graphml>
        """,
        // Entity expansion ("billion laughs").
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
        <graphml><graph><node id="&lol2;"/></graph></graphml>
        """,
        // An external DTD.
        """
        <?xml version="1.0"?>
        <!DOCTYPE graphml SYSTEM "http://example.com/graphml.dtd">
        <graphml><graph><node id="a"/></graph></graphml>
        """,
    ])
    func documentTypeDeclarationsAreRefused(text: String) {
        #expect(throws: GraphFormatError.documentTypeDeclaration) { try GraphMLReader.read(Data(text.utf8)) }
        #expect(throws: GraphFormatError.documentTypeDeclaration) { try GEXFReader.read(Data(text.utf8)) }
    }

    @Test func errorsNameTheLine() {
        let undeclared = "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>\n</graph>\n</graphml>"
        #expect(throws: GraphFormatError.unknownNode("zz", line: 4)) { try GraphMLReader.read(Data(undeclared.utf8)) }
        let duplicate = "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>"
        #expect(throws: GraphFormatError.duplicateNode("a", line: 3)) { try GraphMLReader.read(Data(duplicate.utf8)) }
        let badValue = """
            <graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph>
            <node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="w">heavy</data></edge></graph></graphml>
            """
        #expect(throws: GraphFormatError.invalidXML(line: 3, reason: "edge attribute 'weight': 'heavy' is not a double")) {
            try GraphMLReader.read(Data(badValue.utf8))
        }
        let nested = "<graphml><graph><node id=\"a\"><graph id=\"inner\"/></node></graph></graphml>"
        #expect(throws: GraphFormatError.unsupported("nested graphs (line 1)")) { try GraphMLReader.read(Data(nested.utf8)) }
        #expect(throws: GraphFormatError.self) { try GraphMLReader.read(Data("<graphml><graph>".utf8)) }
        #expect(throws: GraphFormatError.self) { try GraphMLReader.read(Data("<gexf/>".utf8)) }
    }

    @Test func controlCharactersNeverReachTheXML() throws {
        let g = GraphData(nodes: ["a\u{1}b", "tab\there"], sources: [0], targets: [1])
        let text = GraphWriter.graphML(g)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(try GraphMLReader.read(Data(text.utf8)).nodes == ["a\u{FFFD}b", "tab\there"])
    }
}

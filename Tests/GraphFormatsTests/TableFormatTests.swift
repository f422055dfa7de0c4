import AllianceGraph
import Foundation
import Testing

@testable import GraphFormats

@Suite("CSV tables, node-link JSON, analysis graphs")
struct TableFormatTests {
    @Test func csvCellsAreSafeInSpreadsheets() {
        #expect(CSVText.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.cell("+1") == "'+1")
        #expect(CSVText.cell("-1") == "'-1")
        #expect(CSVText.cell("@SUM") == "'@SUM")
        #expect(CSVText.cell("Korea, South") == "\"Korea, South\"")
        #expect(CSVText.cell("plain") == "plain")
    }

    @Test func csvTables() throws {
        let g = XMLFormatTests.sample
        let nodes = GraphWriter.csvNodes(g)
        #expect(nodes.split(separator: "\n").first == "id,label,kind,score,core,flag")
        #expect(nodes.contains("'=SUM(A1),'-1+1,organization,12,-3,\n"))
        let edges = GraphWriter.csvEdges(g)
        #expect(edges.hasPrefix("source,target,weight,distance\nRUS,"))
        // The edge table reads back as an edge list, weights included (formula-like ids keep their
        // apostrophe: it is part of the cell).
        let back = try EdgeListReader.read(Data(edges.utf8), format: .csv)
        #expect(back.nodes == ["RUS", "a&b <\"x\">", "'=SUM(A1)"])
        #expect(back.edgeAttribute("weight")?.values == [.double(2.5), .double(0.1)])
    }

    @Test func nodeLinkRoundTrip() throws {
        let text = GraphWriter.nodeLinkJSON(XMLFormatTests.sample)
        #expect(text.contains("\"directed\": false") && text.contains("\"edges\": ["))
        // JSON objects have no key order: columns come back sorted by name.
        var expected = XMLFormatTests.sample
        expected.nodeAttributes.sort { $0.name < $1.name }
        expected.edgeAttributes.sort { $0.name < $1.name }
        let back = try NodeLinkReader.read(Data(text.utf8))
        #expect(back == expected)
    }

    @Test func nodeLinkFromNetworkX() throws {
        // networkx < 3.4 wrote "links"; ids may be numbers.
        let text = """
            {"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 0, "size": 2}, {"id": 1, "size": 2.5}],
             "links": [{"source": 0, "target": 1, "weight": 3, "tags": ["a"]}]}
            """
        let g = try NodeLinkReader.read(Data(text.utf8))
        #expect(g.nodes == ["0", "1"])
        #expect(g.nodeAttribute("size")?.values == [.double(2), .double(2.5)])
        #expect(g.edgeAttribute("weight")?.values == [.integer(3)])
        #expect(g.edgeAttribute("tags")?.values == [.string("[\"a\"]")])
        #expect(throws: GraphFormatError.self) { try NodeLinkReader.read(Data("[1, 2]".utf8)) }
        #expect(throws: GraphFormatError.self) {
            try NodeLinkReader.read(Data("{\"nodes\": [{\"id\": 1}], \"edges\": [{\"source\": 1, \"target\": 9}]}".utf8))
        }
    }

    @Test func analysisGraphSumsPairsAndDropsSelfLoops() throws {
        let g = GraphData(
            isDirected: true, nodes: ["b", "a", "c"], sources: [0, 1, 0, 2], targets: [1, 0, 0, 0],
            edgeAttributes: [AttributeColumn(name: "weight", type: .double, values: [.double(2), .double(0.5), .double(9), nil])])
        let a = try g.analysisGraph()
        #expect(a.ids == ["a", "b", "c"])
        #expect(a.edgeCount == 2)
        #expect(a.nodeStrengths() == [2.5, 3.5, 1])
        let unweighted = try g.analysisGraph(weight: nil)
        #expect(unweighted.nodeStrengths() == [2, 3, 1])
    }

    @Test func analysisGraphRejectsBadWeights() {
        let g = GraphData(
            nodes: ["a", "b"], sources: [0], targets: [1],
            edgeAttributes: [AttributeColumn(name: "weight", doubles: [-2])])
        #expect(throws: GraphFormatError.invalidEdgeWeight("-2", source: "a", target: "b")) { try g.analysisGraph() }
    }

    @Test func analysisGraphExportsWeightAndDistance() throws {
        let a = AnalysisGraph(ids: ["x", "y", "z"], pairs: [(0, 1, 2), (1, 2, 0.5)])
        let g = GraphData(analysis: a, nodeAttributes: [AttributeColumn(name: "label", strings: ["X", "Y", "Z"])])
        #expect(g.sources == [0, 1] && g.targets == [1, 2])
        #expect(g.edgeAttribute("weight")?.values == [.double(2), .double(0.5)])
        #expect(g.edgeAttribute("distance")?.values == [.double(0.5), .double(2)])
        #expect(try g.analysisGraph() == AnalysisGraph(ids: ["x", "y", "z"], labels: ["X", "Y", "Z"], pairs: [(0, 1, 2), (1, 2, 0.5)]))
    }
}

import Foundation
import Testing

@testable import GraphFormats

@Suite("Edge lists")
struct EdgeListReaderTests {
    func read(_ text: String, _ format: GraphFileFormat = .tsv) throws -> GraphData {
        try EdgeListReader.read(Data(text.utf8), format: format)
    }

    func weights(_ g: GraphData) -> [Double] {
        g.edgeAttribute("weight")?.values.map { $0?.number ?? .nan } ?? []
    }

    @Test func tabsWithoutHeaderWithAndWithoutWeights() throws {
        let g = try read("a\tb\t2.5\nb\tc\n\nc\ta\t0.5\n")
        #expect(g.nodes == ["a", "b", "c"])
        #expect(g.sources == [0, 1, 2] && g.targets == [1, 2, 0])
        #expect(weights(g) == [2.5, 1, 0.5])
        #expect(!g.isDirected)
    }

    @Test func spacesCommentsAndCRLF() throws {
        let g = try read("# a SNAP-style file\r\n% another comment\r\n1   2\r\n2 3 4\r\n")
        #expect(g.nodes == ["1", "2", "3"])
        #expect(weights(g) == [1, 4])
    }

    @Test func noWeightColumnMeansNoWeights() throws {
        let g = try read("x y\ny z\n")
        #expect(g.edgeAttributes.isEmpty)
        #expect(g.edgeCount == 2)
    }

    @Test(arguments: [
        "source\ttarget\tweight\na\tb\t3\n", "Source\tTarget\na\tb\t3\n", "from\tto\tvalue\na\tb\t3\n",
        "node1\tnode2\tstrength\na\tb\t3\n",
    ])
    func headersAreRecognized(text: String) throws {
        let g = try read(text)
        #expect(g.nodes == ["a", "b"])
        #expect(weights(g) == [3])
    }

    @Test func headerColumnsAreFoundByName() throws {
        let g = try read("weight,extra,target,source\n2,x,b,a\n", .csv)
        #expect(g.nodes == ["a", "b"])
        #expect(g.sources == [0] && g.targets == [1])
        #expect(weights(g) == [2])
    }

    @Test func csvQuotingAndTrimming() throws {
        let g = try read("source,target,weight\n\"Korea, South\",\"the \"\"West\"\"\",1.5\n b , c ,\n", .csv)
        #expect(g.nodes == ["Korea, South", "the \"West\"", "b", "c"])
        #expect(weights(g) == [1.5, 1])
    }

    @Test func quotedLineBreaksKeepLineNumbers() {
        #expect(throws: GraphFormatError.invalidWeight("x", line: 3)) {
            try read("\"a\nb\",c,1\nd,e,x\n", .csv)
        }
    }

    @Test(arguments: [
        ("a\tb\t1\nb\tc\tabc\n", GraphFormatError.invalidWeight("abc", line: 2)),
        ("a\tb\t-1\n", GraphFormatError.invalidWeight("-1", line: 1)),
        ("a\tb\t0\n", GraphFormatError.invalidWeight("0", line: 1)),
        ("a\tb\tnan\n", GraphFormatError.invalidWeight("nan", line: 1)),
        ("a\tb\tinf\n", GraphFormatError.invalidWeight("inf", line: 1)),
        ("# c\na\tb\nlonely\n", GraphFormatError.invalidLine(line: 3, reason: "expected a source and a target, found 1 field")),
    ])
    func errorsNameTheLine(text: String, error: GraphFormatError) {
        #expect(throws: error) { try read(text) }
    }

    @Test func errorMessagesNameTheLine() {
        #expect(GraphFormatError.invalidWeight("abc", line: 2).description == "line 2: weight 'abc' is not a finite number > 0")
    }

    @Test func unterminatedQuote() {
        #expect(throws: GraphFormatError.invalidLine(line: 2, reason: "unterminated quoted field")) {
            try read("a,b\n\"c,d\n", .csv)
        }
    }

    @Test func formatFromExtension() {
        #expect(GraphFileFormat(path: "x/edges.tsv") == .tsv)
        #expect(GraphFileFormat(path: "edges.TXT") == .tsv)
        #expect(GraphFileFormat(path: "g.graphml") == .graphml)
        #expect(GraphFileFormat(path: "g.gexf") == .gexf)
        #expect(GraphFileFormat(path: "g.csv") == .csv)
        #expect(GraphFileFormat(path: "g.json") == .json)
        #expect(GraphFileFormat(path: "README") == nil)
        #expect(GraphFileFormat(path: ".hidden") == nil)
    }
}

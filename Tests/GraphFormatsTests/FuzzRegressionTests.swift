import Foundation
import Testing

@testable import GraphFormats

/// Inputs found by `scripts/fuzz` (Fuzz/FuzzEdgeList, Fuzz/FuzzGraphML, Fuzz/FuzzGEXF), run through
/// the same API: each must give a clear typed error or a graph that survives a GraphML round trip.
@Suite("Fuzz regressions: graph files")
struct GraphFormatsFuzzRegressionTests {
    /// Fuzz finding: a NUL inside a node id was read, then exported to GraphML as U+FFFD, so the export
    /// silently renamed the node (and could merge two). Such ids are now refused with the line.
    @Test(arguments: [GraphFileFormat.tsv, .csv])
    func controlCharacterInNodeIDIsRefused(format: GraphFileFormat) {
        let sep = format == .tsv ? "\t" : ","
        let text = "source\(sep)target\(sep)weight\nRUS\(sep)VNM\(sep)1.5\nIRN\(sep)Rz\u{0}US\(sep)2\n"
        #expect(throws: GraphFormatError.invalidLine(
            line: 3, reason: "node id contains the control character U+0000, which graph files cannot hold")
        ) {
            try EdgeListReader.read(Data(text.utf8), format: format)
        }
    }

    @Test func controlCharacterInNodeLinkIDIsRefused() {
        let json = #"{"nodes": [{"id": "a\u0001"}], "links": []}"#
        #expect(throws: GraphFormatError.self) { try NodeLinkReader.read(Data(json.utf8)) }
    }

    @Test func idsXMLCanHoldStillRead() throws {
        let g = try EdgeListReader.read(Data("a\u{85}b\tc d\n".utf8), format: .tsv)
        #expect(g.nodes == ["a\u{85}b", "c d"])
        #expect(try GraphMLReader.read(Data(GraphWriter.graphML(g).utf8)).nodes == g.nodes)
    }

    /// Fuzz finding: an element name that is not UTF-8 (`<` then 0xFF) made FoundationXML trap, so
    /// `alliance metrics x.graphml` died with SIGILL. XML that is not UTF-8 is now refused first.
    @Test(arguments: [[0x3C, 0xFF, 0x01, 0x00, 0x6B], [0x3C, 0xFF, 0x00, 0x00, 0x00]] as [[UInt8]])
    func xmlThatIsNotUTF8IsRefused(bytes: [UInt8]) {
        #expect(throws: GraphFormatError.notUTF8) { try GraphMLReader.read(Data(bytes)) }
        #expect(throws: GraphFormatError.notUTF8) { try GEXFReader.read(Data(bytes)) }
    }

    /// UTF-16 (or any declared encoding but UTF-8) could hide a DOCTYPE from the byte check: refused.
    @Test func otherEncodingsAreRefused() {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><graphml/>".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        #expect(throws: GraphFormatError.notUTF8) { try GraphMLReader.read(Data(utf16)) }
        let ebcdic = Data("<?xml version=\"1.0\" encoding='IBM037'?><graphml/>".utf8)
        #expect(throws: GraphFormatError.unsupported("XML encoding 'IBM037' (graph files are read as UTF-8)")) {
            try GraphMLReader.read(ebcdic)
        }
        let declared = Data("\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>".utf8)
        #expect((try? GraphMLReader.read(declared))?.nodes == ["a"])
    }

    /// Fuzz finding: `<?x?>` (a processing instruction without data) made FoundationXML call strlen on a
    /// null pointer: a segmentation fault. Refused before parsing.
    @Test(arguments: ["<?x?>", "<?xml version=\"1.0\"?><graphml><?pi ?></graphml>", "<graphml><!-- <?x\n?> --></graphml>"])
    func processingInstructionWithoutDataIsRefused(text: String) {
        let expected = GraphFormatError.unsupported("a processing instruction without data (<?name?>), which the XML parser cannot read")
        #expect(throws: expected) { try GraphMLReader.read(Data(text.utf8)) }
        #expect(throws: expected) { try GEXFReader.read(Data(text.utf8)) }
    }

    @Test func processingInstructionWithDataIsRead() throws {
        let text = "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.css\"?><graphml><graph><node id=\"a\"/></graph></graphml>"
        #expect(try GraphMLReader.read(Data(text.utf8)).nodes == ["a"])
    }
}

import AllianceGraph
import Foundation
import FuzzSupport
import GraphFormats

/// Fuzzes the edge-list reader: the first byte picks TSV or CSV, the rest is the file. Any bytes give a
/// ``GraphFormatError`` or a graph whose edges join known nodes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = fuzzInput(start, count)
    guard let first = data.first else { return 0 }
    let format: GraphFileFormat = first & 1 == 0 ? .tsv : .csv
    guard let graph = try? EdgeListReader.read(data.dropFirst(), format: format) else { return 0 }
    checkGraph(graph)
    return 0
}

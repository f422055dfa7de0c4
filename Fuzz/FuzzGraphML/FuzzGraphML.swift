import Foundation
import FuzzSupport
import GraphFormats

/// Fuzzes the GraphML reader: any bytes give a ``GraphFormatError`` or a graph whose edges join known nodes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    if let graph = try? GraphMLReader.read(fuzzInput(start, count)) { checkGraph(graph) }
    return 0
}

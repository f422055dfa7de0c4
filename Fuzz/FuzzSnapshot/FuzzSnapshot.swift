import AllianceGraph
import Foundation
import FuzzSupport

/// Fuzzes the snapshot decoder (`graph.json`): any bytes give a ``SnapshotError`` or a snapshot; a
/// snapshot written back must read again, and its analysis graph must be computable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let snapshot = try? Snapshot(jsonData: fuzzInput(start, count)) else { return 0 }
    do {
        let again = try Snapshot(jsonData: snapshot.jsonData())
        fuzzCheck(again.graph.nodes.count == snapshot.graph.nodes.count, "round trip changed the node count")
        fuzzCheck(again.graph.edges.count == snapshot.graph.edges.count, "round trip changed the edge count")
    } catch {
        fuzzCheck(false, "a snapshot written by jsonData() does not read back: \(error)")
    }
    // Bounded work per input: metrics only on small graphs.
    if snapshot.graph.nodes.count <= 64 {
        let graph = AnalysisGraph(projecting: snapshot.graph, options: AnalysisOptions())
        _ = try? graph.centralities()
    }
    return 0
}

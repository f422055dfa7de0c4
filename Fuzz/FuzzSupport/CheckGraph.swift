import Foundation
import GraphFormats

/// Checks what every reader promises about a graph it returns: edge ends and attribute columns in
/// range, unique node ids; and that the graph survives the analysis projection and a GraphML round trip
/// (what `alliance metrics` and `alliance export` do with it).
public func checkGraph(_ g: GraphData) {
    fuzzCheck(g.sources.count == g.targets.count, "sources and targets differ in length")
    for k in g.sources.indices {
        fuzzCheck(g.nodes.indices.contains(Int(g.sources[k])) && g.nodes.indices.contains(Int(g.targets[k])), "edge \(k) ends outside the nodes")
    }
    fuzzCheck(Set(g.nodes).count == g.nodes.count, "duplicate node ids")
    for c in g.nodeAttributes { fuzzCheck(c.values.count == g.nodes.count, "node column \(c.name) has the wrong length") }
    for c in g.edgeAttributes { fuzzCheck(c.values.count == g.edgeCount, "edge column \(c.name) has the wrong length") }
    _ = try? g.analysisGraph(weight: "weight")
    do {
        let again = try GraphMLReader.read(Data(GraphWriter.graphML(g).utf8))
        fuzzCheck(again.nodes == g.nodes, "GraphML round trip changed the node ids")
        fuzzCheck(again.edgeCount == g.edgeCount, "GraphML round trip changed the edge count")
    } catch {
        fuzzCheck(false, "GraphML written from a graph read back with an error: \(error)")
    }
}

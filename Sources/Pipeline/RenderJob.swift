import AllianceGraph
import Foundation
import Graphviz

/// What `alliance render` can produce: our own DOT text, or a Graphviz rendering of it.
public enum DiagramFormat: String, CaseIterable, Sendable { case dot, svg, png, pdf }

/// Draws a snapshot: DOT from the Swift encoder, everything else from Graphviz in-process.
public struct RenderJob {
    /// Nodes above which the layout engine defaults to `sfdp` (multiscale force-directed) instead of `neato`.
    public static let largeGraphNodes = 300

    public let snapshot: Snapshot

    public init(snapshot: Snapshot) {
        self.snapshot = snapshot
    }

    /// The default layout engine for a graph of this size.
    public func defaultLayout() -> LayoutEngine {
        snapshot.graph.nodes.count > Self.largeGraphNodes ? .sfdp : .neato
    }

    /// Per-node values that style the diagram: size by PageRank, fill by isolation score.
    public func diagramMetrics() -> DiagramMetrics? {
        let options = AnalysisOptions(level: .actor)
        let analysis = AnalysisGraph(projecting: snapshot.graph, options: options)
        guard let table = try? analysis.centralities([.pagerank]),
            let iso = try? IsolationReport(graph: snapshot.graph, options: options)
        else { return nil }
        let pr = table.values[.pagerank] ?? []
        let maxPR = pr.max() ?? 0
        var nodes: [ActorID: DiagramMetrics.NodeValues] = [:]
        for (i, id) in analysis.ids.enumerated() {
            nodes[id] = .init(size: maxPR > 0 ? pr[i] / maxPR : 0, isolation: iso.score(of: id)?.score)
        }
        return DiagramMetrics(nodes: nodes, sizeCaption: "PageRank", isolationCaption: "isolation score")
    }

    public func dot(title: String? = nil) -> String {
        DOTEncoder(options: DiagramOptions(snapshot: snapshot, title: title)).encode(snapshot.graph, metrics: diagramMetrics())
    }

    public func render(format: DiagramFormat, layout: LayoutEngine? = nil, title: String? = nil) throws(PipelineError) -> Data {
        let text = dot(title: title)
        let renderFormat: RenderFormat
        switch format {
        case .dot: return Data(text.utf8)
        case .svg: renderFormat = .svg
        case .png: renderFormat = .png
        case .pdf: renderFormat = .pdf
        }
        do {
            return Data(try GraphvizRenderer().render(dot: text, layout: layout ?? defaultLayout(), format: renderFormat))
        } catch {
            throw .graphviz(error)
        }
    }
}

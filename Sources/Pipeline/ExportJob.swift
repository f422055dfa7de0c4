import AllianceGraph
import GraphFormats

/// The formats of `alliance export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, gexf, csv, json
}

/// Turns a graph into a file for other tools: the analysis graph (undirected, one strength per pair) with
/// `weight` (the strength) and `distance` (`1 / strength`) on every edge, and on every node its label,
/// kind (when known), the requested metrics and, for snapshots, the isolation score.
public struct ExportJob {
    public let input: LoadedGraph
    public let options: AnalysisOptions
    public let metrics: [Metric]
    public let weight: String?

    /// - Parameters:
    ///   - input: the graph read from a file.
    ///   - options: the projection of a snapshot (level, planned ties); ignored for other formats.
    ///   - metrics: the metrics written as node attributes (may be empty).
    ///   - weight: the edge attribute that holds strengths in non-snapshot input.
    public init(input: LoadedGraph, options: AnalysisOptions, metrics: [Metric] = Metric.allCases, weight: String? = "weight") {
        self.input = input
        self.options = options
        self.metrics = metrics
        self.weight = weight
    }

    /// The graph with its attributes, nodes in id order, edges `i < j` in index order.
    public func graphData() throws(PipelineError) -> GraphData {
        let g = try input.analysisGraph(options: options, weight: weight)
        var columns = [AttributeColumn(name: "label", strings: g.labels)]
        if input.hasKinds { columns.append(AttributeColumn(name: "kind", strings: g.kinds.map(\.rawValue))) }
        if !metrics.isEmpty {
            let table: CentralityTable
            do {
                table = try g.centralities(metrics)
            } catch {
                throw .metric(error)
            }
            for m in table.metrics {
                let values = table.values[m]!
                if m == .community || m == .coreNumber {
                    columns.append(AttributeColumn(name: m.rawValue, type: .integer, values: values.map { .integer(Int($0)) }))
                } else {
                    columns.append(AttributeColumn(name: m.rawValue, doubles: values))
                }
            }
        }
        if let snapshot = input.snapshot {
            let report = try AnalysisJob.isolation(snapshot.graph, options: options)
            columns.append(
                AttributeColumn(
                    name: "isolation", type: .double,
                    values: g.ids.map { id in report.score(of: id).map { .double($0.score) } }))
        }
        return GraphData(analysis: g, nodeAttributes: columns)
    }

    /// The exported files' contents: one text, or for CSV two — the node table, then the edge table
    /// (whose file name gets `-edges` before the extension, see ``edgeTablePath(for:)``).
    public func render(_ format: ExportFormat) throws(PipelineError) -> [String] {
        let data = try graphData()
        switch format {
        case .graphml: return [GraphWriter.graphML(data)]
        case .gexf:
            let description =
                input.snapshot != nil
                ? "Analysis graph of \(input.path) (\(options.level.rawValue) level)" : "Analysis graph of \(input.path)"
            return [GraphWriter.gexf(data, description: description)]
        case .csv: return [GraphWriter.csvNodes(data), GraphWriter.csvEdges(data)]
        case .json: return [GraphWriter.nodeLinkJSON(data)]
        }
    }

    /// Where the edge table of a CSV export goes: `-edges` inserted before the extension
    /// (`out/graph.csv` → `out/graph-edges.csv`; `graph` → `graph-edges`).
    public static func edgeTablePath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        if let dot = path.lastIndex(of: "."), dot > (slash ?? path.startIndex), dot != path.startIndex,
            path[path.index(before: dot)] != "/"
        {
            return String(path[..<dot]) + "-edges" + String(path[dot...])
        }
        return path + "-edges"
    }
}

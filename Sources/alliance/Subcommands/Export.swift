import AllianceGraph
import ArgumentParser
import Foundation
import Pipeline

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the analysis graph as GraphML, GEXF, CSV tables or node-link JSON.",
        discussion: """
            Writes the analysis graph (undirected, one strength per pair) with a "weight" (the strength) and
            a "distance" (1/strength) on every edge, and on every node its label, kind, the metrics and, for
            a snapshot, the isolation score (docs/formats.md).

              graphml  GraphML; loads with networkx.read_graphml, igraph and Gephi
              gexf     GEXF 1.3 for Gephi: node kinds and metrics as attributes, edge weights
              csv      two tables: nodes go to FILE, edges to FILE with "-edges" before the extension
                       (graph.csv -> graph-edges.csv); without -o both go to stdout, nodes first, then
                       one empty line, then edges
              json     node-link JSON; loads with networkx.node_link_graph(data, edges="edges")

            GRAPH may be any file `alliance metrics` reads. Text that a spreadsheet would take for a
            formula (starting with = + - @) gets a leading apostrophe in CSV.

            Examples:
              alliance export Output/graph.json --format graphml -o graph.graphml
              alliance export Output/graph.json --format csv -o graph.csv --level actor
            """)

    @Argument(help: "A snapshot (graph.json) or any graph file `alliance metrics` reads.")
    var graph: String

    @Option(help: "Export format: graphml, gexf, csv or json.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Output file (stdout when omitted); for csv, the node table.")
    var output: String?

    @Option(help: "Input format (default: from the extension).")
    var inputFormat: InputFormat?

    @Option(help: "Comma-separated metrics written as node attributes, or 'none' (default: all).")
    var metrics: String?

    @Option(help: "The edge attribute of a non-snapshot input that holds tie strengths.")
    var weightAttribute: String = "weight"

    @Flag(help: forceHelp)
    var force = false

    @OptionGroup var analysis: AnalysisArguments

    func validate() throws {
        _ = try selectedMetrics()
    }

    func selectedMetrics() throws -> [Metric] {
        guard let metrics else { return Metric.allCases }
        if metrics == "none" { return [] }
        return try parseMetricList(metrics)
    }

    func run() throws {
        let input = try attempt { () throws(PipelineError) in try GraphInput.load(graph, format: inputFormat) }
        let job = ExportJob(input: input, options: analysis.options, metrics: try selectedMetrics(), weight: weightAttribute)
        let files = try attempt { () throws(PipelineError) in try job.render(format) }
        if files.count == 2 {
            if let output {
                let tables = [(output, Data(files[0].utf8)), (ExportJob.edgeTablePath(for: output), Data(files[1].utf8))]
                try attempt { () throws(PipelineError) in try OutputWriter.writeFiles(tables, force: force) }
            } else {
                try emit(Data((files[0] + "\n" + files[1]).utf8), to: nil)
            }
        } else {
            try emit(Data(files[0].utf8), to: output, force: force)
        }
    }
}

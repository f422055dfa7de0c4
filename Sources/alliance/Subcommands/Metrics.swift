import AllianceGraph
import ArgumentParser
import Foundation
import Pipeline

extension InputFormat: ExpressibleByArgument {}

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Centrality and isolation metrics of a snapshot, or of any graph file.",
        discussion: """
            GRAPH is a snapshot (graph.json), GraphML (.graphml), GEXF (.gexf), node-link JSON (.json), or a
            weighted edge list: TSV (.tsv, .txt, .edges; tabs or spaces) or CSV (.csv), one edge per line,
            "source target [weight]", header optional, '#' and '%' lines are comments. The format comes
            from the extension unless --input-format says otherwise (docs/formats.md).

            Metrics are computed on the analysis graph: undirected, one strength per pair (a snapshot's
            cooperative edge weights summed; another graph's edge weights, 1 when missing, repeated pairs
            summed), distance = 1/strength for path-based measures (docs/metrics.md). --level and
            --include-planned apply to snapshots; isolation scores are written for snapshots when no
            --metrics list is given.

            --timings prints to stderr, one line each, in seconds: "load" (reading and parsing the file),
            "graph" (building the analysis graph), then each metric's compute time, then "isolation".

            Examples:
              alliance metrics Output/graph.json --format json --metrics betweenness,pagerank
              alliance metrics edges.tsv --metrics betweenness --timings --format csv
            """)

    @Argument(help: "A snapshot (graph.json), GraphML, GEXF, node-link JSON, or a TSV/CSV edge list.")
    var graph: String

    @Option(help: "Output format: table, csv or json.")
    var format: MetricsFormat = .table

    @Option(help: "Input format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the extension).")
    var inputFormat: InputFormat?

    @Option(help: "Comma-separated metrics to compute (default: all). Known: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
    var metrics: String?

    @Option(help: "The edge attribute (GraphML, GEXF, JSON) that holds tie strengths.")
    var weightAttribute: String = "weight"

    @Flag(help: "Print the load time and each metric's compute time to stderr.")
    var timings = false

    @OptionGroup var analysis: AnalysisArguments

    func validate() throws {
        _ = try selectedMetrics()
    }

    func selectedMetrics() throws -> [Metric] {
        guard let metrics else { return Metric.allCases }
        return try parseMetricList(metrics)
    }

    func run() throws {
        let clock = ContinuousClock()
        let t0 = clock.now
        let input = try attempt { () throws(PipelineError) in try GraphInput.load(graph, format: inputFormat) }
        let t1 = clock.now
        let g = try attempt { () throws(PipelineError) in
            try input.analysisGraph(options: analysis.options, weight: weightAttribute)
        }
        let t2 = clock.now
        if timings {
            note("load: \(seconds(t1 - t0)) s")
            note("graph: \(seconds(t2 - t1)) s (\(g.nodeCount) nodes, \(g.edgeCount) ties)")
        }
        let selected = try selectedMetrics()
        let (table, computeTimes) = try attempt { () throws(PipelineError) in
            try AnalysisJob.timedCentralities(g, metrics: selected)
        }
        if timings { for (metric, duration) in computeTimes { note("\(metric.rawValue): \(seconds(duration)) s") } }
        var isolation: IsolationReport?
        if metrics == nil, let snapshot = input.snapshot {
            let t3 = clock.now
            isolation = try attempt { () throws(PipelineError) in try AnalysisJob.isolation(snapshot, options: analysis.options) }
            if timings { note("isolation: \(seconds(clock.now - t3)) s") }
        }
        let formatter = MetricsFormatter(
            table: table, isolation: isolation, level: input.snapshot != nil ? analysis.level : nil,
            showsKind: input.hasKinds)
        try emit(Data(formatter.format(format).utf8), to: nil)
    }
}

/// Parses a comma-separated list of metric names; a usage error names the unknown one.
func parseMetricList(_ list: String) throws -> [Metric] {
    try list.split(separator: ",").map { name in
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let m = Metric(rawValue: trimmed) else {
            throw ValidationError("unknown metric '\(trimmed)'; known: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return m
    }
}

/// A duration in seconds with microsecond precision, for --timings.
func seconds(_ d: Duration) -> String {
    let (s, attoseconds) = d.components
    return String(format: "%.6f", Double(s) + Double(attoseconds) * 1e-18)
}

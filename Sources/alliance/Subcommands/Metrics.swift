import AllianceGraph
import ArgumentParser
import Foundation
import Pipeline

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Centrality and isolation metrics of a snapshot.",
        discussion: """
            Metrics are computed on the analysis graph: undirected, one strength per pair (the sum of its
            cooperative edge weights), distance = 1/strength for path-based measures (docs/metrics.md).

            Example:
              alliance metrics Output/graph.json --format json --metrics betweenness,pagerank
            """)

    @Argument(help: "A snapshot (graph.json).")
    var graph: String

    @Option(help: "Output format: table, csv or json.")
    var format: MetricsFormat = .table

    @Option(help: "Comma-separated metrics to compute (default: all). Known: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
    var metrics: String?

    @Flag(help: "Print load and compute times to stderr.")
    var timings = false

    @OptionGroup var analysis: AnalysisArguments

    func validate() throws {
        _ = try selectedMetrics()
    }

    func selectedMetrics() throws -> [Metric] {
        guard let metrics else { return Metric.allCases }
        return try metrics.split(separator: ",").map { name in
            guard let m = Metric(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown metric '\(name)'; known: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return m
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let t0 = clock.now
        let snapshot = try attempt { () throws(PipelineError) in try SnapshotFile.load(graph) }
        let t1 = clock.now
        let selected = try selectedMetrics()
        let table = try attempt { () throws(PipelineError) in
            try AnalysisJob.centralities(snapshot, options: analysis.options, metrics: selected)
        }
        let t2 = clock.now
        let isolation = metrics == nil ? try? IsolationReport(graph: snapshot.graph, options: analysis.options) : nil
        if timings {
            note("load: \(t1 - t0)")
            note("compute \(selected.map(\.rawValue).joined(separator: ",")): \(t2 - t1)")
        }
        try emit(Data(MetricsFormatter(table: table, isolation: isolation).format(format).utf8), to: nil)
    }
}

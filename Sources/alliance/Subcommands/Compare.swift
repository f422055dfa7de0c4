import AllianceGraph
import ArgumentParser
import Foundation
import Pipeline

extension ComparisonFormat: ExpressibleByArgument {}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between two snapshots: actors, ties, centrality ranks and isolation, with reasons.",
        discussion: """
            Nodes and ties are matched by stable id, never by position; the snapshots may hold different actors.
            The JSON form is documented in docs/comparison.md.

            Example:
              alliance compare before/graph.json after/graph.json --format markdown
            """)

    @Argument(help: "The older snapshot.")
    var old: String

    @Argument(help: "The newer snapshot.")
    var new: String

    @Option(help: "Output format: text, markdown or json.")
    var format: ComparisonFormat = .text

    @OptionGroup var analysis: AnalysisArguments

    func run() throws {
        let a = try attempt { () throws(PipelineError) in try SnapshotFile.load(old) }
        let b = try attempt { () throws(PipelineError) in try SnapshotFile.load(new) }
        let comparison = try attempt { () throws(PipelineError) in
            try AnalysisJob.compare(a, b, options: analysis.options)
        }
        try emit(Data(ComparisonFormatter(comparison: comparison, old: a, new: b).format(format).utf8), to: nil)
    }
}

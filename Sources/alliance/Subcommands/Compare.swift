import AllianceGraph
import ArgumentParser
import Foundation
import Graphviz
import Pipeline

extension ComparisonFormat: ExpressibleByArgument {}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between two snapshots: actors, ties, centrality ranks and isolation, with reasons.",
        discussion: """
            Nodes and ties are matched by stable id, never by position; the snapshots may hold different actors.
            The JSON form is documented in docs/comparison.md. --diagram draws the union of the two graphs
            once, ties coloured by how they changed (added, removed, strengthened, weakened, unchanged), as
            SVG, PNG, PDF or DOT by the file's extension.

            Example:
              alliance compare before/graph.json after/graph.json --format markdown --diagram diff.svg
            """)

    @Argument(help: "The older snapshot.")
    var old: String

    @Argument(help: "The newer snapshot.")
    var new: String

    @Option(help: "Output format: text, markdown or json.")
    var format: ComparisonFormat = .text

    @Option(name: [.short, .long], help: "Write the comparison to this file instead of stdout.")
    var output: String?

    @Option(help: "Also draw the diff diagram into this file (.svg, .png, .pdf or .dot).")
    var diagram: String?

    @Option(help: "Graphviz layout engine for the diagram (default: dot up to 12 actors, neato above).")
    var layout: LayoutEngine?

    @Option(help: "Title drawn on the diagram.")
    var title: String?

    @Flag(help: forceHelp)
    var force = false

    @OptionGroup var analysis: AnalysisArguments

    func validate() throws {
        if let diagram, DiagramFormat(fileName: diagram) == nil {
            throw ValidationError("--diagram must end in .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        let a = try attempt { () throws(PipelineError) in try SnapshotFile.load(old) }
        let b = try attempt { () throws(PipelineError) in try SnapshotFile.load(new) }
        let job = try attempt { () throws(PipelineError) in try ComparisonJob(old: a, new: b, options: analysis.options) }
        if let diagram, let kind = DiagramFormat(fileName: diagram) {
            let data = try attempt { () throws(PipelineError) in
                switch kind {
                case .dot: Data(try job.diagramDOT(title: title).utf8)
                case .svg: try job.diagram(format: .svg, layout: layout, title: title)
                case .png: try job.diagram(format: .png, layout: layout, title: title)
                case .pdf: try job.diagram(format: .pdf, layout: layout, title: title)
                }
            }
            let text = Data(job.formatted(format).utf8)
            // Both files are checked before either is written.
            if let output {
                try attempt { () throws(PipelineError) in try OutputWriter.writeFiles([(diagram, data), (output, text)], force: force) }
            } else {
                try emit(data, to: diagram, force: force)
                try emit(text, to: nil)
            }
            return
        }
        try emit(Data(job.formatted(format).utf8), to: output, force: force)
    }
}

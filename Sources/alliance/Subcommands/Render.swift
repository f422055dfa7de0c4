import ArgumentParser
import Foundation
import Graphviz
import Pipeline

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a snapshot as DOT, SVG, PNG or PDF (Graphviz in-process).",
        discussion: """
            Example:
              alliance render Output/graph.json --format svg --layout neato -o graph.svg
            """)

    @Argument(help: "A snapshot (graph.json).")
    var graph: String

    @Option(help: "Output format: dot, svg, png or pdf.")
    var format: DiagramFormat = .svg

    @Option(help: "Graphviz layout engine (default: neato, sfdp above 300 nodes).")
    var layout: LayoutEngine?

    @Option(help: "Title drawn on the diagram.")
    var title: String?

    @Option(name: .shortAndLong, help: "Output file (stdout when omitted).")
    var output: String?

    func run() throws {
        let snapshot = try attempt { () throws(PipelineError) in try SnapshotFile.load(graph) }
        let data = try attempt { () throws(PipelineError) in
            try RenderJob(snapshot: snapshot).render(format: format, layout: layout, title: title)
        }
        try emit(data, to: output)
    }
}

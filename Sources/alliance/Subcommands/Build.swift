import ArgumentParser
import Graphviz
import Pipeline

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract an alliance graph from a news corpus and write the snapshot, diagram and reports.",
        discussion: """
            Writes DIR/graph.json, DIR/graph.dot, DIR/graph.svg, DIR/metrics.csv, DIR/isolation.md and
            DIR/report.html (the diagram, isolation ranking, centrality table, evidence and documents in one
            offline page). A graph beyond the drawing limit is drawn as its most central actors.
            Every .txt and .md file under the paths is a document; a manifest.yaml in a folder gives ids,
            titles, publishers and dates. Files are replaced atomically: a failed build leaves DIR as it was. A file in DIR that alliance did
            not write (or that was changed since) is not replaced without --force (see DIR/.alliance-outputs).

            Example:
              alliance build seeds --out Output
            """)

    @Argument(help: "Files and folders of the corpus.")
    var paths: [String] = ["seeds"]

    @Option(name: .long, help: "Output folder.")
    var out: String = "Output"

    @Option(help: "A YAML lexicon merged over the built-in one (see docs/extraction.md).")
    var lexicon: String?

    @Option(help: "Graphviz layout engine for graph.svg (default: dot up to \(RenderJob.smallGraphNodes) nodes, neato, sfdp above \(RenderJob.largeGraphNodes)).")
    var layout: LayoutEngine?

    @Option(help: "Title drawn on the diagram.")
    var title: String?

    @Flag(help: forceHelp)
    var force = false

    @OptionGroup var analysis: AnalysisArguments

    func run() throws {
        var job = BuildJob(paths: paths, outputDirectory: out, lexiconPath: lexicon, layout: layout,
                           analysis: analysis.options, title: title)
        job.force = force
        let summary = try attempt { () throws(PipelineError) in try job.run() }
        for skip in summary.skipped { note("alliance: skipped \(skip.path): \(skip.reason)") }
        note("alliance: \(summary.documents) documents, \(summary.nodes) nodes, \(summary.edges) edges -> \(out)/{\(summary.files.joined(separator: ","))}")
    }
}

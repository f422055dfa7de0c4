import ArgumentParser
import Graphviz
import NewsCorpus
import Pipeline

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract an alliance graph from a news corpus and write the snapshot, diagram and reports.",
        discussion: """
            Writes DIR/graph.json, DIR/graph.dot, DIR/graph.svg, DIR/metrics.csv, DIR/isolation.md and
            DIR/report.html (the diagram, isolation ranking, centrality table, evidence and documents in one
            offline page). A graph beyond the drawing limit is drawn as its most central actors.
            Every .txt and .md file under the paths is a document; a manifest.yaml in a folder gives ids,
            titles, publishers and dates, as may YAML front matter at the top of a document. --since and
            --until restrict the build to documents dated within the bounds (inclusive; undated documents
            are left out). --compare OLD NEW also writes DIR/comparison.md and DIR/comparison.svg (see
            `alliance compare`) and adds a "What changed" section to the report. Files are replaced
            atomically: a failed build leaves DIR as it was. A file in DIR that alliance did
            not write (or that was changed since) is not replaced without --force (see DIR/.alliance-outputs).

            Examples:
              alliance build seeds --out Output
              alliance build corpus --since 2024-06-19 --until 2024-06-30 --out after
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

    @OptionGroup var dates: DateArguments

    @Option(parsing: .upToNextOption, help: "Two snapshots, OLD NEW, to compare in the report and in comparison.md/.svg.")
    var compare: [String] = []

    @Flag(help: "Print how long each phase took (and the extraction's MB/s) to stderr.")
    var timings = false

    @Flag(help: forceHelp)
    var force = false

    @OptionGroup var analysis: AnalysisArguments

    func validate() throws {
        guard compare.isEmpty || compare.count == 2 else { throw ValidationError("--compare takes two snapshots, OLD NEW") }
    }

    func run() throws {
        var job = BuildJob(paths: paths, outputDirectory: out, lexiconPath: lexicon, layout: layout,
                           analysis: analysis.options, title: title, dates: dates.filter,
                           comparison: compare.count == 2 ? (compare[0], compare[1]) : nil)
        job.force = force
        let display = ProgressDisplay(title: "Extracting")
        job.progress = { done, total in display.update(done, total) }
        if timings {
            job.timings = { name, duration in
                let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
                note(String(format: "timing: %@ %.3f s", name, seconds))
            }
        }
        let summary = try attempt { () throws(PipelineError) in
            defer { display.finish() }
            return try job.run()
        }
        for skip in summary.skipped { note("alliance: skipped \(skip.path): \(skip.reason)") }
        if summary.outsideDates.total > 0 {
            note("alliance: \(summary.outsideDates.total) documents outside --since/--until left out (\(summary.outsideDates.undated) undated)")
        }
        note("alliance: \(summary.documents) documents, \(summary.nodes) nodes, \(summary.edges) edges -> \(out)/{\(summary.files.joined(separator: ","))}")
    }
}

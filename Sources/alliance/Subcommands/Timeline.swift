import AllianceGraph
import ArgumentParser
import Foundation
import NewsCorpus
import Pipeline

extension TimelineGrouping: ExpressibleByArgument {}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Isolation and centralities of chosen actors over time: a snapshot per day, week, month or document.",
        discussion: """
            Reads and extracts the corpus once, then builds one snapshot per window (with --cumulative: of
            every document up to the window's end) and writes DIR/timeline.csv (one row per window and
            actor: isolation score and the chosen metrics, empty where the actor is absent) and
            DIR/timeline.svg (a line chart per measure). Windows are calendar days, ISO weeks (labelled by
            their Monday) or months; undated documents can only be placed with --by document. Without
            --entities, the six countries with the most ties in the whole corpus are followed.

            Example:
              alliance timeline corpus --by week --entities RUS,PRK,VNM --metrics pagerank,betweenness --out timeline
            """)

    @Argument(help: "Files and folders of the corpus.")
    var paths: [String] = ["seeds"]

    @Option(help: "Window: day, week, month or document.")
    var by: TimelineGrouping = .week

    @Option(help: "Comma-separated actors to follow (ids, names or aliases).")
    var entities: String?

    @Option(help: "Comma-separated centralities to chart beside the isolation score (default: pagerank).")
    var metrics: String = "pagerank"

    @Flag(help: "Each window's snapshot holds every document up to the window's end.")
    var cumulative = false

    @OptionGroup var dates: DateArguments

    @Option(help: "A YAML lexicon merged over the built-in one.")
    var lexicon: String?

    @Option(help: "Output folder for timeline.csv and timeline.svg.")
    var out: String = "timeline"

    @Option(help: "Title drawn on the chart.")
    var title: String?

    @Flag(help: forceHelp)
    var force = false

    @OptionGroup var analysis: AnalysisArguments

    func validate() throws {
        _ = try parseMetricList(metrics)
    }

    func run() throws {
        let names = entities.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []
        let job = TimelineJob(
            paths: paths, grouping: by, entities: names, metrics: try parseMetricList(metrics), cumulative: cumulative,
            analysis: analysis.options, lexiconPath: lexicon, dates: dates.filter)
        let result = try attempt { () throws(PipelineError) in try job.run() }
        let formatter = TimelineFormatter(result: result)
        try attempt { () throws(PipelineError) in
            var writer = OutputWriter(directory: out, force: force)
            writer.add("timeline.csv", formatter.csv())
            writer.add("timeline.svg", formatter.svg(title: title))
            try writer.commit()
        }
        if result.undated > 0 { note("alliance: \(result.undated) undated documents left out (use --by document to place them)") }
        note("alliance: \(result.windows.count) windows, \(result.entities.count) actors -> \(out)/{timeline.csv,timeline.svg}")
    }
}

import AllianceGraph
import Foundation
import Graphviz
import NewsCorpus

/// `alliance build`: corpus in, snapshot, diagram, metrics and isolation ranking out.
public struct BuildJob {
    public var paths: [String]
    public var outputDirectory: String
    public var lexiconPath: String?
    public var layout: LayoutEngine?
    public var analysis: AnalysisOptions
    public var title: String?
    /// Documents dated outside these bounds (and undated ones, when a bound is given) are left out.
    public var dates: DateFilter
    /// When set, the build also writes comparison.md and comparison.svg for these two snapshots
    /// (old, new) and shows the comparison in report.html.
    public var comparison: (old: String, new: String)?
    /// Called after each chunk of files is extracted with (files done, files in all), e.g. for a progress bar.
    public var progress: ((Int, Int) -> Void)?
    /// Called with each phase's name and duration, in order, when set (`alliance build --timings`).
    public var timings: ((String, Duration) -> Void)?
    /// Replace files in the output folder that this tool did not write (see ``OutputRecord``).
    public var force = false

    public init(paths: [String], outputDirectory: String, lexiconPath: String? = nil, layout: LayoutEngine? = nil,
                analysis: AnalysisOptions = AnalysisOptions(), title: String? = nil, dates: DateFilter? = nil,
                comparison: (old: String, new: String)? = nil) {
        self.dates = dates ?? (try! DateFilter())
        self.comparison = comparison
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.lexiconPath = lexiconPath
        self.layout = layout
        self.analysis = analysis
        self.title = title
    }

    /// What a build produced, for the summary line.
    public struct Summary: Sendable {
        public var documents: Int
        public var skipped: [SkippedInput]
        public var nodes: Int
        public var edges: Int
        public var files: [String]
        /// Documents left out by the date filter (of which undated).
        public var outsideDates: (total: Int, undated: Int) = (0, 0)
    }

    /// The extractor with the built-in lexicon, merged with a user lexicon when given.
    public static func extractor(lexiconPath: String?) throws(PipelineError) -> Extractor {
        do {
            var lexicon = try Lexicon.builtIn()
            if let lexiconPath { lexicon = lexicon.merging(try Lexicon.load(path: lexiconPath)) }
            return Extractor(lexicon: lexicon, cues: try CueDictionary.builtIn())
        } catch {
            throw .corpus(error)
        }
    }

    /// Reads the corpus and builds the snapshot (no files written).
    public func snapshot() throws(PipelineError) -> Snapshot { try snapshotAndCounts().snapshot }

    /// The snapshot, and how many documents the date filter left out (of which undated).
    func snapshotAndCounts() throws(PipelineError) -> (snapshot: Snapshot, outside: (total: Int, undated: Int)) {
        let (snapshot, report) = try snapshotAndReport()
        return (snapshot, (report.leftOut.count, report.leftOut.filter { $0.date == nil }.count))
    }

    /// The snapshot and what the streaming extraction measured.
    func snapshotAndReport() throws(PipelineError) -> (snapshot: Snapshot, report: CorpusGraphBuilder.StreamReport) {
        let builder = CorpusGraphBuilder(extractor: try Self.extractor(lexiconPath: lexiconPath))
        let dates = self.dates
        let extracted: (corpus: CorpusGraphBuilder.ExtractedCorpus, report: CorpusGraphBuilder.StreamReport)
        do {
            extracted = try builder.extract(paths: paths, keep: { dates.contains($0.date) }, progress: progress)
        } catch {
            throw .corpus(error)
        }
        let (corpus, report) = extracted
        guard !corpus.records.isEmpty else {
            guard report.leftOut.isEmpty else {
                let undated = report.leftOut.filter { $0.date == nil }.count
                throw .invalidInput("none of the \(report.leftOut.count) documents is dated within the given --since/--until"
                    + (undated > 0 ? " (\(undated) undated)" : ""))
            }
            throw .corpus(.emptyCorpus(paths: paths))
        }
        return (builder.snapshot(of: corpus, parameters: dates.parameters), report)
    }

    /// The files a build writes, in the order of the summary.
    public static let files = ["graph.json", "graph.dot", "graph.svg", "metrics.csv", "isolation.md", "report.html"]

    /// The diagram of the build: the whole graph (at the job's level), or, when that is beyond
    /// ``RenderLimits/standard``, the most central actors (by PageRank) that fit, with a note saying so.
    public static func diagram(_ render: RenderJob) throws(PipelineError) -> (RenderJob.Drawing, note: String?) {
        try diagram(render, whole: render.drawing())
    }

    static func diagram(_ render: RenderJob, whole: RenderJob.Drawing) throws(PipelineError) -> (RenderJob.Drawing, note: String?) {
        let limits = render.limits
        guard whole.graph.nodes.count > limits.nodes || whole.drawnEdges > limits.edges else { return (whole, nil) }
        var n = min(limits.nodes, whole.graph.nodes.count)
        while true {
            let drawing = try render.drawing(GraphView(top: n))
            if drawing.drawnEdges <= limits.edges || n <= 10 {
                let note = "The diagram shows the \(drawing.graph.nodes.count) most central of \(whole.graph.nodes.count) "
                    + "actors (by PageRank); `alliance render` draws other views (--ego, --top, --types, --polarity)."
                return (drawing, note)
            }
            n = n * 3 / 4
        }
    }

    /// Builds and writes graph.json, graph.dot, graph.svg, metrics.csv, isolation.md and report.html (and,
    /// with ``comparison``, comparison.md and comparison.svg) atomically.
    public func run() throws(PipelineError) -> Summary {
        let clock = ContinuousClock()
        var mark = clock.now
        func phase(_ name: String) {
            timings?(name, clock.now - mark)
            mark = clock.now
        }
        let (snapshot, extraction) = try snapshotAndReport()
        let outside = (extraction.leftOut.count, extraction.leftOut.filter { $0.date == nil }.count)
        timings?("read+extract (\(extraction.bytes) bytes of text)", extraction.extraction)
        timings?("stories", extraction.stories)
        mark = clock.now
        // The diagram is drawn at the level the measures are computed at, so that its fills match the report.
        let render = try RenderJob(snapshot: snapshot, level: analysis.level, style: RenderStyle(title: title))
        let whole = try render.drawing()
        let (drawing, note) = try Self.diagram(render, whole: whole)
        let svg = try RenderJob.layOut(drawing, layout: layout, format: .svg)
        phase("diagram")
        let analysisGraph = AnalysisGraph(projecting: snapshot.graph, options: analysis)
        let table: CentralityTable
        let isolation: IsolationReport
        do {
            table = try analysisGraph.centralities()
        } catch {
            throw .metric(error)
        }
        isolation = try AnalysisJob.isolation(snapshot, options: analysis)
        phase("metrics+isolation")
        var writer = OutputWriter(directory: outputDirectory, force: force)
        var files = Self.files
        var section: ComparisonSection?
        if let comparison {
            let job = try ComparisonJob(
                old: try SnapshotFile.load(comparison.old), new: try SnapshotFile.load(comparison.new), options: analysis)
            let diff = try job.diagram(format: .svg, layout: layout)
            writer.add("comparison.md", job.formatted(.markdown))
            writer.add("comparison.svg", diff)
            files += ["comparison.md", "comparison.svg"]
            section = ComparisonSection(job: job, svg: diff, markdownLink: "comparison.md")
        }
        let report = HTMLReport(
            snapshot: snapshot, drawn: whole.graph, svg: svg, centralities: table, isolation: isolation, level: analysis.level, title: title,
            diagramNote: note, comparison: section)
        writer.add("graph.json", snapshot.jsonData())
        writer.add("graph.dot", drawing.dot)
        writer.add("graph.svg", svg)
        writer.add("metrics.csv", MetricsFormatter(table: table, isolation: isolation).format(.csv))
        writer.add("isolation.md", IsolationFormatter(report: isolation).markdown(title: "Isolation ranking (countries)"))
        writer.add("report.html", report.html())
        phase("reports")
        try writer.commit()
        phase("write")
        return Summary(documents: snapshot.documents.count, skipped: snapshot.skipped, nodes: snapshot.graph.nodes.count,
                       edges: snapshot.graph.edges.count, files: files, outsideDates: outside)
    }
}

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

    public init(paths: [String], outputDirectory: String, lexiconPath: String? = nil, layout: LayoutEngine? = nil,
                analysis: AnalysisOptions = AnalysisOptions(), title: String? = nil) {
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
    public func snapshot() throws(PipelineError) -> Snapshot {
        let corpus: CorpusReader.Result
        do { corpus = try CorpusReader().read(paths) } catch { throw .corpus(error) }
        guard !corpus.documents.isEmpty else { throw .corpus(.emptyCorpus(paths: paths)) }
        let builder = CorpusGraphBuilder(extractor: try Self.extractor(lexiconPath: lexiconPath))
        return builder.build(documents: corpus.documents, skipped: corpus.skipped)
    }

    /// Builds and writes graph.json, graph.dot, graph.svg, metrics.csv and isolation.md atomically.
    public func run() throws(PipelineError) -> Summary {
        let snapshot = try snapshot()
        let render = RenderJob(snapshot: snapshot)
        let dot = render.dot(title: title)
        let svg: [UInt8]
        do {
            svg = try GraphvizRenderer().render(dot: dot, layout: layout ?? render.defaultLayout(), format: .svg)
        } catch {
            throw .graphviz(error)
        }
        let analysisGraph = AnalysisGraph(projecting: snapshot.graph, options: analysis)
        let table: CentralityTable
        let isolation: IsolationReport
        do {
            table = try analysisGraph.centralities()
            isolation = try IsolationReport(graph: snapshot.graph, options: analysis)
        } catch {
            throw .metric(error)
        }
        var writer = OutputWriter(directory: outputDirectory)
        writer.add("graph.json", snapshot.jsonData())
        writer.add("graph.dot", dot)
        writer.add("graph.svg", Data(svg))
        writer.add("metrics.csv", MetricsFormatter(table: table, isolation: isolation).format(.csv))
        writer.add("isolation.md", IsolationFormatter(report: isolation).markdown(title: "Isolation ranking (countries)"))
        try writer.commit()
        return Summary(documents: snapshot.documents.count, skipped: snapshot.skipped, nodes: snapshot.graph.nodes.count,
                       edges: snapshot.graph.edges.count,
                       files: ["graph.json", "graph.dot", "graph.svg", "metrics.csv", "isolation.md"])
    }
}

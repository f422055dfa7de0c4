import AllianceGraph
import Foundation
import Graphviz

/// What `alliance render` can produce: our own DOT text, or a Graphviz rendering of it.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf

    /// The format a file name's extension names (`graph.svg`: svg), or `nil`.
    public init?(fileName: String) {
        let ext = (fileName as NSString).pathExtension.lowercased()
        self.init(rawValue: ext)
    }
}

/// What fills the nodes of a diagram.
public enum NodeColoring: String, CaseIterable, Sendable {
    /// The isolation score, on the viridis scale (light: well connected, dark: isolated).
    case isolation
    /// The bloc (Louvain community of the analysis graph): a pale bloc colour, a coloured double outline
    /// and "bloc N" in the label.
    case bloc
    /// The kind of actor only (pale fills that repeat what the shape says).
    case kind
}

/// What sets the size of the nodes of a diagram: a centrality of the analysis graph, scaled by its maximum.
public enum NodeSizing: String, CaseIterable, Sendable {
    case pagerank, betweenness, degree
    /// Every node at the same size.
    case none

    var metric: Metric? {
        switch self {
        case .pagerank: .pagerank
        case .betweenness: .betweenness
        case .degree: .degree
        case .none: nil
        }
    }
}

/// How a diagram is drawn, beyond the view of the graph it draws.
public struct RenderStyle: Sendable, Equatable {
    public var color: NodeColoring
    public var size: NodeSizing
    /// The first caption line.
    public var title: String?
    /// Where nodes and edges link to (``DiagramOptions/linkBase``); `report.html` by default, the report
    /// `alliance build` writes beside graph.svg.
    public var linkBase: String?

    public init(color: NodeColoring = .isolation, size: NodeSizing = .pagerank, title: String? = nil,
                linkBase: String? = RenderJob.reportLink) {
        self.color = color
        self.size = size
        self.title = title
        self.linkBase = linkBase
    }
}

/// The largest diagram `alliance render` lays out unless forced: beyond it, layout takes long (a `dot`
/// layout of a 1,000-node graph takes about 30 s) and the drawing cannot be read anyway.
public struct RenderLimits: Sendable, Equatable {
    /// Nodes to lay out.
    public var nodes: Int
    /// Drawn edges (bundles of ties, see ``DrawnEdge``) to lay out.
    public var edges: Int

    public init(nodes: Int, edges: Int) {
        self.nodes = nodes
        self.edges = edges
    }

    /// 400 nodes and 1,200 drawn edges.
    public static let standard = RenderLimits(nodes: 400, edges: 1_200)
}

/// Draws a snapshot: a view of its graph, styled by metrics of the whole graph, as DOT from the Swift
/// encoder, or rendered by Graphviz in-process.
///
/// Metrics are computed once, when the job is made, on the analysis graph of the whole snapshot at the
/// level of the drawing (leaders apart at the actor level, folded into their countries at the country
/// level), so that a node has the same size and fill in every view, and many views of one snapshot
/// (``drawing(_:)``) cost one analysis.
///
/// ```swift
/// let job = try RenderJob(snapshot: snapshot, level: .country)
/// let svg = try job.render(GraphView(center: "RUS", depth: 1, level: .country), format: .svg)
/// ```
public struct RenderJob: Sendable {
    /// Nodes above which the layout engine defaults to `sfdp` (multiscale force-directed) instead of `neato`.
    public static let largeGraphNodes = 300
    /// Nodes up to which the layout engine defaults to `dot`: on a handful of nodes (an ego diagram) with
    /// many labelled ties, `dot` keeps every label clear of the lines, where `neato` piles them up.
    public static let smallGraphNodes = 12
    /// The report `alliance build` writes, which diagrams link to.
    public static let reportLink = "report.html"

    public let snapshot: Snapshot
    public let level: AnalysisLevel
    public let style: RenderStyle
    public let limits: RenderLimits
    /// The per-node values that style every drawing (sizes, fills, blocs).
    public let metrics: DiagramMetrics?
    /// PageRank on the analysis graph, for ``GraphView/top``.
    private let pagerank: [ActorID: Double]
    /// The snapshot's graph at the job's level (leaders folded in at the country level), computed once
    /// for every view.
    private let base: Graph

    /// Computes the metrics that `style` needs.
    /// - Throws: ``PipelineError/metric(_:)`` when a metric fails to converge.
    public init(snapshot: Snapshot, level: AnalysisLevel = .country, style: RenderStyle = RenderStyle(),
                limits: RenderLimits = .standard) throws(PipelineError) {
        self.snapshot = snapshot
        self.level = level
        self.style = style
        self.limits = limits
        let options = AnalysisOptions(level: level)
        let analysis = AnalysisGraph(projecting: snapshot.graph, options: options)
        let table: CentralityTable
        let isolation: IsolationReport?
        do {
            var wanted: [Metric] = [.pagerank]
            if let m = style.size.metric, m != .pagerank { wanted.append(m) }
            table = try analysis.centralities(wanted)
        } catch {
            throw .metric(error)
        }
        isolation = style.color == .isolation ? try AnalysisJob.isolation(snapshot, options: options) : nil
        let pr = table.values[.pagerank] ?? []
        var pagerank: [ActorID: Double] = [:]
        for (i, id) in analysis.ids.enumerated() { pagerank[id] = pr[i] }
        self.pagerank = pagerank
        base = level == .country ? snapshot.graph.foldingLeaders(storyOf: snapshot.story(of:)) : snapshot.graph
        let blocs = style.color == .bloc ? analysis.louvainCommunities().labels : nil
        let sizes = style.size.metric.flatMap { table.values[$0] }
        let scores = Dictionary((isolation?.ranking() ?? []).map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        let maxSize = sizes?.max() ?? 0
        var nodes: [ActorID: DiagramMetrics.NodeValues] = [:]
        for (i, id) in analysis.ids.enumerated() {
            nodes[id] = .init(
                size: sizes.map { maxSize > 0 ? $0[i] / maxSize : 0 },
                isolation: scores[id],
                bloc: blocs.map { $0[i] + 1 })
        }
        metrics = style.size == .none && style.color == .kind
            ? nil
            : DiagramMetrics(nodes: nodes, sizeCaption: Self.caption(of: style.size), isolationCaption: "isolation score")
    }

    private static func caption(of size: NodeSizing) -> String {
        switch size {
        case .pagerank: "PageRank"
        case .betweenness: "betweenness centrality"
        case .degree: "degree"
        case .none: ""
        }
    }

    /// The default layout engine for a drawing of `nodes` nodes: `dot` up to ``smallGraphNodes``, `neato`
    /// up to ``largeGraphNodes``, `sfdp` above.
    public static func defaultLayout(nodes: Int) -> LayoutEngine {
        nodes > largeGraphNodes ? .sfdp : nodes > smallGraphNodes ? .neato : .dot
    }

    /// The default layout engine for the whole snapshot.
    public func defaultLayout() -> LayoutEngine { Self.defaultLayout(nodes: snapshot.graph.nodes.count) }

    /// One drawing: the graph a view shows and its DOT text.
    public struct Drawing: Sendable {
        public let graph: Graph
        public let dot: String
        /// The number of drawn edges (bundles of ties) to lay out.
        public let drawnEdges: Int
    }

    /// The graph `view` shows (its level is the job's), and its DOT text.
    /// - Throws: ``PipelineError/invalidInput(_:)`` when the view cannot be applied.
    public func drawing(_ view: GraphView = .whole) throws(PipelineError) -> Drawing {
        var view = view
        view.level = level
        let pagerank = self.pagerank
        let graph: Graph
        do throws(ViewError) {
            // The level is applied once, in `base`; an ego that is a folded leader becomes its country.
            var rest = view
            rest.level = .actor
            if let c = view.center {
                guard snapshot.graph.node(c) != nil else { throw ViewError.unknownCenter(c) }
                if level == .country { rest.center = snapshot.graph.countryLevelID(of: c) }
            }
            graph = try rest.apply(to: base, scores: { _ in pagerank })
        } catch {
            throw .invalidInput(error.description)
        }
        let caption = view.caption(in: snapshot.graph)
        let options = DiagramOptions(
            snapshot: snapshot, title: style.title, drawing: graph == snapshot.graph ? nil : graph, view: caption,
            linkBase: style.linkBase)
        let encoder = DOTEncoder(options: options)
        let dot = encoder.encode(graph, metrics: metrics)
        return Drawing(graph: graph, dot: dot, drawnEdges: DiagramElements(graph: graph).edges.count)
    }

    /// Throws unless `drawing` is within ``limits``, with advice on how to narrow it.
    public func checkSize(_ drawing: Drawing) throws(PipelineError) {
        let (n, e) = (drawing.graph.nodes.count, drawing.drawnEdges)
        guard n > limits.nodes || e > limits.edges else { return }
        throw .invalidInput(
            "the diagram has \(n) nodes and \(e) edges to lay out, more than the \(limits.nodes) nodes or "
                + "\(limits.edges) edges drawn without --force; narrow it with --ego ENTITY, --top N, "
                + "--types, --polarity or --min-weight (or --level country)")
    }

    /// `view` as DOT, SVG, PNG or PDF.
    ///
    /// - Parameters:
    ///   - layout: the engine; by default ``defaultLayout(nodes:)`` of the drawing.
    ///   - force: lay out a drawing beyond ``limits`` anyway. DOT text is never refused: it is not laid out.
    /// - Throws: ``PipelineError/invalidInput(_:)`` for a view that cannot be applied or a drawing beyond
    ///   the limits, ``PipelineError/graphviz(_:)`` when Graphviz fails.
    public func render(_ view: GraphView = .whole, format: DiagramFormat, layout: LayoutEngine? = nil,
                       force: Bool = false) throws(PipelineError) -> Data {
        let drawing = try drawing(view)
        let renderFormat: RenderFormat
        switch format {
        case .dot: return Data(drawing.dot.utf8)
        case .svg: renderFormat = .svg
        case .png: renderFormat = .png
        case .pdf: renderFormat = .pdf
        }
        if !force { try checkSize(drawing) }
        return try Self.layOut(drawing, layout: layout, format: renderFormat)
    }

    /// Lays `drawing` out with Graphviz, in-process.
    public static func layOut(_ drawing: Drawing, layout: LayoutEngine?, format: RenderFormat) throws(PipelineError) -> Data {
        do {
            let engine = layout ?? defaultLayout(nodes: drawing.graph.nodes.count)
            return Data(try GraphvizRenderer().render(dot: drawing.dot, layout: engine, format: format))
        } catch {
            throw .graphviz(error)
        }
    }
}

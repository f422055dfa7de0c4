import AllianceGraph
import Foundation
import Graphviz

/// `alliance compare`: what changed between two snapshots, as text, Markdown or JSON, and as a diff
/// diagram (``ComparisonDOTEncoder``) laid out by Graphviz in-process.
public struct ComparisonJob: Sendable {
    public let old: Snapshot
    public let new: Snapshot
    public let options: AnalysisOptions
    public let comparison: SnapshotComparison

    /// Compares `old` with `new` at the level of `options`, organizations standing for their member
    /// states in the isolation measures (``MembershipTable``).
    public init(old: Snapshot, new: Snapshot, options: AnalysisOptions) throws(PipelineError) {
        self.old = old
        self.new = new
        self.options = options
        do {
            comparison = try SnapshotComparison(old: old, new: new, options: options, membership: MembershipTable.builtInMembership())
        } catch {
            throw .metric(error)
        }
    }

    public func formatted(_ format: ComparisonFormat) -> String {
        ComparisonFormatter(comparison: comparison, old: old, new: new).format(format)
    }

    /// The two graphs the diagram compares: at the country level, leaders folded into their countries.
    private var drawnGraphs: (old: Graph, new: Graph) {
        guard options.level == .country else { return (old.graph, new.graph) }
        return (old.graph.foldingLeaders(storyOf: old.story(of:)), new.graph.foldingLeaders(storyOf: new.story(of:)))
    }

    /// "old: 2 documents, undated · new: 3 documents, 2024-06-19 – 2024-06-20".
    static func describe(_ s: Snapshot, as name: String) -> String {
        let n = s.documents.count
        var text = "\(name): \(n) document\(n == 1 ? "" : "s")"
        if let r = s.dateRange { text += ", " + (r.lowerBound == r.upperBound ? r.lowerBound : "\(r.lowerBound) – \(r.upperBound)") }
        return text
    }

    /// The diff diagram as DOT text. When the union of the two graphs has more actors than `limits`
    /// allows, it shows the actors with the largest changes: actors are ranked by the summed |weight
    /// change| of their changed ties (ties by id), the first `limits.nodes` kept with every tie among them,
    /// and the subtitle says so.
    public func diagramDOT(title: String? = nil, limits: RenderLimits = .standard) throws(PipelineError) -> String {
        var (a, b) = drawnGraphs
        var subtitle = Self.describe(old, as: "old") + " · " + Self.describe(new, as: "new")
            + (options.level == .country ? " · leaders folded into countries" : "")
        let union = Set(a.nodes.map(\.id)).union(b.nodes.map(\.id))
        if union.count > limits.nodes {
            let keep = Self.mostChanged(old: a, new: b, count: limits.nodes)
            guard !keep.isEmpty else {
                throw .invalidInput("the diff diagram would have \(union.count) actors and no tie changed; nothing to draw")
            }
            (a, b) = (a.inducedSubgraph(keep), b.inducedSubgraph(keep))
            subtitle += " · the \(keep.count) actors with the largest changes, of \(union.count)"
        }
        return ComparisonDOTEncoder(title: title ?? "What changed", subtitle: subtitle).encode(old: a, new: b)
    }

    /// The `count` actors whose changed ties sum to the largest |weight change|.
    static func mostChanged(old: Graph, new: Graph, count: Int) -> Set<ActorID> {
        var change: [ActorID: Double] = [:]
        for c in SnapshotComparison.edgeChanges(old: old, new: new) where c.kind != .unchanged && !c.key.type.isStructural {
            change[c.key.source, default: 0] += abs(c.delta)
            change[c.key.target, default: 0] += abs(c.delta)
        }
        return Set(change.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map(\.key))
    }

    /// The diff diagram laid out by Graphviz (`neato` above 12 actors, `dot` up to 12, unless `layout` is given).
    public func diagram(format: RenderFormat, layout: LayoutEngine? = nil, title: String? = nil) throws(PipelineError) -> Data {
        let dot = try diagramDOT(title: title)
        let (a, b) = drawnGraphs
        let nodes = min(Set(a.nodes.map(\.id)).union(b.nodes.map(\.id)).count, RenderLimits.standard.nodes)
        do {
            return Data(try GraphvizRenderer().render(dot: dot, layout: layout ?? RenderJob.defaultLayout(nodes: nodes), format: format))
        } catch {
            throw .graphviz(error)
        }
    }
}

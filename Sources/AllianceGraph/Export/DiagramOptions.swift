/// What a diagram shows besides the graph itself.
public struct DiagramOptions: Sendable, Equatable {
    /// The first line of the caption at the top, e.g. the corpus name. No caption when both it and
    /// ``subtitle`` are `nil`.
    public var title: String?
    /// The second, smaller caption line: corpus, date range and counts (see
    /// ``init(snapshot:title:includePlanned:drawing:view:linkBase:)``).
    public var subtitle: String?
    /// Whether planned or reported-future ties are drawn (dotted, labelled "(planned)").
    public var includePlanned: Bool
    /// Where nodes and edges link to, e.g. `"report.html"`: each edge links to
    /// `<linkBase>#<evidence anchor>` (``DrawnEdge/evidenceAnchor``) and each node to
    /// `<linkBase>#<node anchor>` (``DiagramElements/anchor(ofNodeID:)``); `""` links within the page
    /// that holds the diagram. `nil` for no links. Structural ties have no evidence and no link.
    public var linkBase: String?

    public init(title: String? = nil, subtitle: String? = nil, includePlanned: Bool = true, linkBase: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.includePlanned = includePlanned
        self.linkBase = linkBase
    }

    /// Options whose subtitle describes the snapshot: document count, date range, and the numbers of
    /// actors and of drawn ties, e.g. "12 documents · 2024-06-01 – 2024-06-30 · 9 actors · 14 ties".
    /// The tie count follows `includePlanned`.
    ///
    /// When `drawing` (the graph a view draws) is given and differs from the snapshot's, the counts are
    /// those of the drawing out of the snapshot's ("9 of 22 actors · 20 of 71 ties"), and `view` (what the
    /// view shows, ``GraphView/caption(in:)``) ends the subtitle.
    public init(
        snapshot: Snapshot, title: String? = nil, includePlanned: Bool = true, drawing: Graph? = nil,
        view: String? = nil, linkBase: String? = nil
    ) {
        let documents = snapshot.documents.count
        let countTies = { (g: Graph) in g.edges.filter { includePlanned || !$0.isPlanned }.count }
        var parts = ["\(documents) document\(documents == 1 ? "" : "s")"]
        if let range = snapshot.dateRange {
            let (first, last) = (range.lowerBound, range.upperBound)
            parts.append(first == last ? first : "\(first) – \(last)")
        }
        let actors = snapshot.graph.nodes.count
        let edges = countTies(snapshot.graph)
        if let drawing, drawing != snapshot.graph {
            parts.append("\(drawing.nodes.count) of \(actors) actor\(actors == 1 ? "" : "s")")
            parts.append("\(countTies(drawing)) of \(edges) tie\(edges == 1 ? "" : "s")")
        } else {
            parts.append("\(actors) actor\(actors == 1 ? "" : "s")")
            parts.append("\(edges) tie\(edges == 1 ? "" : "s")")
        }
        if let view, !view.isEmpty { parts.append(view) }
        self.init(title: title, subtitle: parts.joined(separator: " · "), includePlanned: includePlanned, linkBase: linkBase)
    }
}

/// What a diagram shows besides the graph itself.
public struct DiagramOptions: Sendable, Equatable {
    /// The first line of the caption at the top, e.g. the corpus name. No caption when both it and
    /// ``subtitle`` are `nil`.
    public var title: String?
    /// The second, smaller caption line: corpus, date range and counts (see ``init(snapshot:title:includePlanned:)``).
    public var subtitle: String?
    /// Whether planned or reported-future ties are drawn (dotted, labelled "(planned)").
    public var includePlanned: Bool

    public init(title: String? = nil, subtitle: String? = nil, includePlanned: Bool = true) {
        self.title = title
        self.subtitle = subtitle
        self.includePlanned = includePlanned
    }

    /// Options whose subtitle describes the snapshot: document count, date range, and the numbers of
    /// actors and of drawn ties, e.g. "12 documents · 2024-06-01 – 2024-06-30 · 9 actors · 14 ties".
    /// The tie count follows `includePlanned`.
    public init(snapshot: Snapshot, title: String? = nil, includePlanned: Bool = true) {
        let documents = snapshot.documents.count
        let edges = snapshot.graph.edges.filter { includePlanned || !$0.isPlanned }.count
        var parts = ["\(documents) document\(documents == 1 ? "" : "s")"]
        if let range = snapshot.dateRange {
            let (first, last) = (range.lowerBound, range.upperBound)
            parts.append(first == last ? first : "\(first) – \(last)")
        }
        let actors = snapshot.graph.nodes.count
        parts.append("\(actors) actor\(actors == 1 ? "" : "s")")
        parts.append("\(edges) tie\(edges == 1 ? "" : "s")")
        self.init(title: title, subtitle: parts.joined(separator: " · "), includePlanned: includePlanned)
    }
}

import AllianceGraph
import Foundation
import NewsCorpus

/// How a timeline groups documents into windows.
public enum TimelineGrouping: String, CaseIterable, Sendable {
    /// One window per calendar day.
    case day
    /// One window per ISO 8601 week (Monday to Sunday), labelled by its Monday.
    case week
    /// One window per calendar month (`YYYY-MM`).
    case month
    /// One window per document, in date order (undated documents last, by id).
    case document
}

/// `alliance timeline`: a snapshot per time window, and isolation and centralities of chosen actors
/// over the windows (docs/comparison.md, "Timeline").
///
/// The corpus is read and extracted once and stories are clustered once over the whole corpus; each
/// window's snapshot is then an aggregation of its documents' events, so a timeline of many windows
/// costs one extraction. With `cumulative`, a window's snapshot holds every document up to its end.
public struct TimelineJob: Sendable {
    public var paths: [String]
    public var grouping: TimelineGrouping
    /// Actors to follow (ids, labels or aliases); empty: the six countries with the most ties in the
    /// whole corpus.
    public var entities: [String]
    public var metrics: [Metric]
    public var cumulative: Bool
    public var analysis: AnalysisOptions
    public var lexiconPath: String?
    public var dates: DateFilter

    public init(paths: [String], grouping: TimelineGrouping, entities: [String] = [], metrics: [Metric] = [.pagerank],
                cumulative: Bool = false, analysis: AnalysisOptions = AnalysisOptions(), lexiconPath: String? = nil,
                dates: DateFilter? = nil) {
        self.paths = paths
        self.grouping = grouping
        self.entities = entities
        self.metrics = metrics
        self.cumulative = cumulative
        self.analysis = analysis
        self.lexiconPath = lexiconPath
        self.dates = dates ?? (try! DateFilter())
    }

    /// One window of the timeline.
    public struct Window: Sendable {
        /// `2024-06-19` (day), `2024-06-17` (the week's Monday), `2024-06` (month) or a document id.
        public var label: String
        /// First and last day the window covers (nil for an undated document's window).
        public var start: String?
        public var end: String?
        /// Position on the time axis: the first day's number (documents: their index).
        public var position: Int
        /// The documents of the window (with `cumulative`, of this and every earlier window).
        public var documents: [String]
        /// Per followed actor: isolation score and the chosen metrics; nil where the actor is absent.
        public var values: [ActorID: (isolation: Double, metrics: [Metric: Double])]
    }

    public struct Result: Sendable {
        public var windows: [Window]
        /// The followed actors, with their labels, in the order asked.
        public var entities: [(id: ActorID, label: String)]
        public var metrics: [Metric]
        public var grouping: TimelineGrouping
        public var cumulative: Bool
        /// Documents that could not be placed in a window (undated, for day, week and month).
        public var undated: Int
    }

    public func run() throws(PipelineError) -> Result {
        let builder = CorpusGraphBuilder(extractor: try BuildJob.extractor(lexiconPath: lexiconPath))
        let dates = self.dates
        let extracted: CorpusGraphBuilder.ExtractedCorpus
        do {
            extracted = try builder.extract(paths: paths, keep: { dates.contains($0.date) }).corpus
        } catch {
            throw .corpus(error)
        }
        guard !extracted.records.isEmpty else { throw .corpus(.emptyCorpus(paths: paths)) }
        let whole = builder.snapshot(of: extracted)
        let followed = try followedEntities(in: whole, lexicon: builder.extractor.lexicon)

        // Windows: label -> records.
        var groups: [String: (start: CalendarDay?, end: CalendarDay?, position: Int, ids: [String])] = [:]
        var undated = 0
        let ordered = extracted.records.sorted { ($0.date ?? "9999", $0.id) < ($1.date ?? "9999", $1.id) }
        for (index, record) in ordered.enumerated() {
            let day = record.date.flatMap(CalendarDay.init)
            let key: String
            var start = day
            var end = day
            switch grouping {
            case .document:
                key = record.id
                groups[key] = (day, day, index, [record.id])
                continue
            case .day:
                guard let day else { undated += 1; continue }
                key = day.string
            case .week:
                guard let day else { undated += 1; continue }
                start = day.weekStart
                end = CalendarDay(number: day.weekStart.number + 6)
                key = day.weekStart.string
            case .month:
                guard let day, let date = record.date else { undated += 1; continue }
                key = String(date.prefix(7))
                start = CalendarDay(key + "-01")
                end = CalendarDay(number: CalendarDay(Self.nextMonth(key) + "-01")!.number - 1)
                _ = day
            }
            groups[key, default: (start, end, start!.number, [])].ids.append(record.id)
        }
        guard !groups.isEmpty else {
            throw .invalidInput("no document has a date, so none can be placed in a \(grouping.rawValue); use --by document")
        }
        var windows: [Window] = []
        var seen = Set<String>()
        for (label, group) in groups.sorted(by: { ($0.value.position, $0.key) < ($1.value.position, $1.key) }) {
            seen.formUnion(group.ids)
            let members = cumulative ? seen : Set(group.ids)
            let snapshot = builder.snapshot(of: extracted, including: { members.contains($0.id) })
            let isolation = try AnalysisJob.isolation(snapshot, options: analysis)
            let table = try AnalysisJob.centralities(snapshot, options: analysis, metrics: metrics)
            var values: [ActorID: (isolation: Double, metrics: [Metric: Double])] = [:]
            for (id, _) in followed {
                let target = analysis.level == .country ? AnalysisGraph.fold(id, in: whole.graph, level: .country) : id
                guard let score = isolation.score(of: target) else { continue }
                var m: [Metric: Double] = [:]
                for metric in metrics { m[metric] = table.value(metric, of: target) }
                values[id] = (score.score, m)
            }
            windows.append(Window(
                label: label, start: group.start?.string, end: group.end?.string, position: group.position,
                documents: members.sorted(), values: values))
        }
        return Result(windows: windows, entities: followed, metrics: metrics, grouping: grouping, cumulative: cumulative,
                      undated: undated)
    }

    /// The actors asked for (any actor of the lexicon, even one the corpus never links), or by default the
    /// six countries with the most ties in the whole corpus.
    private func followedEntities(in whole: Snapshot, lexicon: Lexicon) throws(PipelineError) -> [(id: ActorID, label: String)] {
        if entities.isEmpty {
            let graph = analysis.level == .country ? whole.graph.foldingLeaders(storyOf: whole.story(of:)) : whole.graph
            var ties: [ActorID: Int] = [:]
            for e in graph.edges where !e.type.isStructural { ties[e.source, default: 0] += 1; ties[e.target, default: 0] += 1 }
            return graph.nodes.filter { $0.kind == .country }
                .sorted { (ties[$0.id] ?? 0, $1.id) > (ties[$1.id] ?? 0, $0.id) }
                .prefix(6).map { ($0.id, $0.label) }
        }
        var known = Dictionary(uniqueKeysWithValues: whole.graph.nodes.map { ($0.id, $0) })
        for e in lexicon.entries where known[e.id] == nil { known[e.id] = Node(id: e.id, label: e.label, kind: e.kind, country: e.country) }
        let resolver = EntityResolver(graph: try! Graph(nodes: Array(known.values), edges: []), lexicon: lexicon)
        var out: [(id: ActorID, label: String)] = []
        for name in entities {
            let id = try resolver.resolve(name)
            if !out.contains(where: { $0.id == id }) { out.append((id, known[id]?.label ?? id.rawValue)) }
        }
        return out
    }

    /// `YYYY-MM` of the month after `month`.
    static func nextMonth(_ month: String) -> String {
        let p = month.split(separator: "-").compactMap { Int($0) }
        let (y, m) = p[1] == 12 ? (p[0] + 1, 1) : (p[0], p[1] + 1)
        return String(format: "%04d-%02d", y, m)
    }
}

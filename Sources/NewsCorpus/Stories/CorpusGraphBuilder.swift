import AllianceGraph
import Foundation

/// Turns a corpus into a snapshot: read, extract (documents in parallel), cluster stories, aggregate.
public struct CorpusGraphBuilder: Sendable {
    public var extractor: Extractor
    public var clustering: StoryClustering
    /// The version of the extraction rules, recorded in every snapshot.
    public static let extractorVersion = "0.1.0"

    public init(extractor: Extractor, clustering: StoryClustering = StoryClustering()) {
        self.extractor = extractor
        var clustering = clustering
        if clustering.actorWords.isEmpty { clustering.actorWords = Self.actorWords(extractor.lexicon) }
        self.clustering = clustering
    }

    /// Every lowercased word of every actor name, adjective, demonym, metonym and title.
    static func actorWords(_ lexicon: Lexicon) -> Set<String> {
        var words = Set<String>()
        for e in lexicon.entries {
            for phrase in [[e.label], e.names, e.adjectives, e.demonyms, e.metonyms, e.titles].compactMap({ $0 }).joined() {
                for t in Tokenizer.tokenize(Array(phrase.unicodeScalars)) where t.kind == .word { words.insert(t.norm) }
            }
        }
        return words
    }

    /// Extracts every document (in parallel over all cores) and aggregates the events into a snapshot.
    public func build(documents: [Document], skipped: [SkippedInput], parameters extra: [String: String] = [:]) -> Snapshot {
        let results = Self.parallelMap(documents) { extractor.extract($0) }
        let stories = clustering.cluster(documents)
        var records = documents.map(\.record)
        for i in records.indices {
            if let s = stories[records[i].id] {
                records[i].story = s.story
                records[i].storySimilarity = s.similarity
            }
        }
        let storyOf = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.story) })
        return Self.aggregate(results: results, records: records, skipped: skipped, lexicon: extractor.lexicon,
                              parameters: parameters(extra), storyOf: storyOf)
    }

    func parameters(_ extra: [String: String]) -> [String: String] {
        var p = extra
        p["extractor_version"] = Self.extractorVersion
        p["cues_version"] = extractor.cues.version
        p["story_threshold"] = String(clustering.threshold)
        p["weight_formula"] = "intensity * (1 + log2(independent_sources))"
        return p
    }

    /// Builds nodes (every actor in an edge, plus the countries of leaders with their `leads` ties) and
    /// edges (one per key, evidence aggregated) from extraction results.
    static func aggregate(results: [DocumentExtraction], records: [DocumentRecord], skipped: [SkippedInput],
                          lexicon: Lexicon, parameters: [String: String], storyOf: [String: String]) -> Snapshot {
        var evidence: [EdgeKey: [Evidence]] = [:]
        for r in results {
            for e in r.events { evidence[e.key, default: []].append(e.evidence) }
        }
        var actors = Set<ActorID>()
        for key in evidence.keys { actors.insert(key.source); actors.insert(key.target) }
        var edges = evidence.map { key, ev in EdgeWeighting.edge(key: key, evidence: ev) { storyOf[$0] ?? $0 } }
        // Leaders are tied to the countries they lead.
        for id in actors.sorted() {
            guard let entry = lexicon.entry(id), entry.kind == .leader, lexicon.isHead(entry),
                let country = entry.country, lexicon.entry(country) != nil else { continue }
            actors.insert(country)
            edges.append(Edge(key: EdgeKey(source: id, target: country, type: .leads), intensity: 1, sources: 1, weight: 1, evidence: []))
        }
        let nodes = actors.sorted().map { id -> Node in
            let e = lexicon.entry(id)
            return Node(id: id, label: e?.label ?? id.rawValue, kind: e?.kind ?? .group, country: e?.country)
        }
        // Keys are unique and every end is a node, so this cannot fail.
        let graph = try! Graph(nodes: nodes, edges: edges)
        return Snapshot(graph: graph, documents: records, skipped: skipped, parameters: parameters,
                        lexiconVersion: lexicon.version)
    }

    /// Maps in parallel over all cores, keeping the input order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // Deinitialize first: deallocating alone leaked every extraction (found by scripts/sanitize).
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let out = results
        DispatchQueue.concurrentPerform(iterations: items.count) { i in out[i] = transform(items[i]) }
        return results.map { $0! }
    }
}

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

    /// A corpus read once: every document's record (with story features and story), its events, and
    /// what was skipped. Snapshots of any subset of its documents are cheap to make (``snapshot(of:including:parameters:)``).
    public struct ExtractedCorpus: Sendable {
        /// Records sorted by id, with ``DocumentRecord/features``, ``DocumentRecord/story`` and similarity set.
        public var records: [DocumentRecord]
        /// The extraction of each record, in the same order.
        public var extractions: [DocumentExtraction]
        public var skipped: [SkippedInput]
    }

    /// Extracts every document and computes its story features (in parallel over all cores), then
    /// clusters stories over the whole corpus.
    public func extract(documents: [Document], skipped: [SkippedInput]) -> ExtractedCorpus {
        let docs = documents.sorted { $0.id < $1.id }
        let results = Self.parallelMap(docs) { doc in
            let text = TokenizedText(doc.text)
            return (extractor.extract(doc, text), clustering.features(of: doc, text))
        }
        var records = docs.map(\.record)
        for i in records.indices { records[i].features = results[i].1 }
        records = Self.assignStories(records, clustering: clustering)
        return ExtractedCorpus(records: records, extractions: results.map(\.0), skipped: skipped)
    }

    /// What a streaming extraction read, besides the corpus: documents the filter left out, and how
    /// long each phase took.
    public struct StreamReport: Sendable {
        /// Records of the documents `keep` rejected.
        public var leftOut: [DocumentRecord] = []
        /// Bytes of the files read (documents kept or not; skipped files not counted).
        public var bytes = 0
        /// Time reading, decoding and extracting (one parallel pass), and clustering stories.
        public var extraction: Duration = .zero
        public var stories: Duration = .zero
    }

    /// Reads and extracts the documents under `paths` in chunks of `chunkSize` files, each chunk in one
    /// parallel pass (read, decode, filter, extract, story features), keeping only records and events:
    /// memory holds at most one chunk of texts, whatever the size of the corpus. Then clusters stories.
    ///
    /// Files are taken in path order, as ``CorpusReader/read(_:)`` does: a document whose id was
    /// already seen is skipped with a reason, and problems with single files are recorded, not thrown.
    /// - Parameters:
    ///   - keep: which documents to keep (a date filter); the others are counted in the report.
    ///   - progress: called after each chunk with (files done, files in all), on the calling thread.
    /// - Throws: ``CorpusError`` for a missing path or a malformed manifest.
    public func extract(
        paths: [String], reader: CorpusReader = CorpusReader(), keep: @Sendable (DocumentRecord) -> Bool = { _ in true },
        chunkSize: Int = 256, progress: ((Int, Int) -> Void)? = nil
    ) throws(CorpusError) -> (corpus: ExtractedCorpus, report: StreamReport) {
        enum Outcome: Sendable {
            case skipped(SkippedInput)
            case leftOut(DocumentRecord, bytes: Int)
            case extracted(DocumentRecord, DocumentExtraction, bytes: Int)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let files = try reader.locate(paths)
        var report = StreamReport()
        var records: [DocumentRecord] = []
        var extractions: [DocumentExtraction] = []
        var skipped: [SkippedInput] = []
        var seen: [String: String] = [:]
        var done = 0
        for chunkStart in stride(from: 0, to: files.count, by: max(1, chunkSize)) {
            let chunk = Array(files[chunkStart..<min(files.count, chunkStart + max(1, chunkSize))])
            let outcomes = Self.parallelMap(chunk) { file -> Outcome in
                switch reader.readOne(path: file.path, entry: file.entry) {
                case .failure(let skip): return .skipped(skip)
                case .success(let doc):
                    let bytes = doc.text.utf8.count
                    guard keep(doc.record) else { return .leftOut(doc.record, bytes: bytes) }
                    var record = doc.record
                    let text = TokenizedText(doc.text)
                    record.features = clustering.features(of: doc, text)
                    return .extracted(record, extractor.extract(doc, text), bytes: bytes)
                }
            }
            for (file, outcome) in zip(chunk, outcomes) {
                switch outcome {
                case .skipped(let skip): skipped.append(skip)
                case .leftOut(let record, let bytes), .extracted(let record, _, let bytes):
                    report.bytes += bytes
                    if let other = seen[record.id] {
                        skipped.append(SkippedInput(path: file.path, reason: "duplicate document id '\(record.id)' (also \(other))"))
                        continue
                    }
                    seen[record.id] = file.path
                    if case .extracted(_, let extraction, _) = outcome {
                        records.append(record)
                        extractions.append(extraction)
                    } else {
                        report.leftOut.append(record)
                    }
                }
            }
            done += chunk.count
            progress?(done, files.count)
        }
        report.extraction = clock.now - start
        let storiesStart = clock.now
        let order = records.indices.sorted { records[$0].id < records[$1].id }
        let sorted = Self.assignStories(order.map { records[$0] }, clustering: clustering)
        report.stories = clock.now - storiesStart
        return (ExtractedCorpus(records: sorted, extractions: order.map { extractions[$0] }, skipped: skipped.sorted()), report)
    }

    /// Extracts every document and aggregates the events into a snapshot.
    public func build(documents: [Document], skipped: [SkippedInput], parameters extra: [String: String] = [:]) -> Snapshot {
        snapshot(of: extract(documents: documents, skipped: skipped), parameters: extra)
    }

    /// The snapshot of an extracted corpus, or of the documents of it that `including` accepts (their
    /// stories stay those computed over the whole corpus).
    public func snapshot(of corpus: ExtractedCorpus, including: (DocumentRecord) -> Bool = { _ in true },
                         parameters extra: [String: String] = [:]) -> Snapshot {
        var evidence: [EdgeKey: [Evidence]] = [:]
        var records: [DocumentRecord] = []
        for (record, extraction) in zip(corpus.records, corpus.extractions) where including(record) {
            records.append(record)
            for e in extraction.events { evidence[e.key, default: []].append(e.evidence) }
        }
        var actors = Set<ActorID>()
        for key in evidence.keys { actors.insert(key.source); actors.insert(key.target) }
        // Leaders are tied to the countries they lead, if they led them when the documents that name them were
        // written (a foreign secretary of 2018 who became prime minister in 2019 does not lead in 2018 news).
        let lexicon = extractor.lexicon
        let dateOf = Dictionary(records.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
        var datesOf: [ActorID: Set<String?>] = [:]
        for (key, list) in evidence {
            for e in list {
                let date = dateOf[e.document] ?? nil
                datesOf[key.source, default: []].insert(date)
                datesOf[key.target, default: []].insert(date)
            }
        }
        var structural: [Edge] = []
        for id in actors.sorted() {
            guard let entry = lexicon.entry(id), entry.kind == .leader,
                lexicon.isHead(entry, onAnyOf: Array(datesOf[id] ?? [nil])),
                let country = entry.country, lexicon.entry(country) != nil else { continue }
            actors.insert(country)
            structural.append(Edge(key: EdgeKey(source: id, target: country, type: .leads), intensity: 1, sources: 1, weight: 1, evidence: []))
        }
        let nodes = actors.sorted().map { id -> Node in
            let e = lexicon.entry(id)
            return Node(id: id, label: e?.label ?? id.rawValue, kind: e?.kind ?? .group, country: e?.country)
        }
        // Keys are unique and every end is a node, so this cannot fail.
        return try! Self.assemble(
            nodes: nodes, evidence: evidence, structural: structural, records: records, skipped: corpus.skipped,
            parameters: parameters(extra), lexiconVersion: lexicon.version)
    }

    func parameters(_ extra: [String: String]) -> [String: String] {
        var p = extra
        p["extractor_version"] = Self.extractorVersion
        p["cues_version"] = extractor.cues.version
        p["story_threshold"] = String(clustering.threshold)
        p["weight_formula"] = "intensity * (1 + log2(independent_sources))"
        return p
    }

    /// Sets each record's story and story similarity from its features.
    static func assignStories(_ records: [DocumentRecord], clustering: StoryClustering) -> [DocumentRecord] {
        let stories = clustering.cluster(records: records)
        return records.map { r in
            var r = r
            if let s = stories[r.id] {
                r.story = s.story
                r.storySimilarity = s.similarity
            }
            return r
        }
    }

    /// The snapshot of nodes, event evidence by edge key and structural edges. Each edge's evidence is
    /// sorted and exact repeats dropped, so that the result does not depend on the order documents or
    /// shards came in; weights count stories, not documents.
    /// - Throws: ``GraphError`` when an edge ends at a node that is not given.
    static func assemble(nodes: [Node], evidence: [EdgeKey: [Evidence]], structural: [Edge], records: [DocumentRecord],
                         skipped: [SkippedInput], parameters: [String: String], lexiconVersion: String) throws(GraphError) -> Snapshot {
        let storyOf = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.story) })
        var edges = evidence.map { key, ev in
            EdgeWeighting.edge(key: key, evidence: Array(Set(ev)).sorted()) { storyOf[$0] ?? $0 }
        }
        edges += structural
        let graph = try Graph(nodes: nodes, edges: edges)
        return Snapshot(graph: graph, documents: records, skipped: skipped, parameters: parameters, lexiconVersion: lexiconVersion)
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

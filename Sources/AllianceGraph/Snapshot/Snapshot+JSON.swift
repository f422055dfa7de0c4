import Foundation

extension Snapshot {
    /// Encodes the snapshot as canonical JSON: sorted keys, two-space indentation, nodes and edges in
    /// graph order, numbers rounded to 6 decimals, a final newline.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Every field is a plain value, so encoding cannot fail.
        var data = try! encoder.encode(SnapshotDTO(self))
        data.append(0x0A)
        return data
    }

    /// Decodes a snapshot written by ``jsonData()`` (or by hand, following docs/snapshot-format.md).
    /// Derived edge fields (polarity, quad class, CAMEO code, Goldstein value, weight, sources) are
    /// recomputed from the type and the evidence, so a hand-edited file cannot make them disagree.
    /// - Throws: ``SnapshotError``.
    public init(jsonData data: Data) throws(SnapshotError) {
        let dto: SnapshotDTO
        do {
            dto = try JSONDecoder().decode(SnapshotDTO.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(Self.describe(error))
        } catch {
            throw .malformed("\(error)")
        }
        guard dto.schema == Snapshot.schema else { throw .unsupportedSchema(dto.schema) }
        let documents = dto.documents
        var storyByDocument: [String: String] = [:]
        for d in documents { storyByDocument[d.id] = d.story }
        var edges: [Edge] = []
        edges.reserveCapacity(dto.edges.count)
        for e in dto.edges {
            let key = EdgeKey(source: e.source, target: e.target, type: e.type, mutual: e.mutual, planned: e.planned)
            guard key.source == e.source else {
                throw .malformed("mutual edge \(e.source) -> \(e.target) must list the smaller id as source")
            }
            for ev in e.evidence where !(ev.intensity.isFinite && ev.intensity > 0 && ev.intensity <= 1) {
                throw .malformed("evidence intensity \(ev.intensity) of edge \(e.source) -> \(e.target) is not in (0, 1]")
            }
            if e.evidence.isEmpty {
                // Structural or hand-made edges without evidence keep their stated values.
                guard e.weight.isFinite, e.weight >= 0, e.intensity.isFinite else {
                    throw .malformed("edge \(e.source) -> \(e.target) has a weight that is not a finite number ≥ 0")
                }
                edges.append(Edge(key: key, intensity: e.intensity, sources: e.sources, weight: e.weight, evidence: []))
            } else {
                edges.append(EdgeWeighting.edge(key: key, evidence: e.evidence) { storyByDocument[$0] ?? $0 })
            }
        }
        let graph: Graph
        do {
            graph = try Graph(nodes: dto.nodes.map(\.node), edges: edges)
        } catch {
            throw .invalidGraph(error)
        }
        self.init(
            graph: graph, documents: documents, skipped: dto.skipped ?? [],
            parameters: dto.parameters, lexiconVersion: dto.lexicon.version)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "top level" : String(p.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let c): return "missing key '\(key.stringValue)' at \(path(c))"
        case .typeMismatch(_, let c): return "wrong type at \(path(c)): \(c.debugDescription)"
        case .valueNotFound(_, let c): return "missing value at \(path(c))"
        case .dataCorrupted(let c):
            let underlying = (c.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(c)): \(underlying ?? c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

// MARK: - Wire format

private struct SnapshotDTO: Codable {
    var schema: String
    var directed = true
    var multigraph = true
    var graph: GraphAttributes
    var documents: [DocumentRecord]
    var skipped: [SkippedInput]?
    var parameters: [String: String]
    var lexicon: LexiconInfo
    var nodes: [NodeDTO]
    var edges: [EdgeDTO]

    struct GraphAttributes: Codable {
        var dateStart: String?
        var dateEnd: String?
        var documentCount: Int
        enum CodingKeys: String, CodingKey {
            case dateStart = "date_start", dateEnd = "date_end", documentCount = "documents"
        }
    }

    struct LexiconInfo: Codable { var version: String }

    init(_ s: Snapshot) {
        schema = Snapshot.schema
        let range = s.dateRange
        graph = GraphAttributes(dateStart: range?.lowerBound, dateEnd: range?.upperBound, documentCount: s.documents.count)
        documents = s.documents
        skipped = s.skipped.isEmpty ? nil : s.skipped
        parameters = s.parameters
        lexicon = LexiconInfo(version: s.lexiconVersion)
        nodes = s.graph.nodes.map(NodeDTO.init)
        edges = s.graph.edges.map(EdgeDTO.init)
    }
}

private struct NodeDTO: Codable {
    var id: ActorID
    var label: String
    var kind: ActorKind
    var country: ActorID?

    init(_ n: Node) {
        id = n.id
        label = n.label
        kind = n.kind
        country = n.country
    }

    var node: Node { Node(id: id, label: label, kind: kind, country: country) }
}

private struct EdgeDTO: Codable {
    var source: ActorID
    var target: ActorID
    var key: String
    var type: EventType
    var polarity: Polarity?
    var quadClass: QuadClass?
    var cameoRoot: String?
    var goldstein: Double?
    var mutual: Bool
    var planned: Bool
    var intensity: Double
    var sources: Int
    var mentions: Int?
    var weight: Double
    var evidence: [Evidence]

    enum CodingKeys: String, CodingKey {
        case source, target, key, type, polarity, mutual, planned, intensity, sources, mentions, weight, evidence
        case goldstein
        case quadClass = "quad_class", cameoRoot = "cameo_root"
    }

    init(_ e: Edge) {
        source = e.source
        target = e.target
        key = e.key.name
        type = e.type
        polarity = e.polarity
        quadClass = e.type.quadClass
        cameoRoot = e.type.cameoRoot
        goldstein = e.type.goldstein
        mutual = e.isMutual
        planned = e.isPlanned
        intensity = e.intensity
        sources = e.sources
        mentions = e.evidence.count
        weight = e.weight
        evidence = e.evidence
    }
}

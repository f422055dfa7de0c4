/// A graph together with what it was built from: the file `graph.json`.
///
/// The snapshot is the unit users keep, compare and merge. Its JSON form (schema `alliance-graph/1`,
/// documented in docs/snapshot-format.md) is canonical: the same snapshot always encodes to the same
/// bytes, and decoding then encoding gives the input back byte for byte. Its `nodes` and `edges` arrays
/// follow NetworkX's node-link format, so `networkx.node_link_graph(data, edges="edges")` loads it as a
/// directed multigraph keyed by ``EdgeKey/name``.
public struct Snapshot: Sendable, Equatable {
    /// The schema identifier written into every snapshot.
    public static let schema = "alliance-graph/1"

    public var graph: Graph
    /// The documents the graph was built from, sorted by id.
    public var documents: [DocumentRecord]
    /// Inputs that were skipped, with the reason (unreadable, binary, empty, ...), sorted by path.
    public var skipped: [SkippedInput]
    /// Build parameters (extractor version, thresholds, date filters), as sorted string pairs.
    public var parameters: [String: String]
    /// The version of the actor lexicon used for extraction.
    public var lexiconVersion: String

    public init(
        graph: Graph, documents: [DocumentRecord], skipped: [SkippedInput] = [],
        parameters: [String: String] = [:], lexiconVersion: String = ""
    ) {
        self.graph = graph
        self.documents = documents.sorted()
        self.skipped = skipped.sorted()
        self.parameters = parameters
        self.lexiconVersion = lexiconVersion
    }

    /// The earliest and latest known document dates (`YYYY-MM-DD`), or `nil` when no document has a date.
    public var dateRange: ClosedRange<String>? {
        let dates = documents.compactMap(\.date).sorted()
        guard let first = dates.first, let last = dates.last else { return nil }
        return first...last
    }

    /// The story id of a document (itself when it is not a copy).
    public func story(of document: String) -> String {
        documents.first { $0.id == document }?.story ?? document
    }
}

/// An input file that was not used, and why.
public struct SkippedInput: Error, Sendable, Hashable, Codable, Comparable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public static func < (lhs: SkippedInput, rhs: SkippedInput) -> Bool { (lhs.path, lhs.reason) < (rhs.path, rhs.reason) }
}

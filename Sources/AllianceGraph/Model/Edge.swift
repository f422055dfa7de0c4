/// What makes an edge unique: all evidence for one key is aggregated into one ``Edge``.
public struct EdgeKey: Sendable, Hashable, Comparable {
    public var source: ActorID
    public var target: ActorID
    public var type: EventType
    /// A symmetric tie ("the two countries signed a pact"). Mutual edges store `source < target`.
    public var mutual: Bool
    /// A planned or reported-future event ("is set to visit"), kept apart from what happened.
    public var planned: Bool

    public init(source: ActorID, target: ActorID, type: EventType, mutual: Bool = false, planned: Bool = false) {
        if mutual && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.mutual = mutual
        self.planned = planned
    }

    /// The multigraph key used in node-link JSON: the type, then `:mutual` and `:planned` when set.
    public var name: String {
        type.rawValue + (mutual ? ":mutual" : "") + (planned ? ":planned" : "")
    }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.source, lhs.target, lhs.type, lhs.mutual ? 1 : 0, lhs.planned ? 1 : 0)
            < (rhs.source, rhs.target, rhs.type, rhs.mutual ? 1 : 0, rhs.planned ? 1 : 0)
    }
}

/// A typed, signed, weighted tie between two actors, with the evidence behind it.
///
/// The weight follows from the evidence (see ``EdgeWeighting``): it counts independent stories, not
/// copies of one story.
public struct Edge: Sendable, Hashable {
    public var key: EdgeKey
    /// The strongest intensity among the cues that support the edge, in (0, 1].
    public var intensity: Double
    /// How many independent stories support the edge (copies of one story count once).
    public var sources: Int
    /// `intensity × (1 + log2(sources))`, rounded to 6 decimals.
    public var weight: Double
    /// Every supporting mention, sorted by document and position.
    public var evidence: [Evidence]

    public init(key: EdgeKey, intensity: Double, sources: Int, weight: Double, evidence: [Evidence]) {
        self.key = key
        self.intensity = intensity
        self.sources = sources
        self.weight = weight
        self.evidence = evidence.sorted()
    }

    public var source: ActorID { key.source }
    public var target: ActorID { key.target }
    public var type: EventType { key.type }
    public var polarity: Polarity { key.type.polarity }
    public var isMutual: Bool { key.mutual }
    public var isPlanned: Bool { key.planned }
}

/// One mention in one document that supports an edge.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    /// The id of the document (see ``DocumentRecord``).
    public var document: String
    /// Start of the supporting sentence, in Unicode scalars from the start of the document text
    /// (the same offsets as Python's `str` indexing).
    public var start: Int
    /// End (exclusive) of the supporting sentence, in Unicode scalars.
    public var end: Int
    /// The sentence itself, whitespace-normalized.
    public var sentence: String
    /// The cue phrase that triggered the event type ("visited", "signed a defense agreement").
    public var cue: String
    /// The cue's intensity in (0, 1], kept so that weights can be recomputed when snapshots are merged.
    public var intensity: Double

    public init(document: String, start: Int, end: Int, sentence: String, cue: String, intensity: Double) {
        self.document = document
        self.start = start
        self.end = end
        self.sentence = sentence
        self.cue = cue
        self.intensity = intensity
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.cue) < (rhs.document, rhs.start, rhs.end, rhs.cue)
    }
}

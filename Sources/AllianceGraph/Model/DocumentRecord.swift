/// A document a snapshot was built from.
public struct DocumentRecord: Sendable, Hashable, Codable, Comparable {
    /// Stable id: the manifest's id, or the file name without extension.
    public var id: String
    /// Path as given on the command line, relative to the working directory where possible.
    public var path: String
    public var title: String?
    public var publisher: String?
    /// Publication date, `YYYY-MM-DD`, when known.
    public var date: String?
    /// BCP 47 language tag, when known.
    public var language: String?
    /// Lowercase hex SHA-256 of the document's bytes.
    public var sha256: String
    /// Length of the decoded text in Unicode scalars.
    public var characters: Int
    /// The id of the document that stands for this one's story. Equal to ``id`` unless this document was
    /// judged a copy (a translation, a syndicated copy or another report of the same news item).
    public var story: String
    /// How similar this document is to its story's representative (1 for the representative itself).
    public var storySimilarity: Double
    /// What story clustering reads of the document, so that merged snapshots can recompute stories;
    /// `nil` in snapshots made by hand or by other tools.
    public var features: StoryFeatures?

    public init(
        id: String, path: String, title: String? = nil, publisher: String? = nil, date: String? = nil,
        language: String? = nil, sha256: String, characters: Int, story: String? = nil, storySimilarity: Double = 1,
        features: StoryFeatures? = nil
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.publisher = publisher
        self.date = date
        self.language = language
        self.sha256 = sha256
        self.characters = characters
        self.story = story ?? id
        self.storySimilarity = storySimilarity
        self.features = features
    }

    public static func < (lhs: DocumentRecord, rhs: DocumentRecord) -> Bool { lhs.id < rhs.id }

    enum CodingKeys: String, CodingKey {
        case id, path, title, publisher, date, language, sha256, characters, story, features
        case storySimilarity = "story_similarity"
    }
}

/// Small integer ids for the words the extractor looks for: the words of actor names, of cues and of the
/// closed word classes. A document's tokens are given their ids once (``ids(of:)``, one hash per token);
/// the tries of names and cues (``WordTrie``) and the word classes (``classes``) are then read by id, where
/// hashing each token's string at every look-up cost more than the rest of the extraction.
///
/// Words are normalized forms (``Token/norm``), compared by their bytes: a normalized form is decomposed,
/// so canonically equivalent forms have the same bytes. Ids are stable as words are added, so a structure
/// built with the vocabulary part way reads the ids of the finished one.
struct Vocabulary: Sendable {
    typealias ID = Int32
    /// The id of every word not in the vocabulary.
    static let unknown: ID = 0
    /// Word `k` of the table has id `k + 1`.
    private var table = WordTable()
    /// The closed word classes of each word, by id (none for ``unknown``).
    private(set) var classes: [WordClasses] = [[]]

    /// A vocabulary of the words of the closed word classes (``WordClasses/members``), with their classes.
    init() {
        for (bit, words) in WordClasses.members.enumerated() {
            for w in words.sorted() { classes[Int(intern(w))].insert(WordClasses(rawValue: 1 << bit)) }
        }
    }

    /// Ids in use: ``unknown`` and one per word.
    var count: Int { table.count + 1 }

    /// The id of `word`, added if it is new.
    mutating func intern(_ word: String) -> ID {
        let (index, inserted) = table.insert(word, hash: WordTable.hash(word))
        if inserted { classes.append([]) }
        return ID(index + 1)
    }

    /// The id of `word`, or ``unknown``.
    @inline(__always) func id(of word: String) -> ID {
        table.index(of: word, hash: WordTable.hash(word)).map { ID($0 + 1) } ?? Self.unknown
    }

    /// The id of each token's normalized form.
    func ids(of tokens: [Token]) -> [ID] { tokens.map { id(of: $0.norm) } }

    /// Whether the word with id `id` belongs to one of `wordClasses`.
    @inline(__always) func word(_ id: ID, isIn wordClasses: WordClasses) -> Bool {
        !classes[Int(id)].isDisjoint(with: wordClasses)
    }
}

import AllianceGraph

/// What every sentence is read with: the lexicon and the cues, their matchers and the vocabulary of word
/// ids they share. One immutable object, so that a ``SentenceReader`` (one per sentence) holds a single
/// reference where copying the tables' many arrays cost a retain and a release of each per sentence.
final class ExtractionTables: Sendable {
    let lexicon: Lexicon
    let cues: CueDictionary
    let matcher: LexiconMatcher
    let cueMatcher: CueMatcher
    /// The words of the word classes, the lexicon's names and the cues, by id.
    let vocabulary: Vocabulary
    /// The kind of each lexicon entry, by index: read on every mention, where `lexicon.entries[i].kind`
    /// copied the whole entry (its names, titles and terms) first.
    let kinds: [ActorKind]
    /// The id of each lexicon entry, by index.
    let ids: [ActorID]
    /// The ids of words some rules test one by one ("must", "friendly"), compared as integers per token.
    let mustWord: Vocabulary.ID, friendlyWord: Vocabulary.ID
    /// The index of the verb cue "demand" (what one actor says another must do is its demand), if listed.
    let demandCue: Int?
    /// For each leader entry, the index of the country it leads (nil for other entries or an unknown country).
    let countryIndex: [Int?]

    init(lexicon: Lexicon, cues: CueDictionary) {
        self.lexicon = lexicon
        kinds = lexicon.entries.map(\.kind)
        ids = lexicon.entries.map(\.id)
        countryIndex = lexicon.entries.map { e in e.kind == .leader ? e.country.flatMap { lexicon.index(of: $0) } : nil }
        self.cues = cues
        var vocabulary = Vocabulary()
        matcher = LexiconMatcher(lexicon: lexicon, vocabulary: &vocabulary)
        cueMatcher = CueMatcher(cues, vocabulary: &vocabulary)
        mustWord = vocabulary.intern("must")
        friendlyWord = vocabulary.intern("friendly")
        demandCue = cues.cues.firstIndex { $0.cue == "demand" && $0.pos == .verb }
        self.vocabulary = vocabulary
    }

    /// The lexicon names in `tokens[range]` (``LexiconMatcher/matches(in:words:range:)``). Called here, on
    /// the shared object: called on `tables.matcher` from a sentence reader, the matcher was copied first.
    func names(in tokens: [Token], words: [Vocabulary.ID], range: Range<Int>) -> [LexiconMatch] {
        matcher.matches(in: tokens, words: words, range: range)
    }
}

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
    /// The terms of office of each entry, by index (empty for entries without terms): read on every leader
    /// mention, where `lexicon.entries[i].terms` copied the whole entry first.
    let terms: [[LexiconEntry.Term]]
    /// For each term of ``terms``, the index of the other actor whose office it is, if any: a role that starts
    /// with that actor's adjective or name ("Georgian president", "Dutch prime minister", "EU foreign policy
    /// chief"), as scripts/lexicon/README.md writes them; nil for an office of the leader's own actor.
    let termActors: [[Int?]]
    /// Whether each entry is a head of state or government (``Lexicon/isHead(_:)``), by index.
    let isHead: [Bool]

    init(lexicon: Lexicon, cues: CueDictionary) {
        self.lexicon = lexicon
        kinds = lexicon.entries.map(\.kind)
        ids = lexicon.entries.map(\.id)
        countryIndex = lexicon.entries.map { e in e.kind == .leader ? e.country.flatMap { lexicon.index(of: $0) } : nil }
        terms = lexicon.entries.map { $0.terms ?? [] }
        termActors = Self.termActors(lexicon)
        isHead = lexicon.entries.map { lexicon.isHead($0) }
        self.cues = cues
        var vocabulary = Vocabulary()
        matcher = LexiconMatcher(lexicon: lexicon, vocabulary: &vocabulary)
        cueMatcher = CueMatcher(cues, vocabulary: &vocabulary)
        mustWord = vocabulary.intern("must")
        friendlyWord = vocabulary.intern("friendly")
        demandCue = cues.cues.firstIndex { $0.cue == "demand" && $0.pos == .verb }
        self.vocabulary = vocabulary
    }

    /// The actor whose office `entry` (a leader) held on `date`, when that office is qualified as another
    /// actor's ("Georgian president" for Shevardnadze in 1998, whose `country` is the Soviet Union's continuator).
    /// An office of its own actor held on the same date comes first (Arafat in 1996 was the Palestinian
    /// president as well as the PLO's chairman).
    func qualifiedActor(of entry: Int, on date: String) -> Int? {
        var office: Int?
        for (term, actor) in zip(terms[entry], termActors[entry]) where term.covers(date) {
            guard let actor else { return nil }
            if office == nil { office = actor }
        }
        return office
    }

    static func termActors(_ lexicon: Lexicon) -> [[Int?]] {
        var byWords: [String: Int] = [:]
        for (i, e) in lexicon.entries.enumerated() where e.kind != .leader {
            for form in (e.adjectives ?? []) + (e.names ?? []) + [e.label] where byWords[form.lowercased()] == nil {
                byWords[form.lowercased()] = i
            }
        }
        return lexicon.entries.map { e in
            guard e.kind == .leader, let terms = e.terms else { return (e.terms ?? []).map { _ in nil } }
            let own = e.country.flatMap { lexicon.index(of: $0) }
            return terms.map { term -> Int? in
                let words = term.role.split(separator: " ").map(String.init)
                // The longest prefix that names an actor, leaving the office's own noun.
                for n in stride(from: min(2, words.count - 1), through: 1, by: -1) {
                    if let actor = byWords[words[..<n].joined(separator: " ").lowercased()], actor != own { return actor }
                }
                return nil
            }
        }
    }

    /// The lexicon names in `tokens[range]` (``LexiconMatcher/matches(in:words:range:)``). Called here, on
    /// the shared object: called on `tables.matcher` from a sentence reader, the matcher was copied first.
    func names(in tokens: [Token], words: [Vocabulary.ID], range: Range<Int>) -> [LexiconMatch] {
        matcher.matches(in: tokens, words: words, range: range)
    }
}

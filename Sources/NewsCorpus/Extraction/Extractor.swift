import AllianceGraph

/// One coded event: who did what to whom, where it was read, and how sure the wording is.
public struct ExtractedEvent: Sendable, Hashable {
    public var key: EdgeKey
    public var evidence: Evidence
}

/// What the extractor read from one document.
public struct DocumentExtraction: Sendable {
    public var document: String
    public var events: [ExtractedEvent]
    /// Every actor mentioned, with the number of mentions (for nodes and coverage reports).
    public var mentions: [ActorID: Int]
}

/// Codes PLOVER events from English news text (see docs/extraction.md).
///
/// Per document: tokenize, split sentences, find actor names with the ``LexiconMatcher``, resolve titles
/// ("the Russian president", "the Kremlin leader"), pronouns ("he", "his") and definite descriptions
/// ("the country", "the two countries", a list article's heading), then find cues from the
/// ``CueDictionary`` and fill each cue's frame with a source and a target from the sentence's structure:
/// subject and object, passive voice ("was accused by"), symmetric ties ("X and Y signed", "between X
/// and Y"), possessors and prepositions of nouns ("Putin's visit to Vietnam"). Modality markers before a
/// cue make it planned ("is set to visit"); negated or hypothetical cues are not coded. Two actors in
/// one sentence without a cue that links them are not a relation.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let cues: CueDictionary
    private let tables: ExtractionTables

    public init(lexicon: Lexicon, cues: CueDictionary) {
        self.lexicon = lexicon
        self.cues = cues
        tables = ExtractionTables(lexicon: lexicon, cues: cues)
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        extract(document, TokenizedText(document.text))
    }

    /// Extracts from a document already split into tokens and sentences.
    public func extract(_ document: Document, _ text: TokenizedText) -> DocumentExtraction {
        let (scalars, tokens, sentences) = (text.scalars, text.tokens, text.sentences)
        let words = tables.vocabulary.ids(of: tokens)
        var context = DiscourseContext()
        var events: [ExtractedEvent] = []
        var counts: [ActorID: Int] = [:]
        for sentence in sentences {
            var reader = SentenceReader(tokens: tokens, words: words, range: sentence.tokenRange, tables: tables, date: document.record.date)
            let mentions = reader.resolveMentions(context: &context)
            reader.accusations = context.accusations
            for m in mentions where !m.isAnaphor {
                for a in m.actors { counts[tables.ids[a], default: 0] += 1 }
            }
            if sentence.isHeading {
                // A list article's heading names the country of the paragraphs under it ("North Korea"); a
                // headline may state an event ("U.S. to supply arms to Israel"), coded below.
                context.heading = mentions.count == 1 && mentions[0].actors.count == 1
                    && tables.kinds[mentions[0].actors[0]] == .country ? mentions[0].actors[0] : nil
                reader.isHeadline = true
            }
            let discussed = reader.codeEvents(mentions: mentions)
            let coded = discussed.filter { !$0.alleged }
            // The evidence text, made only for sentences that code something (most code nothing).
            let text = coded.isEmpty ? "" : Self.normalizedSentence(scalars[sentence.start..<sentence.end])
            let statePairs = discussed.map { [context.countryOf($0.source, tables), context.countryOf($0.target, tables)] }
                .filter { $0.allSatisfy { tables.kinds[$0] == .country } }
            if let last = statePairs.last { context.lastPair = last }
            context.rememberAccusations(coded, mentions: mentions, tables: tables)
            for coded in coded {
                let source = tables.ids[coded.source]
                let target = tables.ids[coded.target]
                guard source != target, !Self.isOwnCountry(source, target, lexicon) else { continue }
                let key = EdgeKey(source: source, target: target, type: coded.cue.type, mutual: coded.mutual,
                                  planned: coded.planned)
                let evidence = Evidence(
                    document: document.id, start: sentence.start, end: sentence.end, sentence: text,
                    cue: coded.cueText, intensity: coded.cue.effectiveIntensity)
                events.append(ExtractedEvent(key: key, evidence: evidence))
            }
            context.remember(mentions, tables: tables)
            if reader.lastSpeakerIsUnknownPerson(mentions: mentions) {
                // "..., Kornblum said. He also planned to travel to Sarajevo": "he" is the speaker the lexicon does
                // not know, not the last leader named.
                context.sentencesSinceLeader = 99
            }
        }
        // One event per (key, sentence): a sentence that says the same thing twice counts once.
        var seen = Set<String>()
        events = events.filter { seen.insert("\($0.key.name)|\($0.key.source)|\($0.key.target)|\($0.evidence.start)").inserted }
        return DocumentExtraction(document: document.id, events: events, mentions: counts)
    }

    /// A leader and the country it leads are one side, not two: no tie between them is coded.
    /// Two leaders of one country are domestic politics, not international relations: not coded either.
    static func isOwnCountry(_ a: ActorID, _ b: ActorID, _ lexicon: Lexicon) -> Bool {
        let ea = lexicon.entry(a), eb = lexicon.entry(b)
        if ea?.country == b || eb?.country == a { return true }
        if ea?.kind == .leader, eb?.kind == .leader, let ca = ea?.country, ca == eb?.country { return true }
        return false
    }

    /// The sentence with runs of white space made one space, trimmed.
    static func normalizedSentence(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        var ascii = true
        var space = false
        for s in scalars {
            if s.isASCII ? s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace {
                space = true
                continue
            }
            let first = ascii ? bytes.isEmpty : out.isEmpty
            if ascii && !s.isASCII {
                // Switch to scalars for the rest.
                out = String.UnicodeScalarView(String(decoding: bytes, as: UTF8.self).unicodeScalars)
                ascii = false
            }
            if ascii {
                if space && !first { bytes.append(0x20) }
                bytes.append(UInt8(truncatingIfNeeded: s.value))
            } else {
                if space && !first { out.append(" ") }
                out.append(s)
            }
            space = false
        }
        return ascii ? String(decoding: bytes, as: UTF8.self) : String(out)
    }
}

/// What earlier sentences tell about the referents of pronouns and descriptions.
struct DiscourseContext {
    /// The country named by the current list heading, if any.
    var heading: Int?
    var lastLeader: Int?
    /// Leaders named so far by a name no other leader has ("Fidel Castro"), most recent last.
    var namedLeaders: [Int] = []
    /// Countries in order of last mention (most recent last); leaders count for their country.
    var recentCountries: [Int] = []
    var lastSubjectCountry: Int?
    /// Sentences since a leader was last named (pronouns do not reach further than one sentence back).
    var sentencesSinceLeader = 99
    /// The two actors (leaders as their countries) of the last event coded between two states.
    var lastPair: [Int]?
    /// Accusations of the last ``accusationReach`` sentences, oldest first: who accused, and every actor the
    /// accusing sentence involved (leaders with their countries), for cues that answer them ("deny").
    var accusations: [Accusation] = []
    static let accusationReach = 3

    struct Accusation {
        var accusers: [Int]
        var involved: Set<Int>
        var age = 0
    }

    mutating func rememberAccusations(_ coded: [CodedEvent], mentions: [Mention], tables: ExtractionTables) {
        for k in accusations.indices { accusations[k].age += 1 }
        accusations.removeAll { $0.age >= Self.accusationReach }
        var accusers: [Int] = []
        for e in coded where e.cue.type == .accuse && !e.mutual && !accusers.contains(e.source) { accusers.append(e.source) }
        guard !accusers.isEmpty else { return }
        var involved = Set<Int>()
        for m in mentions { for a in m.actors { involved.insert(a); involved.insert(countryOf(a, tables)) } }
        accusations.append(Accusation(accusers: accusers, involved: involved))
    }

    func countryOf(_ actor: Int, _ tables: ExtractionTables) -> Int { tables.countryIndex[actor] ?? actor }

    mutating func remember(_ mentions: [Mention], tables: ExtractionTables) {
        sentencesSinceLeader += 1
        for m in mentions where !m.isAnaphor || m.actors.count == 1 {
            for a in m.actors {
                let kind = tables.kinds[a]
                if kind == .leader {
                    lastLeader = a
                    if !m.isAnaphor { sentencesSinceLeader = 0 }
                    if let ci = tables.countryIndex[a] { touch(ci) }
                } else if kind == .country {
                    touch(a)
                }
            }
        }
    }

    mutating func touch(_ country: Int) {
        recentCountries.removeAll { $0 == country }
        recentCountries.append(country)
        if recentCountries.count > 8 { recentCountries.removeFirst() }
    }
}

import AllianceGraph

/// A cue whose frame was filled: the source, the target and the modality.
struct CodedEvent {
    var source: Int
    var target: Int
    var cue: Cue
    var cueText: String
    var mutual: Bool
    var planned: Bool
    /// What the text says someone is accused of, not that it happened: not coded, but its actors are the
    /// ones being talked about ("Both countries deny this").
    var alleged = false
}

/// Reads one sentence: resolves its mentions, then codes its cues.
struct SentenceReader {
    let tokens: [Token]
    let range: Range<Int>
    let lexicon: Lexicon
    let matcher: LexiconMatcher
    let cues: CueDictionary
    let date: String?
    private var mentions: [Mention] = []
    /// Recent accusations in the document, for cues that answer them (``Cue/answers``).
    var accusations: [DiscourseContext.Accusation] = []
    /// A short line standing alone (a headline or a list heading): "to" + verb is its future tense.
    var isHeadline = false

    init(tokens: [Token], range: Range<Int>, lexicon: Lexicon, matcher: LexiconMatcher, cues: CueDictionary, date: String?) {
        self.tokens = tokens
        self.range = range
        self.lexicon = lexicon
        self.matcher = matcher
        self.cues = cues
        self.date = date
    }

    // MARK: - Mentions

    /// Finds names, folds titles into the people they introduce, and resolves anaphors.
    mutating func resolveMentions(context: inout DiscourseContext) -> [Mention] {
        let dateline = datelineEnd()
        let matches = matcher.matches(in: tokens, range: range).filter { $0.tokens.lowerBound >= dateline }
        var out: [Mention] = []
        var k = 0
        while k < matches.count {
            let m = matches[k]
            if isPartOfLargerName(m.tokens, nextMatchStart: k + 1 < matches.count ? matches[k + 1].tokens.lowerBound : nil)
                || (lexicon.entries[m.entry].kind == .country && (m.form == .name || m.form == .metonym)
                    && headsLargerName(m.tokens, nextMatchStart: k + 1 < matches.count ? matches[k + 1].tokens.lowerBound : nil))
            {
                k += 1
                continue
            }
            var actor = m.entry
            if let date, !m.alternatives.isEmpty, !inOffice(m.entry, on: date),
                let current = m.alternatives.first(where: { inOffice($0, on: date) })
            {
                actor = current  // "President Bush" in 2003 is George W. Bush
            }
            let named = actor
            var end = m.tokens.upperBound
            let entry = lexicon.entries[actor]
            if entry.kind == .country || (entry.kind == .leader && m.form == .title) {
                var j = end
                if j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { j += 1 }
                while j < range.upperBound && WordClass.roleModifiers.contains(tokens[j].norm) { j += 1 }
                if entry.kind == .country, let (roleEnd, isLeader) = role(at: j) {
                    var after = roleEnd
                    if after < range.upperBound && tokens[after].text == "," { after += 1 }
                    if k + 1 < matches.count, matches[k + 1].tokens.lowerBound == after,
                        lexicon.entries[matches[k + 1].entry].kind == .leader
                    {
                        actor = matches[k + 1].entry
                        end = matches[k + 1].tokens.upperBound
                        k += 1
                    } else if isLeader, let date, let leader = lexicon.leader(of: entry.id, on: date),
                        let li = lexicon.index(of: leader.id)
                    {
                        actor = li
                        end = roleEnd
                    } else {
                        end = roleEnd
                    }
                }
            }
            if lexicon.entries[actor].kind == .leader, end < range.upperBound,
                WordClass.leaderStateNouns.contains(tokens[end].norm),
                let c = lexicon.entries[actor].country, let ci = lexicon.index(of: c)
            {
                actor = ci  // "the Kim regime" stands for the state
                end += 1
            }
            if lexicon.entries[actor].kind == .leader, !lexicon.isHead(lexicon.entries[actor]),
                let c = lexicon.entries[actor].country, let ci = lexicon.index(of: c)
            {
                actor = ci  // a minister or secretary-general speaks for the state or organization
            }
            if lexicon.entries[named].kind == .leader, !lexicon.isHead(lexicon.entries[named]), let date,
                let terms = lexicon.entries[named].terms, !terms.isEmpty, !terms.contains(where: { $0.covers(date) })
            {
                // A minister speaks for the state only in office: "Rubio" in 2016 was a senator and a candidate.
                // (Heads of state and government stay the persons they are, in office or not.)
                k += 1
                continue
            }
            if m.form == .metonym, lexicon.entries[m.entry].kind == .country, namesAPlaceOfAnAgreement(after: m.tokens.upperBound) {
                k += 1  // "the Paris climate agreement", "the Minsk accords": where it was made, not a party
                continue
            }
            if lexicon.entries[actor].kind == .country, end == m.tokens.upperBound, namesACompany(after: end) {
                k += 1  // "an LNG deal with a U.S. group", "a Japanese trading firm"
                continue
            }
            if m.form == .adjective || m.form == .demonym, actor == m.entry, end == m.tokens.upperBound,
                !adjectiveStandsForState(after: end)
            {
                // (An adjective followed by a state role, "Russian troops", "Iranian officials", was read as
                // the state above: `end` is past the role.)
                k += 1
                continue
            }
            var mention = makeMention([actor], start: m.tokens.lowerBound, end: end, anaphor: false)
            mention.isName = m.form == .name || m.form == .metonym
            out.append(mention)
            k += 1
        }
        // Anaphors: pronouns and definite descriptions, resolved against earlier mentions.
        var anaphors: [Mention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            if out.contains(where: { $0.tokens.contains(i) }) {
                i += 1
                continue
            }
            let n = t.norm
            if (n == "it" || n == "they"), let speaker = speakerBefore(i, mentions: out) {
                // "Switzerland said today it had expelled ...": the pronoun is the speaker.
                anaphors.append(makeMention([speaker], start: i, end: i + 1, anaphor: true))
            } else if n == "he" || n == "him" || n == "his" {
                let earlier = out.last { $0.end <= i && $0.actors.count == 1 && lexicon.entries[$0.actors[0]].kind == .leader }
                if let leader = earlier?.actors[0] ?? (context.sentencesSinceLeader <= 1 ? context.lastLeader : nil) {
                    anaphors.append(makeMention([leader], start: i, end: i + 1, anaphor: true))
                }
            } else if (n == "the" || n == "this"), let head = descriptionHead(after: i, mentions: out) {
                // "the country", "the resource-rich Asian state"
                // Not the subject of its own clause: "Germany is courting the resource-rich Asian state".
                mentions = out
                let clause = clauseStart(before: i)
                let ownSubject = out.first { $0.start >= clause && $0.end <= i && $0.governor == nil && !$0.possessive }?.actors
                func other(_ c: Int) -> Bool { ownSubject?.contains(c) != true }
                let earlier = out.last { $0.end <= i && $0.actors.count == 1 && lexicon.entries[$0.actors[0]].kind == .country && other($0.actors[0]) }
                if let c = context.heading.flatMap({ other($0) ? $0 : nil }) ?? earlier?.actors[0] ?? context.recentCountries.last(where: other) {
                    anaphors.append(makeMention([c], start: i, end: head + 1, anaphor: true))
                    i = head + 1
                    continue
                }
            } else if (n == "the" || n == "both") && i + 2 <= range.upperBound {
                var j = i + 1
                if n == "the" && j < range.upperBound && tokens[j].norm == "two" { j += 1 } else if n == "the" { i += 1; continue }
                if j < range.upperBound, ["countries", "states", "nations", "sides", "leaders", "rulers"].contains(tokens[j].norm) {
                    var pair = Array(context.recentCountries.suffix(2))
                    // "the Egypt–Israel peace treaty and the normalization of relations between the two
                    // nations": two states named earlier in the same sentence come first.
                    var named: [Int] = []
                    for m in out where m.end <= i && m.actors.count == 1 && lexicon.entries[m.actors[0]].kind == .country {
                        named.removeAll { $0 == m.actors[0] }
                        named.append(m.actors[0])
                    }
                    if named.count >= 2 {
                        pair = Array(named.suffix(2))
                    } else if let h = context.heading, !pair.contains(h), let other = context.recentCountries.last(where: { $0 != h }) {
                        pair = [h, other]
                    } else if context.heading == nil, let last = context.lastPair, last.count == 2, last[0] != last[1] {
                        pair = last
                    }
                    if pair.count == 2 {
                        anaphors.append(makeMention(pair, start: i, end: j + 1, anaphor: true))
                    }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        var all = (out + anaphors).sorted { $0.start < $1.start }
        // A conjunct shares its list's preposition: "visits to North Korea and Vietnam". A run of
        // mentions is a list only if a conjunction joins it somewhere ("Like Russia, Iran is" is not).
        var runStart = 0
        while runStart < all.count {
            var j = runStart
            var conjunction = false
            // A list ends at the item after its conjunction: "Like Belarus and North Korea, Syria ...".
            while j + 1 < all.count, let joint = listJoint(all[j], all[j + 1]) {
                j += 1
                if joint {
                    conjunction = true
                    break
                }
            }
            if conjunction, let g = all[runStart].governor {
                for m in (runStart + 1)...j where all[m].governor == nil { all[m].governor = g }
            }
            runStart = j + 1
        }
        mentions = all
        return all
    }

    /// Whether a country adjective ending at `end` is followed by a noun that makes it the state: a state
    /// noun ("Russian troops"), an event cue ("Western sanctions", "Iranian assistance"), a conjoined
    /// adjective that is ("Russian and Iranian allies"), possibly after a few modifiers.
    private func adjectiveStandsForState(after end: Int) -> Bool {
        var j = end
        var hops = 0
        while j < range.upperBound && hops < 4 {
            let t = tokens[j]
            if WordClass.nonStateModifiers.contains(t.norm) { return false }  // "a Libyan terrorist attack"
            if WordClass.stateNouns.contains(t.norm) { return true }
            if cues.match(tokens, at: j, limit: range.upperBound).contains(where: { cues.cues[$0.cue].pos == .noun }) { return true }
            if t.kind != .word && t.text != "," && t.text != "-" { return false }
            j += 1
            hops += 1
        }
        return false
    }

    /// Whether a leader held office on `date` (an entry without terms or not a leader counts as in office).
    private func inOffice(_ entry: Int, on date: String) -> Bool {
        guard lexicon.entries[entry].kind == .leader, let terms = lexicon.entries[entry].terms, !terms.isEmpty else { return true }
        return terms.contains { $0.covers(date) }
    }

    /// Whether a country's name or adjective ending at `end` gives a company's nationality: a company noun
    /// follows, possibly after one modifier ("a U.S. group", "a Japanese trading firm", "U.S. unit").
    private func namesACompany(after end: Int) -> Bool {
        var j = end
        if j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { j += 1 }
        for k in j..<min(range.upperBound, j + 2) {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .number else { return false }
            if WordClass.companyNouns.contains(t.norm) { return true }
            if WordClass.stateNouns.contains(t.norm) || WordClass.prepositions.contains(t.norm) || t.norm == "and" { return false }
        }
        return false
    }

    /// Whether a capital right before `end` names the place of an agreement or a meeting: "the Paris
    /// agreement", "the Paris climate accord", "the Minsk agreements", "the London talks" (up to two modifiers).
    private func namesAPlaceOfAnAgreement(after end: Int) -> Bool {
        let heads: Set<String> = [
            "agreement", "agreements", "accord", "accords", "treaty", "protocol", "process", "format", "convention",
            "conventions", "deal", "declaration", "charter", "pact", "club", "group",
            // Meetings named after their venue: "the London talks", "the Geneva conference".
            "talks", "summit", "conference", "negotiations", "round",
        ]
        var j = end
        while j < range.upperBound && j < end + 3 {
            let t = tokens[j]
            if heads.contains(t.norm) { return true }
            guard t.kind == .word, !t.isCapitalized || isTitleCase, t.norm != "'s", !WordClass.beForms.contains(t.norm),
                !WordClass.prepositions.contains(t.norm), t.norm != "and"
            else { return false }
            j += 1
        }
        return false
    }

    /// A name inside a longer proper noun or a compound modifier is not an actor: "New Jersey",
    /// "Agence France-Presse", "UK-based retailer", "Russian-made limousine".
    private func isPartOfLargerName(_ span: Range<Int>, nextMatchStart: Int?) -> Bool {
        let a = span.lowerBound
        let b = span.upperBound
        // (Not when another actor follows the hyphen: "the Israel-Palestinian negotiations", "U.S.-Japanese".)
        if b + 1 < range.upperBound, tokens[b].text == "-" || tokens[b].text == "\u{2013}",
            tokens[b].end == tokens[b + 1].start, tokens[b + 1].kind == .word, nextMatchStart != b + 1
        {
            return true
        }
        if a - 1 >= range.lowerBound, tokens[a - 1].text == "-" || tokens[a - 1].text == "\u{2013}",
            a - 2 >= range.lowerBound, tokens[a - 2].end == tokens[a - 1].start, tokens[a - 2].kind == .word,
            !tokens[a - 2].isCapitalized
        {
            return true  // "pro-Russian" is kept out too: a stance, not an actor
        }
        if a - 1 >= range.lowerBound {
            let prev = tokens[a - 1]
            let sentenceStart = a - 1 == range.lowerBound
            if prev.kind == .word && prev.isCapitalized && !sentenceStart && !WordClass.titleWords.contains(prev.norm)
                && !WordClass.directions.contains(prev.norm) && !prev.text.hasSuffix(".") && prev.norm != "'s"
            {
                return true
            }
        }
        return false
    }

    /// The addressee of a demand or threat stated in its complement: the subject of a "that" clause ("demanded
    /// that North Korea forsake ...", "urged that Iraq ...") or the object of an infinitive ("threatened to
    /// cut off electricity to Armenia", "threatened to impose restrictions against German goods").
    private func complementTarget(after cueEnd: Int, mentions: [Mention]) -> [Int] {
        // Past a time adverbial: "threatened on Monday to break relations with Russia", "threatened today to".
        var end = cueEnd
        while end + 1 < range.upperBound && end < cueEnd + 3
            && (["on", "today", "yesterday", "again", "also", "now"].contains(tokens[end].norm) || WordClass.calendarWords.contains(tokens[end].norm))
        {
            end += 1
        }
        switch tokens[end].norm {
        case "that":
            if let m = mentions.first(where: { $0.start > end && $0.start <= end + 3 && $0.governor == nil && !$0.possessive }) {
                return m.actors
            }
            return []
        case "to":
            guard end + 2 < range.upperBound, tokens[end + 1].kind == .word else { return [] }
            return objectGroup(after: end + 2, preps: ["to", "against", "on", "with"], direct: true, mentions: mentions)
        default:
            return []
        }
    }

    /// The end of a wire-service dateline opening the sentence, "TOKYO (Reuters) -", "ABUJA, Nigeria (AP) --",
    /// "WASHINGTON -": a place written in capitals, possibly a region, an agency in brackets, a dash. The
    /// place names where the story was filed, not an actor. `range.lowerBound` when there is none.
    private func datelineEnd() -> Int {
        var j = range.lowerBound
        guard j < range.upperBound, tokens[j].isAllCaps, tokens[j].kind == .word else { return range.lowerBound }
        let limit = min(range.upperBound, j + 8)
        // "ABUJA, Aug 25, 2004 (dpa) --": place, region, date.
        while j < limit && (tokens[j].kind == .word && tokens[j].isCapitalized || tokens[j].kind == .number
            || tokens[j].text == "," || tokens[j].text == ".")
        {
            j += 1
        }
        if j < limit && tokens[j].text == "(" {
            while j < limit && tokens[j].text != ")" { j += 1 }
            j += 1
        }
        let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]
        // The dash stands apart ("TOKYO - "), unlike the hyphen of "Secretary-General".
        guard j < range.upperBound, j > range.lowerBound, dashes.contains(tokens[j].text), tokens[j].start > tokens[j - 1].end
        else { return range.lowerBound }
        while j < range.upperBound && dashes.contains(tokens[j].text) { j += 1 }
        return j
    }

    /// The state or organization that a pronoun right after a verb of saying stands for: "Japan said on
    /// Tuesday it had halted ...", "Russia says that it will ...". The speaker is the last un-governed
    /// country or organization before the verb, in the same sentence.
    private func speakerBefore(_ i: Int, mentions: [Mention]) -> Int? {
        let skippable: Set<String> = [
            "that", "on", "today", "yesterday", "tonight", "earlier", "later", "late", ",", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "statement",
        ]
        var j = i - 1
        while j >= range.lowerBound && i - j <= 5 && skippable.contains(tokens[j].norm) { j -= 1 }
        guard j >= range.lowerBound, ["said", "says", "say", "announced", "announces", "stated", "declared"].contains(tokens[j].norm) else {
            return nil
        }
        guard let speaker = mentions.last(where: { $0.end <= j && $0.actors.count == 1 && $0.governor == nil && !$0.possessive }),
            [.country, .organization].contains(lexicon.entries[speaker.actors[0]].kind),
            j - speaker.end <= 4
        else { return nil }
        return speaker.actors[0]
    }

    /// A country or capital name followed by another capitalized word is the head of a longer proper
    /// noun, not the state: "the Paris Agreement", "the Geneva Conventions", "the Washington Post",
    /// "Japan Airlines". Not when the next word is a title or government word ("China Foreign Ministry"),
    /// a weekday or month, another name, or when the sentence is written in title case (a headline).
    private func headsLargerName(_ span: Range<Int>, nextMatchStart: Int?) -> Bool {
        let b = span.upperBound
        guard b < range.upperBound, nextMatchStart != b else { return false }
        let next = tokens[b]
        guard next.kind == .word, next.isCapitalized, !next.isAllCaps,
            !WordClass.titleWords.contains(next.norm), !WordClass.stateNouns.contains(next.norm),
            !WordClass.calendarWords.contains(next.norm)
        else { return false }
        return !isTitleCase
    }

    /// Whether most longer words of the sentence are capitalized (a headline in title case or capitals).
    private var isTitleCase: Bool {
        var long = 0
        var capitalized = 0
        for t in tokens[range] where t.kind == .word && t.text.utf8.count >= 4 {
            long += 1
            if t.isCapitalized { capitalized += 1 }
        }
        return long > 0 && capitalized * 5 >= long * 3
    }

    /// Whether two mentions are joined as list items: `nil` if not, `true` when a conjunction joins them,
    /// `false` for a bare comma.
    private func listJoint(_ a: Mention, _ b: Mention) -> Bool? {
        guard a.end < b.start, b.start - a.end <= 8 else { return nil }
        var gap = tokens[a.end..<b.start]
        if let lead = exampleLead(gap) { gap = lead } else if gap.count > 4 { return nil }
        var conjunction = false
        var separator = false
        for t in gap {
            let n: String = t.norm
            guard WordClass.listGlue.contains(n) else { return nil }
            if n == "and" || n == "or" || n == "&" { conjunction = true; separator = true }
            if n == "," { separator = true }
        }
        return separator ? conjunction : nil
    }

    /// The position of "country", "nation" or "state" closing a short definite description that starts at
    /// `i` ("the country", "the resource-rich Asian state"), if any.
    private func descriptionHead(after i: Int, mentions: [Mention]) -> Int? {
        var j = i + 1
        while j < range.upperBound && j <= i + 5 {
            let t = tokens[j]
            if ["country", "nation", "state"].contains(t.norm) {
                // "the state of emergency", "state media" are not the country.
                if j + 1 < range.upperBound, ["of", "media", "news", "department", "visit", "television", "tv"].contains(tokens[j + 1].norm) { return nil }
                return j
            }
            guard t.kind == .word || t.text == "-", !mentions.contains(where: { $0.tokens.contains(j) }),
                !WordClass.prepositions.contains(t.norm), !WordClass.beForms.contains(t.norm), t.norm != "and"
            else { return nil }
            j += 1
        }
        return nil
    }

    /// A role phrase at token `j`: its end and whether it names the leader (not an official).
    private func role(at j: Int) -> (Int, Bool)? {
        func fits(_ phrase: [String]) -> Bool {
            guard j + phrase.count <= range.upperBound else { return false }
            for (k, w) in phrase.enumerated() where tokens[j + k].norm != w { return false }
            return true
        }
        if let p = WordClass.stateRoles.filter(fits).max(by: { $0.count < $1.count }) { return (j + p.count, false) }
        if let p = WordClass.leaderRoles.filter(fits).max(by: { $0.count < $1.count }) { return (j + p.count, true) }
        return nil
    }

    private func makeMention(_ actors: [Int], start: Int, end: Int, anaphor: Bool) -> Mention {
        let possessive = end < range.upperBound && (tokens[end].norm == "'s" || tokens[end].norm == "'")
            || (anaphor && tokens[start].norm == "his")
        var governor: String?
        var p = start - 1
        // Skip determiners and adjectives between a preposition and its object ("to the small country").
        var hops = 0
        while p >= range.lowerBound && hops < 3 && tokens[p].kind == .word
            && (["the", "a", "an", "its", "their", "his", "her", "neighboring", "neighbouring", "communist", "highly", "militarized", "small"].contains(tokens[p].norm)
                || WordClass.roleModifiers.contains(tokens[p].norm))
        {
            p -= 1
            hops += 1
        }
        if p >= range.lowerBound, WordClass.prepositions.contains(tokens[p].norm) { governor = tokens[p].norm }
        if governor != nil, let noun = groupNoun(introducing: p) {
            // "sanctions on countries like Iran", "with North Korea and other countries such as Iran": an example
            // plays the role of its noun phrase, whose preposition (if any) governs it.
            governor = nil
            var r = noun - 1
            while r >= range.lowerBound && noun - r <= 3 && tokens[r].kind == .word && tokens[r].norm != "and"
                && tokens[r].norm != "or" && !WordClass.beForms.contains(tokens[r].norm)
            {
                if WordClass.prepositions.contains(tokens[r].norm) {
                    governor = tokens[r].norm
                    break
                }
                r -= 1
            }
        }
        // "after Russia invaded Ukraine": a subordinating conjunction, not a preposition, before a verb.
        if let g = governor, ["after", "before", "since", "until", "as"].contains(g), end < range.upperBound {
            let next = tokens[end].norm
            if ["has", "had", "have", "was", "were", "is", "are", "will", "would", "did", "does", "can", "could",
                "may", "might", "'s"].contains(next) || next.hasSuffix("ed") && next.count > 4
            {
                governor = nil
            }
        }
        return Mention(actors: actors, tokens: start..<end, possessive: possessive, governor: governor, isAnaphor: anaphor)
    }

    /// The plural group noun whose examples the preposition at `p` introduces: "countries like", "allies such
    /// as", "partners, including".
    private func groupNoun(introducing p: Int) -> Int? {
        var q = p - 1
        switch tokens[p].norm {
        case "like", "including": break
        case "as":
            guard q >= range.lowerBound, tokens[q].norm == "such" else { return nil }
            q -= 1
        default: return nil
        }
        if q >= range.lowerBound, tokens[q].text == "," { q -= 1 }
        guard q >= range.lowerBound, WordClass.groupNouns.contains(tokens[q].norm) else { return nil }
        return q
    }

    /// The words between two list items with a trailing group noun and its example preposition removed
    /// ("and other countries like" → "and other"), or `nil` when the gap does not end that way.
    private func exampleLead(_ gap: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let last = gap.indices.last, let noun = groupNoun(introducing: last), noun >= gap.startIndex else { return nil }
        var lead = gap[gap.startIndex..<noun]
        // "other", "several", "many": modifiers of the group noun.
        while let l = lead.last, ["other", "several", "many", "some", "various", "fellow", "neighbouring", "neighboring"].contains(l.norm) {
            lead = lead.dropLast()
        }
        return lead
    }

    // MARK: - Events

    func codeEvents(mentions: [Mention]) -> [CodedEvent] {
        guard mentions.count >= 1, !tokens[range].contains(where: { WordClass.sportsWords.contains($0.norm) }) else { return [] }
        var out: [CodedEvent] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if mentions.contains(where: { $0.tokens.contains(i) }) {
                i += 1
                continue
            }
            let hits = cues.match(tokens, at: i, limit: range.upperBound)
            guard let first = hits.first else {
                i += 1
                continue
            }
            let end = first.end
            if i > range.lowerBound && tokens[i - 1].text == "-" {
                i = end  // "North Korean-supplied missiles": a modifier, not an event
                continue
            }
            let nounish = i > range.lowerBound && (WordClass.determiners.contains(tokens[i - 1].norm)
                || tokens[i - 1].kind == .word && tokens[i - 1].norm.hasSuffix("'s")
                || mentions.contains { $0.end == i } || isAdjectiveLike(tokens[i - 1])
                || tokens[i - 1].norm.hasSuffix("ing") && tokens[i - 1].norm.utf8.count > 4)  // "growing sanctions"
            // "faces sanctions from Britain": a noun cue followed by one of its prepositions.
            let nounHit = hits.first { cues.cues[$0.cue].pos == .noun }
            let nounPreps = nounHit.map { Set((cues.cues[$0.cue].preps ?? []) + (cues.cues[$0.cue].agents ?? ["by", "from"])) } ?? []
            let auxiliaries: Set<String> = ["to", "will", "would", "may", "might", "can", "could", "should", "must", "did", "does", "do", "not"]
            let nounByPrep = end < range.upperBound && nounPreps.contains(tokens[end].norm)
                && i > range.lowerBound && !auxiliaries.contains(tokens[i - 1].norm) && !mentions.contains { $0.end == i }
            let wanted: CuePOS = nounish || nounByPrep ? .noun : .verb
            guard let pick = hits.first(where: { cues.cues[$0.cue].pos == wanted })
                ?? (wanted == .noun && WordClass.determiners.contains(tokens[i - 1].norm) ? nil : first)
            else {
                i = end  // a verb cue after a determiner is another word: "a back channel"
                continue
            }
            let cue = cues.cues[pick.cue]
            if let words = cue.notAfter, i > range.lowerBound, words.contains(tokens[i - 1].norm) {
                i = end
                continue
            }
            // The object's head: after a possessor if there is one ("welcomed Romania and Hungary's agreement").
            let possessorEnd = (end..<min(range.upperBound, end + 6)).first { tokens[$0].norm == "'s" || tokens[$0].norm == "'" }
            let headFrom = possessorEnd.map { $0 + 1 } ?? end
            if let words = cue.notBefore, tokens[headFrom..<min(range.upperBound, headFrom + 4)].contains(where: { words.contains($0.norm) }) {
                i = end
                continue
            }
            if end < range.upperBound, ["commissioner", "commissioners", "minister", "ministers", "ministry", "secretary",
                "committee", "adviser", "advisor", "envoy", "director", "official", "officials", "chief", "department"].contains(tokens[end].norm)
            {
                i = end  // a word of a title or an office: "the EC's external relations commissioner", "aid agency chief"
                continue
            }
            if [.support, .cooperate].contains(cues.cues[pick.cue].type), isInsideProperName(i, end: end, mentions: mentions) {
                i = end  // "the Transatlantic Trade and Investment Partnership", "NATO's Partnership for Peace"
                continue
            }
            let cueText = tokens[i..<end].map(\.text).joined(separator: " ")
            if let required = cue.requires, !classFollows(required, after: end) {
                i = end
                continue
            }
            var effective = cue
            if let f = cue.figurative {
                let limit = min(range.upperBound, end + 8)
                if tokens[end..<limit].contains(where: { f.after.contains($0.norm) }) {
                    effective.type = f.type
                    effective.intensity = nil
                }
            }
            out += fill(cue: effective, cueText: cueText, start: i, end: end, participle: pick.participle, mentions: mentions)
            i = end
        }
        return out
    }

    /// Whether a capitalized cue is a word of a proper name (a programme, a treaty's title; used for ties of
    /// support and cooperation, since a named summit or agreement is still one): after another
    /// capitalized word that names no actor ("Investment Partnership"), or before "for"/"of" and a capitalized
    /// word ("Partnership for Peace"). Not at the start of a sentence, nor in a headline in title case.
    private func isInsideProperName(_ i: Int, end: Int, mentions: [Mention]) -> Bool {
        guard i > range.lowerBound, tokens[i].isCapitalized, !tokens[i].isAllCaps, !isTitleCase else { return false }
        let prev = tokens[i - 1]
        if prev.kind == .word, prev.isCapitalized, !mentions.contains(where: { $0.tokens.contains(i - 1) }),
            !WordClass.titleWords.contains(prev.norm), i - 1 > range.lowerBound
        {
            return true
        }
        if end + 1 < range.upperBound, ["for", "of", "on"].contains(tokens[end].norm), tokens[end + 1].isCapitalized {
            return true
        }
        return false
    }

    private func isAdjectiveLike(_ t: Token) -> Bool {
        ["defense", "defence", "strategic", "military", "economic", "comprehensive", "mutual", "bilateral",
         "partnership", "security", "trade", "nuclear", "arms", "fresh", "harsh", "numerous", "multiple", "western",
         "international", "strong", "close", "closest", "new", "major", "key", "main", "important", "loyal",
         "most", "great", "big", "reliable"].contains(t.norm)
    }

    private func classFollows(_ name: String, after end: Int) -> Bool {
        guard let words = cues.classes[name] else { return false }
        let limit = min(range.upperBound, end + 8)
        for j in end..<limit where words.contains(tokens[j].norm) { return true }
        // Also just before the cue ("the agreement was signed").
        for j in max(range.lowerBound, end - 6)..<end where words.contains(tokens[j].norm) { return true }
        return false
    }

    // MARK: Frames

    private func fill(cue: Cue, cueText: String, start: Int, end: Int, participle: Bool, mentions: [Mention]) -> [CodedEvent] {
        let clauseStart = self.clauseStart(before: start)
        // Modality is read between the subject and the cue: "he has already visited", not an earlier clause.
        // (Not a modifier of a noun cue: "would tear up the NATO treaty", "will attend IMF and World Bank meetings".)
        var modifiers = Set<Int>()
        if cue.pos == .noun, let last = mentions.last(where: { $0.end <= start && $0.end >= start - 2 }) {
            modifiers.insert(last.start)
            for m in mentions where m.end <= last.start && m.start >= clauseStart {
                let gap = tokens[m.end..<last.start]
                if gap.count <= 4 && gap.allSatisfy({ WordClass.listGlue.contains($0.norm) }) { modifiers.insert(m.start) }
            }
        }
        let subjectEnd = mentions.filter { $0.end <= start && $0.start >= clauseStart && $0.governor == nil && !$0.possessive
            && !modifiers.contains($0.start) }
            .first?.end ?? clauseStart
        var modality = self.modality(from: max(clauseStart, subjectEnd), to: start, cueEnd: end, noun: cue.pos == .noun)
        if cue.type.polarity == .cooperative {
            // "relations between Turkey and the US have unravelled": the tie is breaking, not a cooperation.
            let after = tokens[end..<clauseEnd(after: end)]
            if after.contains(where: { WordClass.breakdownWords.contains($0.norm) }) { modality = .dropped }
        }
        if start - 2 >= range.lowerBound, tokens[start - 1].norm == "against",
            ["advised", "advises", "advise", "advising", "warned", "warns", "warn", "warning", "cautioned", "cautions",
             "argued", "argues", "decided", "voted", "ruled"].contains(tokens[start - 2].norm)
        {
            modality = .dropped  // "advised against travel to Tunisia", "warned against visiting Iran"
        }
        if cue.pos == .noun, conditionalPredicate(after: end, mentions: mentions) {
            modality = .dropped  // "a new agreement between the IMF and Zaire would pave the way"
        }
        if clauseStart > range.lowerBound, ["if", "unless", "whether", "lest"].contains(tokens[clauseStart - 1].norm) {
            modality = .dropped  // "if the US sought to strike Syria"
        }
        switch modality {
        case .dropped: return []
        case .alleged:
            // Kept for the discourse (which states are being talked about), not emitted.
            return roles(cue: cue, cueText: cueText, start: start, end: end, participle: participle, mentions: mentions,
                         clauseStart: clauseStart, planned: false).map { e in
                var e = e
                e.alleged = true
                return e
            }
        case .actual, .planned:
            return roles(cue: cue, cueText: cueText, start: start, end: end, participle: participle, mentions: mentions,
                         clauseStart: clauseStart, planned: modality == .planned)
        }
    }

    /// Source and target of a cue from the sentence's structure (the cue's frame).
    private func roles(cue: Cue, cueText: String, start: Int, end: Int, participle: Bool, mentions: [Mention],
                       clauseStart: Int, planned: Bool) -> [CodedEvent]
    {
        let passive = cue.pos == .verb && participle && isPassive(before: start)
        var sources: [Int] = []
        var targets: [Int] = []
        var mutual = false
        func code() -> [CodedEvent] {
            var events: [CodedEvent] = []
            for s in sources {
                for t in targets where s != t {
                    events.append(CodedEvent(source: s, target: t, cue: cue, cueText: cueText, mutual: mutual, planned: planned))
                }
            }
            return events
        }
        var possessiveSubject: [Int]?
        if cue.pos == .noun, cue.effectiveFrame != .symmetric, let det = determiner(before: start),
            WordClass.unresolvedPossessives.contains(det)
        {
            // "Russia uses North Korean weapons for its attacks": "its" is the clause's subject, unless another
            // named state stands between them ("a supplier to Vietnam during its war"), when it is unclear.
            let subject = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            let subjectEnd = mentions.filter { subject.contains($0.actors.first ?? -1) && $0.end <= start }.map(\.end).max() ?? start
            let rival = mentions.contains { $0.start >= subjectEnd && $0.end <= start && $0.isName }
            guard (det == "its" || det == "their"), !subject.isEmpty, !rival, det != "its" || subject.count == 1 else { return [] }
            possessiveSubject = subject
        }
        let preps = Set(cue.preps ?? [])
        let agentPreps = Set(cue.agents ?? ["by", "from"])
        switch (cue.effectiveFrame, cue.pos) {
        case (.symmetric, _):
            mutual = true
            var participants: [Int] = []
            if passive {
                // "Belarus and China were discussed": topics, not participants; "signed by X and Y": agents.
                participants = objectGroup(after: end, preps: ["by"], direct: false, mentions: mentions)
                if participants.count < 2 { return [] }
                return mutualPairs(participants, cue: cue, cueText: cueText, planned: planned)
            }
            if cue.pos == .noun && distributiveAdjectives(before: start, cueEnd: end, mentions: mentions) {
                return []  // "the Canadian and Israeli pacts": one pact each, with a third party
            }
            let subject = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            let possessor = cue.pos == .noun ? possessorGroup(before: start, mentions: mentions) : []
            // A verb's "between" follows it ("mediated between X and Y"); one before it belongs to a noun
            // ("the ceasefire between Israel and Hezbollah ... will meet").
            let between = betweenGroup(mentions: mentions, near: start, end: end, onlyAfter: cue.pos == .verb)
            if cue.pos == .noun, let pair = hyphenPair(before: start, mentions: mentions) {
                return mutualPairs(pair, cue: cue, cueText: cueText, planned: planned)  // "the Israel-Palestinian negotiations"
            }
            var with = objectGroup(after: end, preps: preps.union(["with"]), direct: cue.pos == .verb, mentions: mentions)
            if cue.pos == .noun, with.isEmpty, let appositive = mentions.first(where: { m in
                m.governor == nil && !m.possessive && (m.start == end || m.start == end + 1 && tokens[end].text == ",")
                    && (m.end >= range.upperBound || !WordClass.speechVerbs.contains(tokens[m.end].norm))
            }) {
                with = appositive.actors  // "Russia's trading partner China", "its main trading partner, China"
            }
            let demonstrative = cue.pos == .noun && determiner(before: start).map { WordClass.demonstratives.contains($0) } == true
            if demonstrative && between.isEmpty && with.isEmpty && possessor.isEmpty {
                return []  // "watching this rapprochement": the partners were named before
            }
            if !between.isEmpty {
                participants = between
            } else if cue.requiresPrep == true && with.isEmpty {
                return []
            } else if cue.pos == .noun, let named = namedPossessors(before: start, mentions: mentions), named.count + with.count >= 2,
                Set(named + with).count >= 2
            {
                // "Britain welcomed Romania and Hungary's agreement": the owners are the parties, not the subject.
                participants = named
                for a in with where !participants.contains(a) { participants.append(a) }
            } else if cue.pos == .noun && (!possessor.isEmpty || !with.isEmpty) {
                // "Assad and his Russian and Iranian allies": the owner is tied to each of the others; the
                // others are not tied to each other.
                let owners = possessor.isEmpty ? subject : (subject.isEmpty ? possessor : subject)
                let others = (possessor.isEmpty ? [] : (subject.isEmpty ? [] : possessor)) + with
                var events: [CodedEvent] = []
                for a in owners {
                    for b in others where a != b {
                        events.append(CodedEvent(source: a, target: b, cue: cue, cueText: cueText, mutual: true, planned: planned))
                    }
                }
                if !events.isEmpty || owners.count < 2 { return events }
                participants = owners
            } else {
                // "X and Y have close ties" ties X and Y; "Britain, France and other European allies" does not.
                if cue.pos == .noun && possessor.isEmpty && with.isEmpty && !linkingVerb(before: start, from: clauseStart) {
                    return []
                }
                // "Talbott to meet Russian, Canadian counterparts": with no subject, the objects each meet someone
                // unnamed, not each other.
                if cue.pos == .verb && subject.isEmpty { return [] }
                participants = subject
                for a in possessor + with where !participants.contains(a) { participants.append(a) }
                if participants.count < 2, cue.pos == .noun {
                    // "views Russia as a strategic partner": an object followed by "as" before the cue.
                    for m in mentions where m.start >= clauseStart && m.end < start && m.governor == nil
                        && m.end + 4 >= start && tokens[m.end].norm == "as"
                    {
                        for a in m.actors where !participants.contains(a) { participants.append(a) }
                    }
                }
            }
            guard participants.count >= 2 else { return [] }
            return mutualPairs(participants, cue: cue, cueText: cueText, planned: planned)
        case (.inverse, _):
            let subject = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            if passive {
                sources = subject
                targets = objectGroup(after: end, preps: ["by", "in"], direct: false, mentions: mentions)
            } else {
                targets = subject
                sources = objectGroup(after: end, preps: preps.union(["from"]), direct: true, mentions: mentions)
            }
            return code()
        case (.transitive, .verb):
            let subject = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            if passive {
                targets = subject
                sources = objectGroup(after: end, preps: ["by"], direct: false, mentions: mentions)
            } else {
                if tokens[start].norm.hasSuffix("ing"), start > range.lowerBound,
                    WordClass.determiners.contains(tokens[start - 1].norm) || WordClass.prepositions.contains(tokens[start - 1].norm),
                    mentions.contains(where: { $0.start == end && !$0.isName && !$0.isAnaphor })
                {
                    return []  // "killed by invading Japanese troops": the participle describes its noun
                }
                sources = textAuthor(ofParticipleAt: start, clauseStart: clauseStart, mentions: mentions) ?? subject
                targets = objectGroup(after: end, preps: preps, direct: cue.takesDirectObject, mentions: mentions)
                if targets.isEmpty {
                    // "ridiculed the bromance between Putin and Kim"
                    targets = betweenGroup(mentions: mentions, near: end, end: min(range.upperBound, end + 4))
                }
                if targets.isEmpty, cue.type == .request || cue.type == .threaten, end + 1 < range.upperBound {
                    targets = complementTarget(after: end, mentions: mentions)
                }
                if targets.isEmpty, cue.answers == .accuse {
                    targets = answeredAccusers(of: sources)
                }
            }
            return code()
        case (.transitive, .noun):
            // The agent of a noun follows it closely ("sanctions from the West", "a visit by Putin to ...").
            // The agent of a noun follows it closely ("sanctions from the West"), possibly after a conjoined
            // noun ("sanctions and diplomatic pressures from Western nations").
            let agents = mentions.first { m in
                guard m.start >= end && m.start <= end + 6, m.governor.map(agentPreps.contains) == true else { return false }
                // After "and"/"or" a word ending in -s is a conjoined noun ("pressures"), not a verb.
                var conjoined = false
                return tokens[end..<m.start].allSatisfy { t in
                    if t.norm == "and" || t.norm == "or" { conjoined = true }
                    return t.text == "," || t.kind == .word && !t.isCapitalized
                        && (conjoined ? !WordClass.beForms.contains(t.norm) : !isVerbLike(t))
                }
            }?.actors ?? []
            targets = objectGroup(after: end, preps: preps.subtracting(agentPreps), direct: false, mentions: mentions)
            let possessor = possessiveSubject ?? possessorGroup(before: start, mentions: mentions)
            if !possessor.isEmpty {
                sources = possessor
            } else if !agents.isEmpty {
                sources = agents
                if targets.isEmpty {
                    targets = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
                }
            } else {
                let definite = start > range.lowerBound && tokens[start - 1].norm == "the"
                if !definite {
                    sources = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false,
                                           requireSubjectPosition: true)
                }
            }
            return code()
        }
    }

    /// Who made the latest recent accusation that involved one of `deniers` ("Both countries deny this."):
    /// a denial rejects the accusers' claim.
    private func answeredAccusers(of deniers: [Int]) -> [Int] {
        guard !deniers.isEmpty else { return [] }
        for a in accusations.reversed() where deniers.contains(where: { a.involved.contains($0) }) {
            return a.accusers.filter { !deniers.contains($0) }
        }
        return []
    }

    /// Two actors joined by a hyphen right before a noun cue, with at most two modifiers between: "the
    /// Israel-Palestinian negotiations", "the U.S.-Japanese security treaty".
    private func hyphenPair(before start: Int, mentions: [Mention]) -> [Int]? {
        guard let second = mentions.last(where: { $0.end <= start }), start - second.end <= 2, second.start >= range.lowerBound + 2,
            tokens[second.end..<start].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
            ["-", "\u{2013}"].contains(tokens[second.start - 1].text),
            let first = mentions.last(where: { $0.end == second.start - 1 }),
            first.actors.count == 1, second.actors.count == 1, first.actors != second.actors
        else { return nil }
        return first.actors + second.actors
    }

    /// The named owners of a noun cue and their conjuncts: "Romania and Hungary's agreement" (not "his allies").
    private func namedPossessors(before start: Int, mentions: [Mention]) -> [Int]? {
        guard let m = mentions.last(where: { $0.end <= start }), m.possessive, !m.isAnaphor else { return nil }
        let gap = tokens[m.end..<start].filter { $0.norm != "'s" && $0.norm != "'" }
        guard gap.count <= 4, gap.allSatisfy({ $0.kind == .word && !$0.isCapitalized && !WordClass.prepositions.contains($0.norm) })
        else { return nil }
        return group(around: m, mentions: mentions, lowerBound: range.lowerBound, upperBound: m.end)
    }

    /// A mutual tie for every pair of distinct participants.
    private func mutualPairs(_ participants: [Int], cue: Cue, cueText: String, planned: Bool) -> [CodedEvent] {
        var events: [CodedEvent] = []
        for a in 0..<participants.count {
            for b in (a + 1)..<participants.count where participants[a] != participants[b] {
                events.append(CodedEvent(source: participants[a], target: participants[b], cue: cue, cueText: cueText,
                                         mutual: true, planned: planned))
            }
        }
        return events
    }

    /// The determiner of a noun cue, skipping adjectives ("its ongoing attacks" → "its").
    private func determiner(before start: Int) -> String? {
        var j = start - 1
        var hops = 0
        while j >= range.lowerBound && hops < 4 {
            let t = tokens[j]
            if t.kind != .word || t.isCapitalized && hops > 0 { return nil }
            if WordClass.determiners.contains(t.norm) || WordClass.unresolvedPossessives.contains(t.norm) { return t.norm }
            if mentions.contains(where: { $0.tokens.contains(j) }) { return nil }
            j -= 1
            hops += 1
        }
        return nil
    }

    /// The first token of the clause that holds `index`.
    private func clauseStart(before index: Int) -> Int {
        var j = index - 1
        while j >= range.lowerBound {
            let t = tokens[j]
            if t.text == ")" {
                // Skip a parenthetical: "the country (unlike China) voted".
                var k = j - 1
                while k >= range.lowerBound && tokens[k].text != "(" { k -= 1 }
                if k >= range.lowerBound {
                    j = k - 1
                    continue
                }
            }
            if WordClass.clausePunctuation.contains(t.text) { return j + 1 }
            if t.kind == .word, mentions.contains(where: { $0.tokens.contains(j) }) {
                j -= 1  // a word of a name: "the United States" does not open a clause at "States"
                continue
            }
            // "Washington said Moscow had ...", "wants Moscow to stop" open a clause; "wants to reduce",
            // "is expected to visit" keep their subject.
            if WordClass.speechVerbs.contains(t.norm), j + 1 >= range.upperBound || tokens[j + 1].norm != "to" { return j + 1 }
            if t.norm == "after" && j + 1 < range.upperBound && tokens[j + 1].norm == "all" {
                j -= 1
                continue
            }
            if WordClass.clauseOpeners.contains(t.norm) {
                // "that" after a noun is a relative pronoun; after a verb of saying a complementizer. Both open a clause.
                return j + 1
            }
            j -= 1
        }
        return range.lowerBound
    }

    private func isPassive(before start: Int) -> Bool {
        var j = start - 1
        var hops = 0
        while j >= range.lowerBound && hops < 3 {
            let n = tokens[j].norm
            if WordClass.beForms.contains(n) { return true }
            if tokens[j].kind != .word || tokens[j].isCapitalized || WordClass.determiners.contains(n)
                || mentions.contains(where: { $0.tokens.contains(j) })
            {
                return false
            }
            j -= 1
            hops += 1
        }
        return false
    }

    /// `alleged`: what someone is accused of ("accuse the Kim regime of sending shells"): not reported as done.
    enum Modality { case actual, planned, alleged, dropped }

    private func modality(from clauseStart: Int, to start: Int, cueEnd: Int, noun: Bool) -> Modality {
        var planned = false
        var alleged = false
        let from = max(clauseStart, start - 8)
        // A noun inside a prepositional phrase is presupposed: "wants to reduce its dependence on its trading
        // partner", "seeking partners amid growing sanctions": modal words before the preposition do not
        // reach it (negation does).
        let scope = noun ? presupposingPreposition(before: start) : nil
        for j in from..<start {
            let n = tokens[j].norm
            if WordClass.negationMarkers.contains(n) { return .dropped }
            if let scope, j < scope { continue }
            if WordClass.hypotheticalMarkers.contains(n) { return .dropped }
            if WordClass.allegationMarkers.contains(n) { alleged = true }
            if WordClass.plannedMarkers.contains(n) { planned = true }
        }
        // "is planning to visit" etc. are caught above; after the cue, in its clause: "a visit planned for
        // June", "talks, scheduled for Thursday", "a visit to Moscow later this month".
        var j = cueEnd
        while j < min(range.upperBound, cueEnd + 8) && !WordClass.clauseOpeners.contains(tokens[j].norm)
            && !WordClass.clausePunctuation.contains(tokens[j].text)
        {
            if WordClass.plannedAfterMarkers.contains(tokens[j].norm) { planned = true }
            j += 1
        }
        // "On the eve of a Security Council visit to Nairobi": before the subject, so looked for apart.
        if (max(range.lowerBound, start - 10)..<start).contains(where: { tokens[$0].norm == "eve" && $0 + 1 < start && tokens[$0 + 1].norm == "of" }) {
            planned = true
        }
        // Headlines put the future as "to" + verb: "U.K. TO SUPPLY WHEAT TO CHINA".
        if start > range.lowerBound, tokens[start - 1].norm == "to", isTitleCase || isHeadline { planned = true }
        // ... anywhere before the cue in its clause: "JAPAN TO HOLD FORMAL FINANCIAL TALKS WITH FRANCE".
        if isTitleCase || isHeadline,
            (max(clauseStart, start - 6)..<start).contains(where: { j in tokens[j].norm == "to" && j + 1 < start && tokens[j + 1].kind == .word
                && !mentions.contains(where: { m in m.tokens.contains(j + 1) }) })
        {
            planned = true
        }
        return alleged ? .alleged : planned ? .planned : .actual
    }

    /// Whether the noun phrase of a noun cue (with its prepositional phrases) is followed by "would", "could",
    /// "might" or "may": the cue is the subject of a conditional ("a new agreement between X and Y would pave
    /// the way").
    private func conditionalPredicate(after end: Int, mentions: [Mention]) -> Bool {
        var j = end
        while j < range.upperBound && j < end + 12 {
            let t = tokens[j]
            if ["would", "could", "might", "may"].contains(t.norm) { return true }
            let inName = mentions.contains { $0.tokens.contains(j) }
            // (A comma ends the noun phrase: "an agreement between the US and Mexico, Mexico would pay".)
            guard inName || t.text == "-" || t.kind == .word && (WordClass.prepositions.contains(t.norm)
                || WordClass.determiners.contains(t.norm) || t.norm == "and" || !isVerbLike(t) && !WordClass.clauseOpeners.contains(t.norm))
            else { return false }
            j += 1
        }
        return false
    }

    /// The preposition heading the noun phrase of a noun cue at `start` ("on its main trading partner",
    /// "amid growing sanctions"), if it is one that presupposes its object (not "for", "to", "at", "in":
    /// "travel to China for talks" are still to come).
    private func presupposingPreposition(before start: Int) -> Int? {
        let presupposing: Set<String> = ["on", "of", "with", "from", "against", "over", "about", "upon", "amid", "amidst", "despite"]
        var j = start - 1
        while j >= range.lowerBound && start - j <= 4 {
            let t = tokens[j]
            if presupposing.contains(t.norm) { return j }
            guard t.kind == .word || t.text == "-", !t.isCapitalized || mentions.contains(where: { $0.tokens.contains(j) }),
                !WordClass.prepositions.contains(t.norm), !WordClass.beForms.contains(t.norm), !isVerbLike(t) || t.norm == "its"
            else { return nil }
            j -= 1
        }
        return nil
    }

    /// The subject: the nearest un-governed mention before the cue in its clause, with its conjuncts.
    /// When the clause opens with a relative pronoun and has no subject, the antecedent before it.
    private func subjectGroup(before start: Int, clauseStart: Int, mentions: [Mention], allowPossessive: Bool,
                              requireSubjectPosition: Bool = false) -> [Int]
    {
        if start > range.lowerBound, ["on", "about", "over", "against", "regarding", "without", "from", "in", "to"].contains(tokens[start - 1].norm),
            tokens[start].norm.hasSuffix("ing")
        {
            return []  // "the agreement on sending troops": who sends is not said here
        }
        var candidates = mentions.filter {
            $0.end <= start && $0.start >= clauseStart && (allowPossessive || !$0.possessive)
                && ($0.governor == nil || $0.governor == "with" && tokens[start].norm.hasSuffix("ing") && $0.end + 2 >= start)
        }
        if requireSubjectPosition {
            // For a noun cue, only a mention in subject position: near the clause start, or followed by a verb.
            candidates = candidates.filter { m in
                m.start <= clauseStart + 3 || (m.end < range.upperBound && isVerbLike(tokens[m.end]))
            }
        }
        // The leftmost candidate is the clause's subject ("Putin was received by China and traveled to
        // Belarus"); a gerund after "of"/"for" takes the nearest one ("accused North Korea of sending").
        let gerundComplement = start > range.lowerBound && ["of", "for"].contains(tokens[start - 1].norm)
        if let pick = gerundComplement ? candidates.last : candidates.first {
            var subject = group(around: pick, mentions: mentions, lowerBound: clauseStart)
            if !gerundComplement {
                for a in comparedSubjects(pick, clauseStart: clauseStart, before: start, mentions: mentions) where !subject.contains(a) {
                    subject.append(a)
                }
            }
            return subject
        }
        if clauseStart > range.lowerBound, WordClass.relativePronouns.contains(tokens[clauseStart - 1].norm) {
            // The antecedent: the nearest actor just before the pronoun ("the ICC (ICC), which issued").
            let pronoun = clauseStart - 1
            if let last = mentions.last(where: { $0.end <= pronoun && $0.end >= pronoun - 4 && !$0.possessive }) {
                return last.actors
            }
        }
        // A possessive subject in a copular clause ("Russia's economy depends on ...") is not used.
        return []
    }

    /// Actors compared with the subject by "like", who share its predicate: "Like Belarus and North Korea, Syria
    /// votes against ...", "Syria, like Belarus, has voted against ...". ("Unlike China" excludes; "like"
    /// elsewhere in the clause is not a comparison of the subject.)
    private func comparedSubjects(_ subject: Mention, clauseStart: Int, before start: Int, mentions: [Mention]) -> [Int] {
        let compared = mentions.filter { $0.governor == "like" && $0.start >= clauseStart && $0.end <= start }
        // Fronted: the comparison ends with a comma right before the subject.
        if let last = compared.last(where: { $0.end + 1 == subject.start && tokens[$0.end].text == "," }) {
            return group(around: last, mentions: mentions, lowerBound: clauseStart, upperBound: last.end)
        }
        // Inserted: "Syria, like Belarus and North Korea, has ...".
        if subject.end + 2 < start, tokens[subject.end].text == ",", tokens[subject.end + 1].norm == "like",
            let first = compared.first(where: { $0.start > subject.end + 1 && $0.start <= subject.end + 4 })
        {
            let members = group(around: first, mentions: mentions, lowerBound: subject.end + 1, upperBound: start)
            let last = mentions.last { $0.start >= first.start && $0.end <= start && members.contains($0.actors.first ?? -1) }
            if let last, last.end < start, tokens[last.end].text == "," { return members }
        }
        return []
    }

    /// The author of a text that a participle cue modifies: "a UN resolution condemning Russia" (the UN); "the
    /// EU issued a statement condemning ..." (the subject, by a verb of authoring). No one when the text's
    /// author is not said: "Syria voted against a resolution condemning Russia" (Syria condemns no one).
    /// `nil` when the cue does not modify a text.
    private func textAuthor(ofParticipleAt start: Int, clauseStart: Int, mentions: [Mention]) -> [Int]? {
        guard tokens[start].norm.hasSuffix("ing"), start - 1 >= clauseStart else { return nil }
        var noun = start - 1
        if tokens[noun].norm == "and" || tokens[noun].text == "," {
            // "a resolution condemning Russia ... and calling on it to stop": a second participle of one text.
            let finite: Set<String> = ["has", "have", "had", "will", "would", "can", "could", "did", "does"]
            let lower = max(clauseStart + 1, start - 16)
            guard lower < noun, let k = (lower..<noun).last(where: {
                tokens[$0].norm.hasSuffix("ing") && WordClass.documentNouns.contains(tokens[$0 - 1].norm)
            }), !tokens[k..<noun].contains(where: { WordClass.beForms.contains($0.norm) || finite.contains($0.norm) })
            else { return nil }
            noun = k - 1
        }
        guard WordClass.documentNouns.contains(tokens[noun].norm) else { return nil }
        let owner = possessorGroup(before: noun, mentions: mentions)
        if !owner.isEmpty { return owner }
        var j = noun - 1
        while j >= clauseStart && noun - j <= 5 {
            if WordClass.authoringVerbs.contains(tokens[j].norm) {
                return subjectGroup(before: j, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            }
            j -= 1
        }
        return []
    }

    /// Whether a plural symmetric noun is modified by adjectives joined by "and"/"or" ("the Canadian and
    /// Israeli pacts", "Japanese or Korean agreements"): each adjective has its own tie, not a tie with the
    /// other. "The U.S.-Japanese accord" (a singular noun) and "the two countries' agreement" are not.
    private func distributiveAdjectives(before start: Int, cueEnd: Int, mentions: [Mention]) -> Bool {
        guard tokens[cueEnd - 1].norm.hasSuffix("s"),
            let last = mentions.last(where: { $0.end == start }), !last.isName, !last.isAnaphor,
            let previous = mentions.last(where: { $0.end < last.start }), !previous.isName, !previous.isAnaphor
        else { return false }
        let between = tokens[previous.end..<last.start]
        return between.contains { $0.norm == "and" || $0.norm == "or" }
            && between.allSatisfy { $0.norm == "and" || $0.norm == "or" || $0.text == "," }
    }

    /// A verb between the subject and a symmetric noun that makes the subjects partners: "have", "signed",
    /// "strengthened", "are" ("X and Y are allies").
    private func linkingVerb(before start: Int, from clauseStart: Int) -> Bool {
        let verbs: Set<String> = [
            "have", "has", "had", "share", "shares", "shared", "maintain", "maintains", "maintained", "sign", "signs",
            "signed", "form", "formed", "forms", "establish", "established", "strengthen", "strengthened", "deepen",
            "deepened", "build", "built", "enjoy", "enjoys", "forge", "forged", "struck", "reached", "concluded",
            "expand", "expanded", "boost", "boosted", "develop", "developed", "seal", "sealed", "inked", "are", "were",
            "agreed", "announced", "launched", "stepped", "renewed", "restored", "resumed", "upgraded", "held", "hold",
        ]
        return tokens[clauseStart..<start].contains { verbs.contains($0.norm) }
    }

    private func isVerbLike(_ t: Token) -> Bool {
        let n = t.norm
        return WordClass.beForms.contains(n) || ["has", "have", "had", "will", "would", "can", "could", "did", "does", "also", "has"].contains(n)
            || (n.hasSuffix("ed") && n.count > 4) || (n.hasSuffix("s") && !n.hasSuffix("ss") && n.count > 3 && !t.isCapitalized && n != "its")
    }

    /// The possessor of a noun cue: "Putin's visit", "Western sanctions", "his trip".
    private func possessorGroup(before start: Int, mentions: [Mention]) -> [Int] {
        for m in mentions.reversed() where m.end <= start {
            // Hyphens of compound modifiers do not count: "his full-scale invasion".
            let gap = tokens[m.end..<start].filter { $0.norm != "'s" && $0.norm != "'" && $0.text != "-" }
            let excluded: Set<String> = ["and", "or", "a", "an", "the", "this", "that", "these", "those", "to", "not", "also"]
            let onlyModifiers = gap.allSatisfy { $0.kind == .word && !$0.isCapitalized
                && !WordClass.prepositions.contains($0.norm) && !WordClass.beForms.contains($0.norm)
                && !["has", "have", "had", "will", "would", "can", "could"].contains($0.norm) && !excluded.contains($0.norm)
                && (m.possessive || !isVerbLike($0)) }
            // "Putin's impending visit" (a possessor and up to four modifiers) or "Western sanctions",
            // "U.S. military aid" (an adjective and at most two).
            if onlyModifiers && (m.possessive ? gap.count <= 4 : gap.count <= 2) && !m.isAnaphor || m.possessive && m.isAnaphor && gap.count <= 4 && onlyModifiers {
                return m.actors
            }
            return []
        }
        return []
    }

    /// Mentions after the cue introduced by one of `preps` (or none, for a direct object), with conjuncts.
    private func objectGroup(after end: Int, preps: Set<String>, direct: Bool, mentions: [Mention], stopAtFirst: Bool = false) -> [Int] {
        // Objects of nouns follow closely ("a visit to Vietnam"); objects of verbs may be further away.
        let nounCue = !direct
        let limit = min(clauseEnd(after: end), end + (nounCue ? 7 : 14))
        // The object's conjuncts may reach further ("with North Korea and other countries like Iran").
        let groupLimit = min(clauseEnd(after: end), end + 14)
        let cueWord = end > range.lowerBound ? tokens[end - 1].norm : ""
        for m in mentions where m.start >= end && m.start < limit {
            if let g = m.governor, direct, g == cueWord, m.start <= end + 3 {
                // "voted against UN resolutions": the preposition belongs to the cue.
                return group(around: m, mentions: mentions, lowerBound: end, upperBound: groupLimit)
            }
            if let g = m.governor {
                if preps.contains(g) && possessedIsState(m) { return group(around: m, mentions: mentions, lowerBound: end, upperBound: groupLimit) }
                if stopAtFirst { return [] }
                continue
            }
            if direct {
                if m.possessive && m.isAnaphor { return [] }  // "supported his murder": the object is not him
                // The direct object is the first noun phrase after the verb: only a few modifiers may stand
                // between ("condemned the Russian invasion"), or a colon before a list ("visited five
                // countries: Belarus, ..."). "attacked the proclamation of ... Israeli territory" has none.
                let gap = tokens[end..<m.start]
                let listAfterColon = gap.contains { $0.text == ":" }
                // Nor a participle cue: "voted against a resolution condemning Russia" (Russia is not voted against).
                let participleCue = gap.indices.contains { k in
                    tokens[k].norm.hasSuffix("ing") && cues.match(tokens, at: k, limit: range.upperBound).contains { cues.cues[$0.cue].pos == .verb }
                }
                guard listAfterColon || gap.count <= 3 && !participleCue
                    && gap.allSatisfy({ $0.kind == .word && (!$0.isCapitalized || WordClass.directions.contains($0.norm)) }) else {
                    if stopAtFirst { return [] }
                    continue
                }
                return group(around: m, mentions: mentions, lowerBound: end, upperBound: groupLimit)
            }
        }
        return []
    }

    /// For a possessive object, whether it is the object: not when its head names a place beside it or a
    /// stand-in ("the war on Kuwait's northern doorstep", "talks on Russia's behalf"); an attack on Kuwait's
    /// oil fields is one on Kuwait.
    private func possessedIsState(_ m: Mention) -> Bool {
        guard m.possessive, !m.isAnaphor else { return true }
        let beside: Set<String> = [
            "doorstep", "doorsteps", "backyard", "periphery", "neighbourhood", "neighborhood", "outskirts", "edge",
            "fringes", "sidelines", "behalf", "doorway", "threshold",
        ]
        var j = m.end
        while j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { j += 1 }
        var hops = 0
        while j < range.upperBound && hops < 3 && tokens[j].kind == .word {
            if beside.contains(tokens[j].norm) { return false }
            j += 1
            hops += 1
        }
        return true
    }

    private func clauseEnd(after end: Int) -> Int {
        var j = end
        var steps = 0
        while j < range.upperBound && steps < 25 {
            let t = tokens[j]
            if [";", "\u{2014}", "(", ")", "."].contains(t.text) { return j }
            if ["which", "who", "while", "whereas", "although", "but", "because", "despite", "when", "after", "before", "since", "that", "whether", "if"].contains(t.norm) { return j }
            j += 1
            steps += 1
        }
        return j
    }

    /// "between X and Y" near the cue.
    private func betweenGroup(mentions: [Mention], near start: Int, end: Int, onlyAfter: Bool = false) -> [Int] {
        let from = onlyAfter ? end : max(range.lowerBound, start - 6)
        for j in from..<min(range.upperBound, end + 6) where tokens[j].norm == "between" {
            if let first = mentions.first(where: { $0.start > j && $0.start <= j + 4 }) {
                let g = group(around: first, mentions: mentions, lowerBound: j, upperBound: range.upperBound)
                if g.count >= 2 { return g }
            }
        }
        return []
    }

    /// A mention and the mentions joined to it by list glue ("X, Y and Z").
    private func group(around m: Mention, mentions: [Mention], lowerBound: Int, upperBound: Int? = nil) -> [Int] {
        guard let index = mentions.firstIndex(of: m) else { return m.actors }
        var members = [index]
        func glued(_ a: Mention, _ b: Mention) -> Bool {
            guard a.end <= b.start, a.governor == b.governor || b.governor == nil && a.governor == nil else { return false }
            var gap = tokens[a.end..<b.start]
            if let lead = exampleLead(gap) { gap = lead }
            return gap.count <= 5 && !gap.isEmpty && gap.allSatisfy { WordClass.listGlue.contains($0.norm) }
                && gap.contains { $0.norm == "," || $0.norm == "and" || $0.norm == "or" || $0.norm == "&" }
        }
        var k = index
        while k > 0 && mentions[k - 1].start >= lowerBound && glued(mentions[k - 1], mentions[k]) && !mentions[k - 1].possessive {
            members.insert(k - 1, at: 0)
            k -= 1
        }
        k = index
        let upper = upperBound ?? range.upperBound
        while k + 1 < mentions.count && mentions[k + 1].end <= upper && glued(mentions[k], mentions[k + 1]) {
            members.append(k + 1)
            k += 1
        }
        var out: [Int] = []
        for i in members { for a in mentions[i].actors where !out.contains(a) { out.append(a) } }
        return out
    }
}

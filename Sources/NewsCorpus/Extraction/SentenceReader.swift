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

/// Reads one sentence: resolves its mentions (this file), then codes its cues (`SentenceReader+Events`), with
/// clause structure (`+Clauses`) and modality (`+Modality`) in their own files.
struct SentenceReader {
    let tokens: [Token]
    /// The word id of each token (``Vocabulary``), for the tries and the word classes.
    let words: [Vocabulary.ID]
    let range: Range<Int>
    let tables: ExtractionTables
    let date: String?
    private(set) var mentions: [Mention] = []
    /// Recent accusations in the document, for cues that answer them (``Cue/answers``).
    var accusations: [DiscourseContext.Accusation] = []
    /// A short line standing alone (a headline or a list heading): "to" + verb is its future tense.
    var isHeadline = false

    init(tokens: [Token], words: [Vocabulary.ID], range: Range<Int>, tables: ExtractionTables, date: String?) {
        self.tokens = tokens
        self.words = words
        self.range = range
        self.tables = tables
        self.date = date
    }

    /// The tables' lexicon and cues. (Their matchers and vocabulary are used through `tables` itself: a
    /// property returning one copied all its arrays per use.)
    var lexicon: Lexicon { tables.lexicon }
    /// The kind of lexicon entry `entry`.
    @inline(__always) func kind(of entry: Int) -> ActorKind { tables.kinds[entry] }
    var cues: CueDictionary { tables.cues }

    /// Whether the word of token `j` belongs to one of `classes` (by its id: no string is hashed).
    @inline(__always) func word(_ j: Int, isIn classes: WordClasses) -> Bool { tables.vocabulary.word(words[j], isIn: classes) }

    // MARK: - Mentions

    /// Finds names, folds titles into the people they introduce, and resolves anaphors.
    mutating func resolveMentions(context: inout DiscourseContext) -> [Mention] {
        let dateline = datelineEnd()
        let matches = tables.names(in: tokens, words: words, range: range).filter { $0.tokens.lowerBound >= dateline }
        var out: [Mention] = []
        var k = 0
        while k < matches.count {
            let m = matches[k]
            if isPartOfLargerName(m.tokens, nextMatchStart: k + 1 < matches.count ? matches[k + 1].tokens.lowerBound : nil)
                || (kind(of: m.entry) == .country && (m.form == .name || m.form == .metonym)
                    && headsLargerName(m.tokens, nextMatchStart: k + 1 < matches.count ? matches[k + 1].tokens.lowerBound : nil))
                // "the West Bank", "the West Wing": a group's name before any capitalized word but a day or month.
                || (kind(of: m.entry) == .group && m.form == .name && m.tokens.upperBound < range.upperBound
                    && tokens[m.tokens.upperBound].isCapitalized && tokens[m.tokens.upperBound].kind == .word
                    && !word(m.tokens.upperBound, isIn: .calendarWords) && !isTitleCase)
            {
                k += 1
                continue
            }
            var actor = m.entry
            if m.alternatives.isEmpty, kind(of: m.entry) == .leader {
                context.namedLeaders.removeAll { $0 == m.entry }
                context.namedLeaders.append(m.entry)
            }
            if !m.alternatives.isEmpty, let named = context.namedLeaders.last(where: { $0 == m.entry || m.alternatives.contains($0) }) {
                // A name that several leaders share is the one the article named in full before: "Castro" after
                // "former dictator Fidel Castro", "President Kirchner" after "Nestor Kirchner".
                actor = named
            } else if let date, !m.alternatives.isEmpty, !inOffice(m.entry, on: date),
                let current = m.alternatives.first(where: { inOffice($0, on: date) })
            {
                actor = current  // "President Bush" in 2003 is George W. Bush
            } else if date == nil, !m.alternatives.isEmpty {
                // Undated, an ambiguous name is the latest office-holder of that name: most news is recent
                // ("President Bush" in an undated 2004 story is George W. Bush).
                actor = ([m.entry] + m.alternatives).max { lastServed($0) < lastServed($1) } ?? m.entry
            }
            let named = actor
            var end = m.tokens.upperBound
            let entryKind = kind(of: actor)
            // "former" or "ex" right before the name: "former Israel PM Peres", "former Israel Defense Forces soldier".
            let formerBefore = (max(range.lowerBound, m.tokens.lowerBound - 2)..<m.tokens.lowerBound).contains { ["former", "ex"].contains(tokens[$0].norm) }
            if entryKind == .country, formerBefore,
                (end..<min(range.upperBound, end + 6)).contains(where: { ["soldier", "soldiers", "officer", "officers", "agent", "agents",
                    "spy", "marine", "marines", "pilot", "commander", "sergeant", "captain", "colonel", "employee", "contractor",
                    "member", "members"].contains(tokens[$0].norm) })
            {
                k += 1  // "former Israel Defense Forces (IDF) soldier Gill Rosenberg": a private person now
                continue
            }
            if entryKind == .country || (entryKind == .leader && m.form == .title) {
                var j = end
                if j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { j += 1 }
                let modifiersStart = j
                while j < range.upperBound && word(j, isIn: .roleModifiers) { j += 1 }
                // "Taiwan's vice president" is an official of the state, not its president.
                let deputy = tokens[modifiersStart..<j].contains { ["vice", "deputy", "assistant", "under"].contains($0.norm) }
                if entryKind == .country, let (roleEnd, roleIsLeader) = role(at: j) {
                    // A counterpart is of the office named before it: "the Greek defense minister announced that his Egyptian
                    // counterpart was due to visit Athens" is Egypt's minister, who speaks for the state.
                    let ministersCounterpart = ["counterpart", "counterparts"].contains(tokens[j].norm)
                        && (range.lowerBound..<m.tokens.lowerBound).contains(where: { ["minister", "ministers", "secretary", "envoy",
                            "ambassador", "official", "officials", "negotiator", "chief"].contains(tokens[$0].norm) })
                    let isLeader = roleIsLeader && !deputy && !ministersCounterpart
                    var after = roleEnd
                    if after < range.upperBound && tokens[after].text == "," { after += 1 }
                    // "former Tanzanian president Julius Nyerere", "Israel's former foreign minister": out of office.
                    let former = tokens[modifiersStart..<j].contains { $0.norm == "former" } || formerBefore
                    if k + 1 < matches.count, matches[k + 1].tokens.lowerBound == after,
                        kind(of: matches[k + 1].entry) == .leader
                    {
                        if former, let date, !inOffice(matches[k + 1].entry, on: date) {
                            // "former Israeli prime minister Shimon Peres" in 1996: out of office, a private person.
                            k += 2
                            continue
                        }
                        actor = matches[k + 1].entry
                        end = matches[k + 1].tokens.upperBound
                        k += 1
                    } else if former {
                        // A former official the lexicon does not name acts for no state.
                        k += 1
                        continue
                    } else if isLeader, let date, let leader = lexicon.leader(of: tables.ids[actor], on: date),
                        let li = lexicon.index(of: leader.id),
                        // "the US president, Richard Nixon", "Jordanian Prime Minister Abdul-Karim al-Kabariti": a
                        // name the lexicon does not know is someone else, who speaks for the state. (Not a day or
                        // month, "the US president Thursday said", nor a headline's verb, "Russian President Visits".)
                        !(after < range.upperBound && tokens[after].isCapitalized && tokens[after].kind == .word
                            && !word(after, isIn: .calendarWords) && (after > roleEnd || !isVerbLike(tokens[after]))
                            && !namesLeader(lexicon.entries[li], at: after))
                    {
                        actor = li
                        end = roleEnd
                    } else {
                        end = roleEnd
                    }
                }
            }
            // "the Kim regime", "blamed Kim Jong Un's regime" stand for the state.
            let regime = end < range.upperBound && ["'s", "'"].contains(tokens[end].norm) ? end + 1 : end
            if kind(of: actor) == .leader, regime < range.upperBound,
                word(regime, isIn: .leaderStateNouns), let ci = tables.countryIndex[actor]
            {
                actor = ci
                end = regime + 1
            }
            if kind(of: actor) == .leader, let date, let office = tables.qualifiedActor(of: actor, on: date) {
                actor = office  // Shevardnadze in 1998, Georgia's president; Rutte in 2016, the Dutch prime minister
            } else if kind(of: actor) == .leader, !tables.isHead[actor], let ci = tables.countryIndex[actor] {
                actor = ci  // a minister or secretary-general speaks for the state or organization
            }
            if kind(of: named) == .leader, !tables.isHead[named], let date, !inOffice(named, on: date) {
                // A minister speaks for the state only in office: "Rubio" in 2016 was a senator and a candidate.
                // (Heads of state and government stay the persons they are, in office or not: judges counted
                // "candidate Trump met the Mexican president" as a meeting; measured, dropping them lost more
                // correct events than wrong ones.)
                k += 1
                continue
            }
            // A leader's kin or remains are not the leader: "offered condolences and support to Hariri's family".
            if kind(of: named) == .leader, m.tokens.upperBound + 1 < range.upperBound, tokens[m.tokens.upperBound].norm == "'s",
                ["family", "families", "widow", "wife", "husband", "son", "sons", "daughter", "daughters", "relatives", "children",
                 "brother", "sister", "mother", "father", "funeral", "grave", "tomb", "body", "killers", "assassins",
                 "assassination", "murder", "killing", "death"].contains(tokens[m.tokens.upperBound + 1].norm)
            {
                k += 1
                continue
            }
            if kind(of: named) == .leader, let date, firstServedLongAfter(named, date: date) {
                // "Bennett, who is leading one of three soybean delegations" in 1987 is not Naftali Bennett.
                k += 1
                continue
            }
            if m.form == .name, kind(of: m.entry) == .country,
                tokens[m.tokens.lowerBound].norm == "the" || m.tokens.lowerBound > range.lowerBound && tokens[m.tokens.lowerBound - 1].norm == "the",
                namesAnAgreement(after: m.tokens.upperBound)
            {
                k += 1  // "the Iran nuclear deal", "the Iran deal": an accord named after one party, not a tie with it
                continue
            }
            if m.form == .name, kind(of: m.entry) == .country, namesAnAgreement(after: m.tokens.upperBound, orPact: true),
                // (Not a hyphen pair, which names the parties: "ROMANIA-HUNGARY TREATY".)
                m.tokens.lowerBound == range.lowerBound || tokens[m.tokens.lowerBound - 1].text != "-",
                Set(matches[..<k].filter { kind(of: $0.entry) == .country && $0.entry != m.entry }.map(\.entry)).count >= 2
            {
                k += 1  // "CHINA, PORTUGAL INITIAL MACAO PACT": after two parties, a state before the accord is its topic
                continue
            }
            if m.form == .metonym, kind(of: m.entry) == .country, namesAPlaceOfAnAgreement(after: m.tokens.upperBound) {
                k += 1  // "the Paris climate agreement", "the Minsk accords": where it was made, not a party
                continue
            }
            if m.form == .name, kind(of: m.entry) == .country, m.tokens.upperBound < range.upperBound,
                tokens[m.tokens.upperBound].norm == "round" || m.tokens.upperBound + 1 < range.upperBound
                    && tokens[m.tokens.upperBound + 1].norm == "round" && ["trade", "negotiating"].contains(tokens[m.tokens.upperBound].norm)
            {
                k += 1  // "the Uruguay Round", "the Uruguay trade round": a negotiation named after its venue
                continue
            }
            if kind(of: named) == .leader, m.form == .name, m.tokens.lowerBound >= range.lowerBound + 2,
                tokens[m.tokens.lowerBound - 1].text == "-", tokens[m.tokens.lowerBound - 2].isCapitalized,
                tokens[m.tokens.lowerBound - 2].end == tokens[m.tokens.lowerBound - 1].start,
                !matches.contains(where: { $0.tokens.contains(m.tokens.lowerBound - 2) })
            {
                k += 1  // "Nkosazana Dlamini-Zuma" is not Jacob Zuma ("the Trump-Putin meeting" is Putin)
                continue
            }
            if kind(of: actor) == .country, end == m.tokens.upperBound, end + 1 < range.upperBound,
                tokens[end].norm == "'s" || tokens[end].norm == "'", tokens[end + 1].isCapitalized, tokens[end + 1].kind == .word,
                !WordClass.roleModifiers.contains(tokens[end + 1].norm), !WordClass.stateNouns.contains(tokens[end + 1].norm),
                !WordClass.titleWords.contains(tokens[end + 1].norm),
                !matches.contains(where: { $0.tokens.lowerBound == end + 1 }), !namesAPlace(after: end + 1)
            {
                k += 1  // "Russia's Zhirinovsky", "Russia's Interfax": a person or body of the country, not the state
                continue
            }
            if kind(of: actor) == .country, end == m.tokens.upperBound, namesAPrivateParty(after: end) {
                k += 1  // "an LNG deal with a U.S. group", "a Japanese trading firm", "a UK national"
                continue
            }
            if m.form == .adjective || m.form == .demonym, actor == m.entry, end == m.tokens.upperBound,
                m.form == .demonym ? !demonymStandsForState(m.tokens) : !adjectiveStandsForState(after: end)
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
            // (Most words open no anaphor: passed over by their class.)
            if !word(i, isIn: .anaphorOpeners) || out.contains(where: { $0.tokens.contains(i) }) {
                i += 1
                continue
            }
            let n = tokens[i].norm
            if (n == "it" || n == "they"), let speaker = speakerBefore(i, mentions: out) {
                // "Switzerland said today it had expelled ...": the pronoun is the speaker.
                anaphors.append(makeMention([speaker], start: i, end: i + 1, anaphor: true))
            } else if n == "he" || n == "him" || n == "his" {
                // "De Mistura said he was asking ...": the speaker, a person the lexicon does not know.
                if i >= range.lowerBound + 2, word(i - 1, isIn: .speechVerbs), tokens[i - 2].isCapitalized,
                    tokens[i - 2].kind == .word, !out.contains(where: { $0.tokens.contains(i - 2) })
                {
                    i += 1
                    continue
                }
                var earlier = out.last { $0.end <= i && $0.actors.count == 1 && kind(of: $0.actors[0]) == .leader }
                // Past a comma, the pronoun of an adjunct takes the sentence's subject, not a leader named inside its
                // object: "Although Erdoğan appears to have lessened his determination to see Bashar al-Assad removed,
                // as part of his growing cooperation with Russia" is Erdoğan's cooperation.
                if let last = earlier, let first = out.first(where: { $0.end <= last.start && $0.actors.count == 1
                    && kind(of: $0.actors[0]) == .leader && $0.governor == nil && !$0.possessive }),
                    first.actors != last.actors, (last.end..<i).contains(where: { tokens[$0].text == "," }),
                    first.end < range.upperBound, isVerbLike(tokens[first.end]),
                    (range.lowerBound..<first.start).allSatisfy({ k in tokens[k].kind == .word && !out.contains { $0.tokens.contains(k) } })
                {
                    earlier = first
                }
                // "During his visit to Tokyo, Howard said": in a fronted phrase, the pronoun looks ahead to the
                // main clause's subject, here a person the lexicon does not know.
                if earlier == nil, let comma = (i..<min(range.upperBound, i + 12)).first(where: { tokens[$0].text == "," }),
                    comma + 1 < range.upperBound, tokens[comma + 1].isCapitalized, tokens[comma + 1].kind == .word,
                    !word(comma + 1, isIn: [.determiners, .clauseOpeners, .titleWords]),
                    !matches.contains(where: { $0.tokens.contains(comma + 1) }),
                    i - range.lowerBound <= 2
                {
                    i += 1
                    continue
                }
                // "De Mistura reiterated a message he gave ...": a sentence whose subject is a person the lexicon does
                // not know, and no leader named before the pronoun: the pronoun is that person.
                if earlier == nil, unknownPersonSubject(before: i, matches: matches) {
                    i += 1
                    continue
                }
                // "labeled Soleimani as a terrorist and levied sanctions against him": a name the lexicon does not
                // know, the object of a verb earlier in the sentence, is the one meant, not the leader named before.
                if earlier == nil, n == "him", i > range.lowerBound + 1,
                    (range.lowerBound + 1..<i).contains(where: { k in
                        tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isAllCaps
                            && !out.contains(where: { $0.tokens.contains(k) }) && tokens[k - 1].kind == .word
                            && !tokens[k - 1].isCapitalized && tokens[k - 1].norm.hasSuffix("ed")
                            && !word(k, isIn: [.determiners, .calendarWords, .titleWords])
                    })
                {
                    i += 1
                    continue
                }
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
                let earlier = out.last { $0.end <= i && $0.actors.count == 1 && kind(of: $0.actors[0]) == .country && other($0.actors[0]) }
                if let c = context.heading.flatMap({ other($0) ? $0 : nil }) ?? earlier?.actors[0] ?? context.recentCountries.last(where: other) {
                    anaphors.append(makeMention([c], start: i, end: head + 1, anaphor: true))
                    i = head + 1
                    continue
                }
            } else if (n == "the" || n == "both") && i + 2 <= range.upperBound {
                var j = i + 1
                if n == "the" && j < range.upperBound && tokens[j].norm == "two" { j += 1 } else if n == "the" { i += 1; continue }
                if j < range.upperBound, ["countries", "states", "nations", "sides", "leaders", "rulers"].contains(tokens[j].norm) {
                    // "Both sides" of a conflict are often a state and a militia ("Jumbish denied ... that the two
                    // sides had agreed"): only a pair named in the sentence or the last pair of an event.
                    let sides = tokens[j].norm == "sides"
                    var pair = sides ? [] : Array(context.recentCountries.suffix(2))
                    // "the Egypt–Israel peace treaty and the normalization of relations between the two
                    // nations": two states named earlier in the same sentence come first.
                    var named: [Int] = []
                    for m in out where m.end <= i && m.actors.count == 1 && kind(of: m.actors[0]) == .country {
                        named.removeAll { $0 == m.actors[0] }
                        named.append(m.actors[0])
                    }
                    if named.count >= 2 {
                        pair = Array(named.suffix(2))
                    } else if !sides, let h = context.heading, !pair.contains(h), let other = context.recentCountries.last(where: { $0 != h }) {
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
        // The possessed name shares its possessor's preposition ("volunteers with Syria's Kurdish People's
        // Protection Units"), and so does a name in parentheses right after a name ("with the YPG (People's
        // Protection Units)").
        for k in all.indices.dropFirst() where all[k].governor == nil {
            let before = all[k - 1]
            guard let g = before.governor, !before.isAnaphor, !all[k].isAnaphor else { continue }
            let afterPossessive = before.possessive && all[k].start > before.end
                && all[k].start - before.end <= 3
                && (before.end + 1..<all[k].start).allSatisfy { j in tokens[j].kind == .word && tokens[j].isCapitalized }
            let inParentheses = all[k].start == before.end + 1 && tokens[before.end].text == "("
            if afterPossessive || inParentheses { all[k].governor = g }
        }
        mentions = all
        return all
    }

    /// Whether a demonym names the state. With "the", when a verb follows it ("the Russians agreed", "The
    /// Palestinians blamed Israel"); without "the" it is people ("called on Americans to pressure Congress"), as it
    /// is before "of", "who" or a participle ("the Armenians of Israel", "the Britons who travel to Syria", "the
    /// Chinese working in the country"). One that is also the adjective ("the French", "the Japanese") only before
    /// an auxiliary, a past tense or punctuation ("the British relinquished"; not "the French sources"), or before
    /// a state noun, as the adjective ("the Japanese Finance Ministry").
    func demonymStandsForState(_ span: Range<Int>) -> Bool {
        let end = span.upperBound
        let withThe = tokens[span.lowerBound].norm == "the"
            || span.lowerBound > range.lowerBound && tokens[span.lowerBound - 1].norm == "the"
        guard withThe else { return false }
        let verbFollows = end >= range.upperBound || tokens[end].kind == .punctuation && tokens[end].text != "("
            || word(end, isIn: [.auxiliaries, .beForms, .verbMarkers])
            || tokens[end].kind == .word && !tokens[end].isCapitalized
                && !["who", "whom", "whose", "of", "in", "from", "living", "working", "based", "abroad", "there", "here"].contains(tokens[end].norm)
                && !tokens[end].norm.hasSuffix("ing")
                && (tokens[end - 1].norm.hasSuffix("s") || tokens[end].norm.hasSuffix("ed"))
        return verbFollows || adjectiveStandsForState(after: end)
    }

    /// Whether a country adjective ending at `end` is followed by a noun that makes it the state: a state
    /// noun ("Russian troops"), an event cue ("Western sanctions", "Iranian assistance"), a conjoined
    /// adjective that is ("Russian and Iranian allies"), possibly after a few modifiers.
    func adjectiveStandsForState(after end: Int) -> Bool {
        var j = end
        var hops = 0
        while j < range.upperBound && hops < 4 {
            let t = tokens[j]
            if word(j, isIn: .nonStateModifiers) { return false }  // "a Libyan terrorist attack"
            // A company, private interests, or the end of the noun phrase at a conjunction after its head: "British
            // and German interests", "threatens British interests and international peace".
            if word(j, isIn: .companyNouns) || hops > 0 && (t.norm == "and" || t.norm == "or") { return false }
            if word(j, isIn: .stateNouns) {
                // "a Syrian border town" is a place, not the state.
                return !(t.norm == "border" && j + 1 < range.upperBound && WordClass.borderPlaceNouns.contains(tokens[j + 1].norm))
            }
            // The noun phrase ends at a verb: "Japanese customers will visit Saudi Arabia".
            if word(j, isIn: [.auxiliaries, .beForms]) { return false }
            if tables.cueMatcher.match(tokens, words, at: j, limit: range.upperBound).contains(where: { cues.cues[$0.cue].pos == .noun }) { return true }
            if t.kind != .word && t.text != "," && t.text != "-" { return false }
            j += 1
            hops += 1
        }
        return false
    }

    /// The last day a leader of that name served (empty when in office or without terms): orders ambiguous names.
    func lastServed(_ entry: Int) -> String {
        let terms = tables.terms[entry]
        guard !terms.isEmpty else { return "" }
        return terms.map { $0.end ?? "9999-12-31" }.max() ?? ""
    }

    /// Whether every term of a leader began more than 15 years after `date`: the name then belongs to
    /// someone else ("Bennett" in 1987, "Johnson" in 1990). (Closer to office, a name is often the future
    /// leader in an earlier post or campaign.)
    func firstServedLongAfter(_ entry: Int, date: String) -> Bool {
        let terms = tables.terms[entry]
        guard !terms.isEmpty, let year = Int(date.prefix(4)) else { return false }
        return terms.allSatisfy { term in term.start.flatMap { Int($0.prefix(4)) }.map { $0 > year + 15 } ?? false }
    }

    /// Whether a leader held office on `date` (an entry without terms or not a leader counts as in office).
    func inOffice(_ entry: Int, on date: String) -> Bool {
        let terms = tables.terms[entry]
        guard kind(of: entry) == .leader, !terms.isEmpty else { return true }
        return terms.contains { $0.covers(date) }
    }

    /// Whether a country's name or adjective ending at `end` gives a company's or a private person's
    /// nationality: a company noun or a person noun follows, possibly after one modifier ("a U.S. group", "a
    /// Japanese trading firm", "U.S. unit", "a UK national", "a US citizen"), also past a conjoined name ("U.S.
    /// and EC business leaders").
    func namesAPrivateParty(after end: Int) -> Bool {
        var j = end
        if j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { j += 1 }
        // A conjoined or hyphenated name shares the noun after it: "U.S. and EC business leaders", "a U.S.-USSR
        // business meeting" (a run of up to three capitalized words).
        if j + 1 < range.upperBound, tokens[j].norm == "and" || tokens[j].text == "-", tokens[j + 1].isCapitalized, !isTitleCase, !isHeadline {
            var k = j + 1
            while k < min(range.upperBound, j + 4) && (tokens[k].isCapitalized || tokens[k].text == ".") { k += 1 }
            j = k
        }
        for k in j..<min(range.upperBound, j + 2) {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .number else { return false }
            // (Also "Syria's opposition groups".)
            if word(k, isIn: [.companyNouns, .privatePersonNouns, .nonStateModifiers]) { return true }
            // A currency: "about 12 million U.S. dollars".
            if k == j, ["dollar", "dollars", "cents"].contains(t.norm) { return true }
            // Nationals serving an international body: "U.S. members of the U.N. weapons inspection team".
            if ["members", "member", "staff", "personnel", "employees", "nationals", "inspectors", "experts"].contains(t.norm),
                k + 2 < range.upperBound, tokens[k + 1].norm == "of",
                (k + 2..<min(range.upperBound, k + 5)).contains(where: { ["u.n.", "un", "united", "international", "iaea"].contains(tokens[$0].norm) })
            {
                return true
            }
            if word(k, isIn: [.stateNouns, .prepositions]) || t.norm == "and" { return false }
        }
        return false
    }

    /// Whether a capital right before `end` names the place of an agreement or a meeting: "the Paris
    /// agreement", "the Paris climate accord", "the Minsk agreements", "the London talks" (up to two modifiers).
    func namesAPlaceOfAnAgreement(after end: Int) -> Bool {
        var j = end
        while j < range.upperBound && j < end + 3 {
            let t = tokens[j]
            if word(j, isIn: .agreementHeads) { return true }
            guard t.kind == .word, !t.isCapitalized || isTitleCase, t.norm != "'s", !word(j, isIn: [.beForms, .prepositions]),
                t.norm != "and"
            else { return false }
            j += 1
        }
        return false
    }

    /// Whether "deal", "accord" or "agreement" follows, directly or after "nuclear": "the Iran nuclear deal".
    /// (`orPact`: also "pact" and "treaty".)
    func namesAnAgreement(after end: Int, orPact: Bool = false) -> Bool {
        var j = end
        if j < range.upperBound, tokens[j].norm == "nuclear" { j += 1 }
        let heads: Set<String> = orPact ? ["deal", "accord", "agreement", "pact", "treaty"] : ["deal", "accord", "agreement"]
        // ("the U.S. agreement with Iran" names its parties.)
        return j < range.upperBound && heads.contains(tokens[j].norm)
            && (j + 1 >= range.upperBound || !["with", "between"].contains(tokens[j + 1].norm))
    }

    /// Whether a proper noun at `index` names a place, by a place noun among the next three words: "Iran's
    /// Sirri Island", "Syria's Idlib province", "Australia's Victoria state".
    func namesAPlace(after index: Int) -> Bool {
        tokens[index..<min(range.upperBound, index + 3)].contains { WordClass.placeNouns.contains($0.norm) }
    }

    /// A name inside a longer proper noun or a compound modifier is not an actor: "New Jersey",
    /// "Agence France-Presse", "UK-based retailer", "Russian-made limousine".
    func isPartOfLargerName(_ span: Range<Int>, nextMatchStart: Int?) -> Bool {
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
            // (Not in a headline in capitals or title case, where every word is capitalized: "JAPAN BACKS U.S. ATTACK".)
            if prev.kind == .word && prev.isCapitalized && !sentenceStart && !word(a - 1, isIn: [.titleWords, .directions])
                && !prev.text.hasSuffix(".") && prev.norm != "'s" && !(prev.isAllCaps && isTitleCase)
            {
                return true
            }
        }
        return false
    }

    /// The addressee of a demand or threat stated in its complement: the subject of a "that" clause ("demanded
    /// that North Korea forsake ...", "urged that Iraq ...") or the object of an infinitive ("threatened to
    /// cut off electricity to Armenia", "threatened to impose restrictions against German goods").
    func complementTarget(after cueEnd: Int, mentions: [Mention]) -> [Int] {
        // Past a time adverbial: "threatened on Monday to break relations with Russia", "threatened today to".
        var end = cueEnd
        while end + 1 < range.upperBound && end < cueEnd + 3
            && (["on", "today", "yesterday", "again", "also", "now"].contains(tokens[end].norm) || word(end, isIn: .calendarWords))
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
    func datelineEnd() -> Int {
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
        let dashes = WordClass.datelineDashes
        // The dash stands apart ("TOKYO - "), unlike the hyphen of "Secretary-General".
        guard j < range.upperBound, j > range.lowerBound, dashes.contains(tokens[j].text), tokens[j].start > tokens[j - 1].end
        else { return range.lowerBound }
        while j < range.upperBound && dashes.contains(tokens[j].text) { j += 1 }
        return j
    }

    /// The state or organization that a pronoun right after a verb of saying stands for: "Japan said on
    /// Tuesday it had halted ...", "Russia says that it will ...". The speaker is the last un-governed
    /// country or organization before the verb, in the same sentence.
    func speakerBefore(_ i: Int, mentions: [Mention]) -> Int? {
        var j = i - 1
        while j >= range.lowerBound && i - j <= 5 && word(j, isIn: .speakerGap) { j -= 1 }
        guard j >= range.lowerBound, ["said", "says", "say", "announced", "announces", "stated", "declared"].contains(tokens[j].norm) else {
            return nil
        }
        guard let speaker = mentions.last(where: { $0.end <= j && $0.actors.count == 1 && $0.governor == nil && !$0.possessive }),
            [.country, .organization].contains(kind(of: speaker.actors[0])),
            j - speaker.end <= 4
        else { return nil }
        return speaker.actors[0]
    }

    /// A country or capital name followed by another capitalized word is the head of a longer proper
    /// noun, not the state: "the Paris Agreement", "the Geneva Conventions", "the Washington Post",
    /// "Japan Airlines". Not when the next word is a title or government word ("China Foreign Ministry"),
    /// a weekday or month, another name, or when the sentence is written in title case (a headline).
    func headsLargerName(_ span: Range<Int>, nextMatchStart: Int?) -> Bool {
        let b = span.upperBound
        guard b < range.upperBound, nextMatchStart != b else { return false }
        let next = tokens[b]
        // (Nor a role, "Hong Kong Financial Secretary", a body of the state, "a U.S. Senate team", nor a month's
        // abbreviation, "to Brazil Sept. 8".)
        guard next.kind == .word, next.isCapitalized, !next.isAllCaps,
            !word(b, isIn: [.titleWords, .stateNouns, .calendarWords, .roleStarts, .roleModifiers]),
            b + 1 >= range.upperBound || !word(b + 1, isIn: .titleWords),
            !["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "senate", "congress",
              "parliament", "cabinet", "government", "embassy", "army", "navy", "treasury"].contains(next.norm)
        else { return false }
        return !isTitleCase
    }

    /// Whether the sentence is a headline in title case or capitals: four in five of its longer words are
    /// capitalized, not counting prepositions and conjunctions, which title case may leave in lower case. (A
    /// sentence dense with names is not one: "This week Colin Powell, US Secretary of State was visiting the
    /// West Bank to stress US support for a smooth Palestinian election in January" has 7 of 13.)
    var isTitleCase: Bool {
        var long = 0
        var capitalized = 0
        for j in range where tokens[j].kind == .word && tokens[j].text.utf8.count >= 4
            && !word(j, isIn: [.prepositions, .clauseOpeners, .listGlue])
        {
            long += 1
            if tokens[j].isCapitalized { capitalized += 1 }
        }
        return long > 0 && capitalized * 5 >= long * 4
    }

    /// Whether two mentions are joined as list items: `nil` if not, `true` when a conjunction joins them,
    /// `false` for a bare comma.
    func listJoint(_ a: Mention, _ b: Mention) -> Bool? {
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
    func descriptionHead(after i: Int, mentions: [Mention]) -> Int? {
        var j = i + 1
        while j < range.upperBound && j <= i + 5 {
            let t = tokens[j]
            if word(j, isIn: .descriptionHeads) {
                // "the state of emergency", "state media" are not the country.
                if j + 1 < range.upperBound, ["of", "media", "news", "department", "visit", "television", "tv"].contains(tokens[j + 1].norm) { return nil }
                return j
            }
            guard t.kind == .word || t.text == "-", !mentions.contains(where: { $0.tokens.contains(j) }),
                !word(j, isIn: [.prepositions, .beForms]), t.norm != "and"
            else { return nil }
            j += 1
        }
        return nil
    }

    /// A role phrase at token `j`: its end and whether it names the leader (not an official).
    func role(at j: Int) -> (Int, Bool)? {
        // (No phrase fits past the sentence, nor where no role phrase starts.)
        guard j < range.upperBound, word(j, isIn: .roleStarts) else { return nil }
        func fits(_ phrase: [String]) -> Bool {
            guard j + phrase.count <= range.upperBound else { return false }
            for (k, w) in phrase.enumerated() where tokens[j + k].norm != w { return false }
            return true
        }
        // The longest phrase of a list that fits (no array of the fitting ones is made).
        func longest(_ phrases: [[String]]) -> Int? {
            var best: Int?
            for p in phrases where p.count > (best ?? 0) && fits(p) { best = p.count }
            return best
        }
        if let n = longest(WordClass.stateRoles) { return (j + n, false) }
        if let n = longest(WordClass.leaderRoles) { return (j + n, true) }
        return nil
    }

    /// Whether the sentence opens with a name the lexicon does not know (one to three capitalized words of no
    /// word class, outside every match) followed by a verb in the past or the present, before `index`: "De
    /// Mistura reiterated ...", "Kornblum also planned ...".
    func unknownPersonSubject(before index: Int, matches: [LexiconMatch]) -> Bool {
        var k = range.lowerBound
        while k < min(index, range.lowerBound + 3), tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].isAllCaps,
            !word(k, isIn: .all), !matches.contains(where: { $0.tokens.contains(k) }),
            !WordClass.subjectPronouns.contains(tokens[k].norm), tokens[k].norm != "there"
        {
            k += 1
        }
        guard k > range.lowerBound, k < index else { return false }
        if tokens[k].norm == "also" && k + 1 < index { k += 1 }
        let verb = tokens[k]
        return verb.kind == .word && !verb.isCapitalized && (verb.norm.hasSuffix("ed") || verb.norm.hasSuffix("s") && !verb.norm.hasSuffix("ss"))
            && !word(k, isIn: [.determiners, .prepositions])
    }

    /// Whether the last attribution of the sentence ("X said", "said X") names a person the lexicon does not
    /// know: a capitalized word outside every mention next to a verb of saying.
    func lastSpeakerIsUnknownPerson(mentions: [Mention]) -> Bool {
        guard let verb = range.last(where: { word($0, isIn: .speechVerbs) }) else { return false }
        func unknownName(_ k: Int) -> Bool {
            k > range.lowerBound && k < range.upperBound && tokens[k].kind == .word && tokens[k].isCapitalized
                && !tokens[k].isAllCaps && !mentions.contains { $0.tokens.contains(k) }
                && !word(k, isIn: [.determiners, .calendarWords, .titleWords, .clauseOpeners])
        }
        if unknownName(verb - 1) || unknownName(verb + 1) && (verb + 2 >= range.upperBound || !tokens[verb + 2].isCapitalized || unknownName(verb + 2)) {
            return true
        }
        // The sentence opens with a titled person the lexicon does not know, who speaks in it: "Chief Palestinian
        // negotiator Saeb Erakat, speaking after Mr Sharon's speech Monday evening, said ...".
        let opening = min(verb, range.lowerBound + 6)
        guard opening > range.lowerBound + 1 else { return false }
        return (range.lowerBound + 1..<opening).contains { k in
            unknownName(k) && (WordClass.portfolioTitles.contains(tokens[k - 1].norm) || word(k - 1, isIn: .titleWords)
                && !word(k - 1, isIn: [.prepositions, .determiners, .listGlue]))
        }
    }

    /// Whether the capitalized words from `j` end with the surname of `leader` in a spelling the lexicon does
    /// not hold: "Mexican President Enrique PeÃ±a Nieto" (garbled), "Egypt's president Abdel Fatah al-Sisi".
    func namesLeader(_ leader: LexiconEntry, at j: Int) -> Bool {
        var k = j
        while k < min(range.upperBound, j + 6), tokens[k].isCapitalized || tokens[k].norm.count <= 3 && tokens[k].kind == .word
            || tokens[k].kind != .word && !word(k, isIn: .clausePunctuation)
        {
            if tokens[k].isCapitalized, (leader.names ?? []).contains(where: { name in
                name.split(whereSeparator: { $0 == " " || $0 == "-" }).last.map { $0.lowercased() == tokens[k].norm } ?? false
            }) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether "visiting" at `i` describes the official after it ("met with visiting Gabon President Omar
    /// Bongo", "visiting Russian President Vladimir Putin") rather than taking a place as its object ("after
    /// visiting China", "is visiting Beijing").
    func describesVisitor(visitingAt i: Int, actors: [Int], end: Int) -> Bool {
        guard tokens[i].norm == "visiting", i > range.lowerBound, !word(i - 1, isIn: [.beForms, .auxiliaries]), actors.count == 1
        else { return false }
        return kind(of: actors[0]) == .leader || word(end - 1, isIn: .titleWords)
    }

    func makeMention(_ actors: [Int], start: Int, end: Int, anaphor: Bool) -> Mention {
        let possessive = end < range.upperBound && (tokens[end].norm == "'s" || tokens[end].norm == "'")
            || (anaphor && tokens[start].norm == "his")
        var governor: String?
        var p = start - 1
        // Skip determiners and adjectives between a preposition and its object ("to the small country").
        var hops = 0
        while p >= range.lowerBound && hops < 3 && tokens[p].kind == .word
            && (["the", "a", "an", "its", "their", "his", "her", "neighboring", "neighbouring", "communist", "highly", "militarized", "small",
                 "deceased", "slain", "assassinated", "ousted", "deposed", "toppled", "exiled", "jailed", "imprisoned", "ailing",
                 "embattled", "beleaguered"].contains(tokens[p].norm)
                || word(p, isIn: [.roleModifiers, .directions]) || p == start - 1 && describesVisitor(visitingAt: p, actors: actors, end: end))
        {
            p -= 1
            hops += 1
        }
        // A possessor before the name: "volunteers with Syria's Kurdish People's Protection Units", "to Russia's Putin".
        if p > range.lowerBound + 1, p == start - 1, tokens[p].norm == "'s", tokens[p - 1].isCapitalized, tokens[p - 1].kind == .word {
            var q = p - 2
            if q > range.lowerBound, tokens[q].isCapitalized, tokens[q].kind == .word { q -= 1 }
            if q >= range.lowerBound, tokens[q].norm == "the" { q -= 1 }
            if q >= range.lowerBound, word(q, isIn: .prepositions) { p = q }
        }
        if p >= range.lowerBound, word(p, isIn: .prepositions) { governor = tokens[p].norm }
        if governor != nil, let noun = groupNoun(introducing: p) {
            // "sanctions on countries like Iran", "with North Korea and other countries such as Iran": an example
            // plays the role of its noun phrase, whose preposition (if any) governs it.
            governor = nil
            var r = noun - 1
            while r >= range.lowerBound && noun - r <= 3 && tokens[r].kind == .word && tokens[r].norm != "and"
                && tokens[r].norm != "or" && !word(r, isIn: .beForms)
            {
                if word(r, isIn: .prepositions) {
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
    func groupNoun(introducing p: Int) -> Int? {
        var q = p - 1
        switch tokens[p].norm {
        case "like", "including": break
        case "as":
            guard q >= range.lowerBound, tokens[q].norm == "such" else { return nil }
            q -= 1
        default: return nil
        }
        if q >= range.lowerBound, tokens[q].text == "," { q -= 1 }
        guard q >= range.lowerBound, word(q, isIn: .groupNouns) else { return nil }
        return q
    }

    /// The words between two list items with a trailing group noun and its example preposition removed
    /// ("and other countries like" → "and other"), or `nil` when the gap does not end that way.
    func exampleLead(_ gap: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let last = gap.indices.last, let noun = groupNoun(introducing: last), noun >= gap.startIndex else { return nil }
        var lead = gap[gap.startIndex..<noun]
        // "other", "several", "many": modifiers of the group noun.
        while let l = lead.last, ["other", "several", "many", "some", "various", "fellow", "neighbouring", "neighboring"].contains(l.norm) {
            lead = lead.dropLast()
        }
        return lead
    }
}

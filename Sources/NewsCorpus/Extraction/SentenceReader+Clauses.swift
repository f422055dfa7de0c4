import AllianceGraph

/// Clause structure over the flat token stream: clause bounds, subjects, objects, possessors and lists.
extension SentenceReader {
    /// The determiner of a noun cue, skipping adjectives ("its ongoing attacks" → "its").
    func determiner(before start: Int) -> String? {
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
    func clauseStart(before index: Int) -> Int {
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
            if word(j, isIn: .clausePunctuation) { return j + 1 }  // (by its normalized form, which is its text)
            if t.kind == .word, mentions.contains(where: { $0.tokens.contains(j) }) {
                j -= 1  // a word of a name: "the United States" does not open a clause at "States"
                continue
            }
            // "Washington said Moscow had ...", "wants Moscow to stop" open a clause; "wants to reduce",
            // "is expected to visit" keep their subject.
            if word(j, isIn: .speechVerbs), j + 1 >= range.upperBound || tokens[j + 1].norm != "to" { return j + 1 }
            if t.norm == "after" && j + 1 < range.upperBound && tokens[j + 1].norm == "all" {
                j -= 1
                continue
            }
            if word(j, isIn: .clauseOpeners) {
                // "that" after a noun is a relative pronoun; after a verb of saying a complementizer. Both open a clause.
                return j + 1
            }
            j -= 1
        }
        return range.lowerBound
    }

    /// The subject: the nearest un-governed mention before the cue in its clause, with its conjuncts.
    /// When the clause opens with a relative pronoun and has no subject, the antecedent before it.
    /// `skipObjects`: for a verb cue, leave out mentions that are objects of an earlier verb ("Belo would visit the
    /// Vatican and would also meet Kohl"); not for a possessive's or a gerund's antecedent ("helped the Kremlin in
    /// its assault", "accuse the Kim regime of sending").
    func subjectGroup(before start: Int, clauseStart: Int, mentions: [Mention], allowPossessive: Bool,
                              requireSubjectPosition: Bool = false, skipObjects: Bool = false) -> [Int]
    {
        if start > range.lowerBound, ["on", "about", "over", "against", "regarding", "without", "from", "in", "to"].contains(tokens[start - 1].norm),
            tokens[start].norm.hasSuffix("ing")
        {
            return []  // "the agreement on sending troops": who sends is not said here
        }
        if clauseStart > range.lowerBound + 1, ["who", "which"].contains(tokens[clauseStart - 1].norm), tokens[clauseStart - 2].text == ",",
            let comma = (clauseStart..<start).last(where: { tokens[$0].text == "," }),
            start - comma <= 3, (comma + 1..<start).allSatisfy({ k in tokens[k].kind == .word && !tokens[k].isCapitalized
                && !word(k, isIn: .prepositions) && !mentions.contains { $0.tokens.contains(k) }
                // (A determiner only after a form of "be": "..., who is battling the Taliban ..., is an ally of".)
                && (!word(k, isIn: .determiners) || k > comma + 1 && word(k - 1, isIn: .beForms)) })
        {
            // The verb after a closed relative clause is the main clause's: "Robinson, who toured Afghanistan in
            // 2012, travelled to Syria" is Robinson's journey (no actor the lexicon knows), not Afghanistan's.
            guard let antecedent = mentions.last(where: { $0.end == clauseStart - 2 && !$0.possessive }) else { return [] }
            return group(around: antecedent, mentions: mentions, lowerBound: range.lowerBound)
        }
        var subjectStart = mainClauseStart(clauseStart, before: start, mentions: mentions)
        // "..., and there was also an agreement with Venezuela": an existential clause has no subject.
        if let there = (subjectStart..<start).last(where: { tokens[$0].norm == "there" && $0 + 1 < start && word($0 + 1, isIn: .beForms) }) {
            subjectStart = there + 1
        }
        let skipObjects = skipObjects && !(start > range.lowerBound && ["of", "for"].contains(tokens[start - 1].norm))
        // (Not the place a journey starts from: "Rolf Ekeus left Bahrain for Baghdad for talks with Iraqi officials",
        // nor the object of an earlier verb: "Belo would visit the Vatican and would also meet Kohl".)
        var candidates = mentions.filter {
            $0.end <= start && $0.start >= subjectStart && (allowPossessive || !$0.possessive)
                && !($0.start > range.lowerBound && word($0.start - 1, isIn: .departureVerbs))
                && !(skipObjects && isObjectOfVerb($0))
                && ($0.governor == nil || $0.governor == "with" && tokens[start].norm.hasSuffix("ing") && $0.end + 2 >= start)
        }
        // A personal pronoun the context left unresolved right before the verb is its subject, a person the lexicon
        // does not know: "he has given Israel and the Palestinians a 48 hour deadline ... or he would go back to
        // Washington" (not the objects before it).
        if let pronoun = (max(subjectStart, start - 4)..<start).last(where: { Self.personPronouns.contains(tokens[$0].norm) }),
            !mentions.contains(where: { $0.tokens.contains(pronoun) }),
            (pronoun + 1..<start).allSatisfy({ word($0, isIn: [.auxiliaries, .beForms]) || ["not", "also", "then", "now", "never"].contains(tokens[$0].norm) }),
            candidates.allSatisfy({ $0.end <= pronoun }),
            // (Not after an actor's words in the sentence: "Secretary of State John F. Kerry said ..., and he urged North
            // Korea", whose "he" is the speaker, a role of the United States.)
            !mentions.contains(where: { $0.governor == nil && $0.end < pronoun && word($0.end, isIn: .speechVerbs) })
        {
            return []
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
        if clauseStart > range.lowerBound, word(clauseStart - 1, isIn: .relativePronouns) {
            // The antecedent: the nearest actor just before the pronoun ("the ICC (ICC), which issued").
            let pronoun = clauseStart - 1
            // "those who have travelled to Egypt": "who" takes the word right before it, here no actor.
            if ["who", "whom"].contains(tokens[pronoun].norm), pronoun > range.lowerBound, tokens[pronoun - 1].kind == .word,
                !mentions.contains(where: { $0.tokens.contains(pronoun - 1) })
            {
                return []
            }
            // After a time word "that" opens a complement of the verb, not a relative clause: "complained to the United
            // Nations today that planes from Afghanistan attacked". (Measured: reading every "that" not right after
            // its noun as a complementizer lost more than it fixed.)
            if tokens[pronoun].norm == "that", pronoun > range.lowerBound,
                word(pronoun - 1, isIn: .calendarWords) || ["today", "yesterday", "tonight", "tomorrow"].contains(tokens[pronoun - 1].norm)
            {
                return []
            }
            // A clause whose subject is a personal pronoun left unresolved, a person the lexicon does not know ("Israel
            // said that she had traveled to Iraq"); ("it" and "they" may still be the state before the pronoun).
            if clauseStart < start, Self.personPronouns.contains(tokens[clauseStart].norm) { return [] }
            // After a verb of saying or knowing "that" opens its complement, whose subject is not an actor: "The
            // Pentagon has confirmed that the weapons were seized by ISIS", "intelligence learned that a team of
            // doctors went to North Korea".
            if tokens[pronoun].norm == "that", pronoun > range.lowerBound, clauseStart < start,
                word(clauseStart, isIn: .determiners) || tokens[clauseStart].isCapitalized,
                Self.knowingVerbs.contains(tokens[pronoun - 1].norm) || word(pronoun - 1, isIn: .speechVerbs)
                    && (tokens[pronoun - 1].norm.hasSuffix("ed") || ["said", "says", "told", "tells"].contains(tokens[pronoun - 1].norm))
            {
                // (Only a clause that opens with a noun phrase: in "Putin assured that strengthening the partnership
                // with Vietnam was a priority" the speaker is the partner. Not "reports that", "claims that", which
                // may be nouns.)
                return []
            }
            if let last = mentions.last(where: { $0.end <= pronoun && $0.end >= pronoun - 4 && !$0.possessive }) {
                // "who" takes a person, not a place named in a prepositional phrase: "a university graduate from
                // London who flew to Syria".
                if ["who", "whom"].contains(tokens[pronoun].norm), let g = last.governor, ["from", "in", "at", "to", "into", "near"].contains(g),
                    last.actors.allSatisfy({ kind(of: $0) == .country })
                {
                    return []
                }
                return last.actors
            }
        }
        // A possessive subject in a copular clause ("Russia's economy depends on ...") is not used.
        return []
    }

    /// Personal pronouns that stand for a person, never for a state ("it" and "they" may be one).
    static let personPronouns: Set<String> = ["he", "she", "we", "i", "you"]

    /// Nouns of what a state owns that an attack on it strikes: "shelled positions of", "bombed the bases of".
    static let ownedTargets: Set<String> = [
        "positions", "position", "bases", "base", "targets", "installations", "facilities", "outposts", "troops",
        "forces", "ships", "vessels", "embassy", "consulate", "territory", "headquarters", "convoy", "convoys",
    ]

    /// Verbs of learning and making known, which take a "that" clause as their object (verbs of saying are
    /// ``WordClass/speechVerbs``).
    static let knowingVerbs: Set<String> = [
        "learned", "learnt", "learns", "revealed", "reveals", "disclosed", "discloses", "discovered", "found", "finds",
        "knew", "knows", "realized", "realised", "announced", "announces", "admitted", "admits", "acknowledged",
        "acknowledges", "heard", "explained", "explains", "recalled", "recalls", "concluded", "estimated", "assured",
        "emphasized", "emphasised", "hinted", "understood", "verified", "established", "determined",
    ]

    /// Whether a mention follows a verb cue directly or after a determiner ("visit the Vatican"): its object.
    func isObjectOfVerb(_ m: Mention) -> Bool {
        var j = m.start - 1
        if j >= range.lowerBound, word(j, isIn: .determiners) { j -= 1 }
        guard j >= range.lowerBound, tokens[j].kind == .word, !tokens[j].isCapitalized else { return false }
        var k = j
        while k >= max(range.lowerBound, j - 2) {
            if tables.cueMatcher.match(tokens, words, at: k, limit: j + 1).contains(where: { cues.cues[$0.cue].pos == .verb && $0.end == j + 1 }) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Where the main clause begins when the clause opens with a fronted adverbial clause ("When Iran and
    /// the US ceased arming the rebels, Talabani fled to Damascus and met ..."): after the first comma that
    /// ends it, one that does not stand between two names of a list ("When Iran, Iraq and Syria met").
    /// Otherwise, or when the main clause's subject is an unresolved pronoun, `clauseStart`.
    func mainClauseStart(_ clauseStart: Int, before start: Int, mentions: [Mention]) -> Int {
        guard clauseStart > range.lowerBound, WordClass.adverbialSubordinators.contains(tokens[clauseStart - 1].norm) else {
            return clauseStart
        }
        for j in clauseStart..<start where tokens[j].text == "," {
            var next = j + 1
            if next < start, tokens[next].norm == "and" || tokens[next].norm == "or" { next += 1 }
            let listComma = mentions.contains { $0.end == j } && mentions.contains { $0.start == next }
            // "When Iran and Iraq met, they signed a pact": an unresolved pronoun takes up the adverbial
            // clause's subject.
            if !listComma {
                let pronoun = next < start && ["they", "it", "he", "she"].contains(tokens[next].norm) && !mentions.contains { $0.start == next }
                return pronoun ? clauseStart : j + 1
            }
        }
        return clauseStart
    }

    /// Actors compared with the subject by "like", who share its predicate: "Like Belarus and North Korea, Syria
    /// votes against ...", "Syria, like Belarus, has voted against ...". ("Unlike China" excludes; "like"
    /// elsewhere in the clause is not a comparison of the subject.)
    func comparedSubjects(_ subject: Mention, clauseStart: Int, before start: Int, mentions: [Mention]) -> [Int] {
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

    func isVerbLike(_ t: Token) -> Bool {
        let n = t.norm
        return WordClass.beForms.contains(n) || WordClass.auxiliaries.contains(n) || n == "also"
            || (n.hasSuffix("ed") && n.count > 4) || (n.hasSuffix("s") && !n.hasSuffix("ss") && n.count > 3 && !t.isCapitalized && n != "its")
    }

    static let possessorGapExcluded: Set<String> = ["and", "or", "a", "an", "the", "this", "that", "these", "those", "to", "not", "also"]

    /// The possessor of a noun cue: "Putin's visit", "Western sanctions", "his trip".
    func possessorGroup(before start: Int, mentions: [Mention]) -> [Int] {
        for m in mentions.reversed() where m.end <= start {
            // Hyphens of compound modifiers do not count: "his full-scale invasion".
            // A year is a modifier too, after a possessor: "Indonesia's 1975 invasion of East Timor".
            let gap = tokens[m.end..<start].filter { $0.norm != "'s" && $0.norm != "'" && $0.text != "-"
                && !(m.possessive && $0.kind == .number && $0.norm.utf8.count == 4) }
            let onlyModifiers = gap.allSatisfy { $0.kind == .word && !$0.isCapitalized
                && !WordClass.prepositions.contains($0.norm) && !WordClass.beForms.contains($0.norm)
                && !["has", "have", "had", "will", "would", "can", "could"].contains($0.norm) && !Self.possessorGapExcluded.contains($0.norm)
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
    func objectGroup(after end: Int, preps: Set<String>, direct: Bool, mentions: [Mention], stopAtFirst: Bool = false) -> [Int] {
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
                if preps.contains(g) && possessiveIsObject(m) { return group(around: m, mentions: mentions, lowerBound: end, upperBound: groupLimit) }
                // "shelled positions of the Palestinian security forces": the owner of the positions is struck.
                if direct, g == "of", m.start >= end + 2, m.start <= end + 4, tokens[m.start - 1].norm == "of"
                    || tokens[m.start - 1].norm == "the" && tokens[m.start - 2].norm == "of",
                    let of = (end..<m.start).last(where: { tokens[$0].norm == "of" }), of > end,
                    Self.ownedTargets.contains(tokens[of - 1].norm), (end..<(of - 1)).allSatisfy({ word($0, isIn: .determiners) })
                {
                    return group(around: m, mentions: mentions, lowerBound: end, upperBound: groupLimit)
                }
                if stopAtFirst { return [] }
                continue
            }
            if direct {
                if m.possessive && m.isAnaphor { return [] }  // "supported his murder": the object is not him
                if !possessiveIsObject(m) { return [] }  // "attacked America's allies": the object is the allies
                // The direct object is the first noun phrase after the verb: only a few modifiers may stand
                // between ("condemned the Russian invasion"), or a colon before a list ("visited five
                // countries: Belarus, ..."). "attacked the proclamation of ... Israeli territory" has none.
                let gap = tokens[end..<m.start]
                let listAfterColon = gap.contains { $0.text == ":" }
                // Nor another verb, a cue or an infinitive: "voted against a resolution condemning Russia" (Russia
                // is not voted against), "helped negotiate the Iran deal", "agreed to curb Iranian oil imports".
                let participleCue = gap.indices.contains { k in
                    if k == m.start - 1, describesVisitor(visitingAt: k, actors: m.actors, end: m.end) { return false }
                    return tokens[k].norm == "to" || tables.cueMatcher.match(tokens, words, at: k, limit: range.upperBound).contains { cues.cues[$0.cue].pos == .verb }
                }
                // Nor a conjunction: "rejected the proposal and Germany's main parties have opposed it".
                guard listAfterColon || gap.count <= 3 && !participleCue
                    && gap.allSatisfy({ $0.kind == .word && (!$0.isCapitalized || WordClass.directions.contains($0.norm))
                        && !["and", "or", "but"].contains($0.norm) }) else {
                    if stopAtFirst { return [] }
                    continue
                }
                // Nor the subject of a clause the verb takes as its object: "agreed Bashar al-Assad's regime had a
                // pattern of dangerous behaviour".
                let next = m.possessive ? m.end + 1 : m.end
                if next < range.upperBound, word(next, isIn: .auxiliaries) || ["is", "was", "were", "are"].contains(tokens[next].norm) {
                    return []
                }
                return group(around: m, mentions: mentions, lowerBound: end, upperBound: groupLimit)
            }
        }
        return []
    }

    static let besideNouns: Set<String> = [
        "doorstep", "doorsteps", "backyard", "periphery", "neighbourhood", "neighborhood", "outskirts", "edge",
        "fringes", "sidelines", "behalf", "doorway", "threshold",
        "partner", "partners", "ally", "allies", "proxy", "proxies", "client", "clients", "surrogate", "surrogates",
        "backers", "supporters", "enemy", "enemies", "foe", "foes", "rival", "rivals", "opponent", "opponents",
        "adversary", "adversaries", "critics", "neighbour", "neighbours", "neighbor", "neighbors",
        // A city's own government: "criticised London's newly elected Muslim mayor Sadiq Khan".
        "mayor",
        // An end brought on the owner: "have backed Assad's overthrow".
        "overthrow", "ouster", "removal", "downfall", "toppling", "demise", "destruction", "defeat",
    ]

    /// For a possessive object, whether it is the object: not when its head names a place beside it or a
    /// stand-in ("the war on Kuwait's northern doorstep", "talks on Russia's behalf"), or other parties tied to
    /// the possessor ("to attack the US military's Kurdish partners", "strikes on Iran's proxies"); an attack
    /// on Kuwait's oil fields is one on Kuwait.
    func possessiveIsObject(_ m: Mention) -> Bool {
        guard m.possessive, !m.isAnaphor else { return true }
        var j = m.end
        while j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { j += 1 }
        var hops = 0
        while j < range.upperBound && hops < 4 && tokens[j].kind == .word {
            if Self.besideNouns.contains(tokens[j].norm) { return false }
            j += 1
            hops += 1
        }
        return true
    }

    func clauseEnd(after end: Int) -> Int {
        var j = end
        var steps = 0
        while j < range.upperBound && steps < 25 {
            // (Punctuation by its normalized form, which is its text.)
            if word(j, isIn: [.clauseEndMarks, .clauseEnders]) { return j }
            j += 1
            steps += 1
        }
        return j
    }

    /// "between X and Y" near the cue.
    func betweenGroup(mentions: [Mention], near start: Int, end: Int, onlyAfter: Bool = false) -> [Int] {
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
    func group(around m: Mention, mentions: [Mention], lowerBound: Int, upperBound: Int? = nil) -> [Int] {
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

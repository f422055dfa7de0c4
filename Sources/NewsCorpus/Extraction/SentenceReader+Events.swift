import AllianceGraph

/// Cues and their frames: which words of a sentence signal an event, and who its source and target are.
extension SentenceReader {

    func codeEvents(mentions: [Mention]) -> [CodedEvent] {
        guard mentions.count >= 1, !range.contains(where: { isSportsWord($0) }) else { return [] }
        var out: [CodedEvent] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if mentions.contains(where: { $0.tokens.contains(i) }) {
                i += 1
                continue
            }
            let hits = tables.cueMatcher.match(tokens, words, at: i, limit: range.upperBound)
            guard let first = hits.first else {
                i += 1
                continue
            }
            let end = first.end
            if i > range.lowerBound && tokens[i - 1].text == "-" {
                i = end  // "North Korean-supplied missiles": a modifier, not an event
                continue
            }
            let nounish = i > range.lowerBound && (word(i - 1, isIn: .determiners)
                || tokens[i - 1].kind == .word && tokens[i - 1].norm.hasSuffix("'s")
                || mentions.contains { $0.end == i } || isAdjectiveLike(tokens[i - 1])
                || tokens[i - 1].norm.hasSuffix("ing") && tokens[i - 1].norm.utf8.count > 4)  // "growing sanctions"
            // "faces sanctions from Britain": a noun cue followed by one of its prepositions.
            let nounHit = hits.first { cues.cues[$0.cue].pos == .noun }
            let nounPreps = nounHit.map { Set((cues.cues[$0.cue].preps ?? []) + (cues.cues[$0.cue].agents ?? ["by", "from"])) } ?? []
            let nounByPrep = end < range.upperBound && nounPreps.contains(tokens[end].norm)
                && i > range.lowerBound && !word(i - 1, isIn: .verbMarkers) && !mentions.contains { $0.end == i }
            let wanted: CuePOS = nounish || nounByPrep ? .noun : .verb
            guard let pick = hits.first(where: { cues.cues[$0.cue].pos == wanted })
                ?? (wanted == .noun && word(i - 1, isIn: .determiners) ? nil : first)
            else {
                i = end  // a verb cue after a determiner is another word: "a back channel"
                continue
            }
            let cue = cues.cues[pick.cue]
            if let words = cue.notAfter, i > range.lowerBound, words.contains(tokens[i - 1].norm)
                || cue.pos == .noun && nounPhraseStart(before: i).map({ $0 > range.lowerBound && words.contains(tokens[$0 - 1].norm) }) == true
            {
                i = end  // "fight back"; for a noun also past its determiner and adjectives: "pose a serious threat"
                continue
            }
            if cue.type == .assault, cue.pos == .verb, i >= range.lowerBound + 2, tokens[i - 1].norm == "to",
                (max(range.lowerBound, i - 8)..<(i - 1)).contains(where: {
                    ["threat", "threats", "threatened", "threatens", "threaten", "threatening"].contains(tokens[$0].norm) })
            {
                i = end  // "the threats of some Western countries to attack Syria": threatened, not done (the threat is coded)
                continue
            }
            // A word of an accord's title: "signed the Memorandum of Understanding on Financial Cooperation between
            // the People's Republic of China and the Kingdom of Spain" (the signing is the event).
            if cue.pos == .noun, tokens[i].isCapitalized,
                let on = (max(range.lowerBound + 1, i - 4)..<max(range.lowerBound + 1, i)).last(where: { tokens[$0].norm == "on" }),
                (max(range.lowerBound, on - 4)..<on).contains(where: { tokens[$0].isCapitalized
                    && (word($0, isIn: .agreementHeads) || ["memorandum", "understanding"].contains(tokens[$0].norm)) })
            {
                i = end
                continue
            }
            // A passive whose agent names no actor: "the bomb-making designs provided by the network to Iran" (the
            // network's, not the state's who believes it).
            if cue.pos == .verb, tokens[i].norm.hasSuffix("ed"), end + 1 < range.upperBound, tokens[end].norm == "by",
                word(end + 1, isIn: .determiners), let head = (end + 2..<min(range.upperBound, end + 5)).first(where: { word($0, isIn: .prepositions) }),
                !mentions.contains(where: { $0.start > end && $0.start < head })
            {
                i = end
                continue
            }
            if cue.pos == .verb, nounHit == nil, modifiesPrepositionalObject(i, mentions: mentions) {
                i = end  // "welcomed the statement of the Arab countries calling on Iraq": the countries call
                continue
            }
            if cue.type == .request, cue.pos == .verb, tokens[i].norm.hasSuffix("ed"), end < range.upperBound, tokens[end].norm == "to" {
                i = end  // "Blair urged to launch Iraq death toll probe": a headline's passive, the urger unnamed
                continue
            }
            if cue.type == .threaten, cue.pos == .verb, cue.cue == "warn", warnsWithoutConsequence(after: end, mentions: mentions) {
                i = end  // "warned that Iran is delivering missiles": a warning about a state of affairs
                continue
            }
            // The object's head: after a possessor if there is one ("welcomed Romania and Hungary's agreement").
            let possessorEnd = (end..<min(range.upperBound, end + 6)).first { tokens[$0].norm == "'s" || tokens[$0].norm == "'" }
            let headFrom = possessorEnd.map { $0 + 1 } ?? end
            if let words = cue.notBefore, objectHead(from: headFrom).contains(where: { words.contains(tokens[$0].norm) })
                || cue.pos == .verb && frontedObject(before: i, mentions: mentions).map({ words.contains(tokens[$0].norm) }) == true
            {
                i = end
                continue
            }
            if cue.pos == .noun, (max(range.lowerBound, i - 4)..<i).contains(where: { k in
                WordClass.portfolioTitles.contains(tokens[k].norm) && k + 1 < i && ["for", "on"].contains(tokens[k + 1].norm)
            }) {
                i = end  // "the United States special envoy for Ukraine negotiations": a title
                continue
            }
            if tokens[i].norm == "alliance", end == i + 1, mentions.contains(where: { $0.end == i && !$0.possessive && isOrganization($0) }) {
                i = end  // "the NATO alliance" is NATO
                continue
            }
            if cue.type == .consult, let next = mentions.first(where: { $0.start == i + 1 }),
                describesVisitor(visitingAt: i, actors: next.actors, end: next.end)
            {
                i = end  // "met visiting Gabon President Omar Bongo": describes the visitor; the meeting is coded
                continue
            }
            if cue.type == .consult, privatePurpose(after: end) {
                i = end  // "Nicaraguan president to go to U.S. for medical care"
                continue
            }
            if end < range.upperBound, ["commissioner", "commissioners", "minister", "ministers", "ministry", "secretary",
                "committee", "adviser", "advisor", "envoy", "director", "official", "officials", "chief", "department"].contains(tokens[end].norm)
            {
                i = end  // a word of a title or an office: "the EC's external relations commissioner", "aid agency chief"
                continue
            }
            if [.support, .cooperate].contains(cues.cues[pick.cue].type) || tokens[i].norm == "pact",
                isInsideProperName(i, end: end, mentions: mentions)
            {
                i = end  // "the Transatlantic Trade and Investment Partnership", "NATO's Partnership for Peace", "the Andean Pact"
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
            var filled = fill(cue: effective, cueText: cueText, start: i, end: end, participle: pick.participle, mentions: mentions)
            if let advisers = effective.notFrom {
                // "The IMF has warned Israel that a rise in wages could undo ...": advice, not a threat.
                filled.removeAll { advisers.contains(lexicon.entries[$0.source].id.rawValue) }
            }
            out += filled
            i = end
        }
        return out + obligationsStated(mentions: mentions)
    }

    /// Whether the word at `j` is of sport. "match" not as a verb: after its subject, "to", a modal or a negation
    /// ("demanded that the United States match the European Union's support", "could not match").
    func isSportsWord(_ j: Int) -> Bool {
        // "when Germany meets Iran in a friendly this weekend": the adjective used as a noun, a friendly match.
        if words[j] == tables.friendlyWord, j > range.lowerBound, ["a", "the"].contains(tokens[j - 1].norm),
            j + 1 >= range.upperBound || tokens[j + 1].kind != .word
                || ["this", "next", "last", "on", "in", "at", "against", "with", "between", "tonight", "today", "tomorrow"].contains(tokens[j + 1].norm)
        {
            return true
        }
        guard word(j, isIn: .sportsWords) else { return false }
        guard ["match", "matches"].contains(tokens[j].norm), j > range.lowerBound else { return true }
        let verb = mentions.contains { $0.end == j } || word(j - 1, isIn: [.verbMarkers, .auxiliaries])
            || ["cannot", "never", "to"].contains(tokens[j - 1].norm)
        return !verb
    }

    /// Verbs whose refusal rejects the actor that would get or share the act: "refused to meet", "to lift the
    /// curfew on", "to hand over ... to".
    static let refusableVerbs: Set<String> = [
        "meet", "help", "assist", "aid", "support", "back", "cooperate", "commit", "lift", "return", "hand", "extradite",
        "recognize", "recognise", "accept", "allow", "grant", "join", "negotiate", "talk", "sign", "receive", "admit",
        "release", "pay", "compensate", "apologize", "apologise", "endorse", "ratify", "resume", "restore", "renew",
        "reopen", "respond", "comply", "deal", "engage", "host", "welcome", "invite",
    ]

    static let obligationSayers: Set<String> = [
        "said", "says", "declared", "declares", "reiterated", "reiterates", "insisted", "insists", "stressed", "stresses",
        "stated", "states", "warned", "warns", "told", "tells", "added",
    ]

    /// What one actor says another must do is its demand: "Russia said on Tuesday that Sudan must return a
    /// helicopter", "The Bush administration declared Tuesday that China must drop barriers", "a senior British
    /// minister reiterated that Libya must hand over ...". The speaker is the subject of a verb of saying right
    /// before "that" (or before the clause); the target is the subject right before "must". (What the obliged
    /// party must do is not coded: "must" drops it as an obligation.) A speaker's own obligation ("Japan said
    /// it must") is none.
    func obligationsStated(mentions: [Mention]) -> [CodedEvent] {
        guard let demand = tables.demandCue else { return [] }
        let cue = cues.cues[demand]
        var out: [CodedEvent] = []
        for k in range where words[k] == tables.mustWord {
            guard let obliged = mentions.last(where: { $0.end <= k && $0.end >= k - 1 && $0.governor == nil && !$0.possessive }),
                obliged.end == k || tokens[obliged.end].kind == .word && tokens[obliged.end].norm.hasSuffix("ly")
            else { continue }
            var j = obliged.start - 1
            // "that", and the time words and addressees between a verb of saying and its clause.
            if j >= range.lowerBound, tokens[j].norm == "that" { j -= 1 }
            while j >= range.lowerBound && obliged.start - j <= 6 && (word(j, isIn: .speakerGap) || word(j, isIn: .calendarWords)
                || ["here", "there", "again", "repeatedly", "also", "firmly", "publicly"].contains(tokens[j].norm)
                || mentions.contains { $0.tokens.contains(j) && $0.start >= j - 3 } && tokens[j].norm != "said") {
                j -= 1
            }
            guard j > range.lowerBound, Self.obligationSayers.contains(tokens[j].norm) else { continue }
            let speaker = subjectGroup(before: j, clauseStart: clauseStart(before: j), mentions: mentions, allowPossessive: false)
            for s in speaker {
                for t in obliged.actors where s != t {
                    out.append(CodedEvent(source: s, target: t, cue: cue, cueText: "must", mutual: false, planned: false))
                }
            }
        }
        return out
    }

    /// The object of a verb at `start` that stands before it: the subject of its passive ("how much Iranian
    /// assistance is received by the Houthis") or the head of a relative clause on it ("the warm welcome he had
    /// received", "the assistance Syrian rebels have received from the US").
    func frontedObject(before start: Int, mentions: [Mention]) -> Int? {
        var j = start - 1
        var passive = false
        while j >= range.lowerBound && start - j <= 4 && (word(j, isIn: [.auxiliaries, .beForms]) || ["not", "also", "been", "had"].contains(tokens[j].norm)) {
            if word(j, isIn: .beForms) { passive = true }
            j -= 1
        }
        var subject = false
        if !passive {
            // The relative clause's subject: a pronoun or a name.
            if j >= range.lowerBound, WordClass.subjectPronouns.contains(tokens[j].norm) {
                j -= 1
                subject = true
            } else if let m = mentions.last(where: { $0.end == j + 1 }) {
                j = m.start - 1
                subject = true
            } else if j > range.lowerBound, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j - 1].isCapitalized {
                j -= 2  // "Syrian rebels": a capitalized adjective and its noun
                subject = true
            }
            if j >= range.lowerBound, ["that", "which"].contains(tokens[j].norm) { j -= 1 }
        }
        guard passive || subject, j >= range.lowerBound, tokens[j].kind == .word, !tokens[j].isCapitalized else { return nil }
        return j
    }

    /// An organization governed by "at" is where an event takes place, not a party to it ("Russia's veto at the
    /// UN Security Council", "met Macron at the EU summit"); so is one naming the gathering of a meeting cue
    /// ("pledged at G-7 meetings", "attended the NATO summit"), unless the meeting is with or between named
    /// parties ("an EU meeting with Turkey") or another party is named beside it ("a Zambia-IMF meeting").
    func namesForum(_ m: Mention, cue: Cue, start: Int, end: Int) -> Bool {
        // (Talks too for an organization that holds rounds of them, up to two modifiers between: "the GATT farm
        // talks", "WTO negotiations".)
        let rounds = isOrganization(m) && lexicon.entries[m.actors[0]].forum == true && m.end <= start && start - m.end <= 2
            && (m.end..<start).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized && !word($0, isIn: .all) }
        guard isOrganization(m), cue.type == .consult, cue.pos == .noun,
            m.end == start || m.end + 1 == start && tokens[m.end].text == "-" || rounds,
            !m.possessive, word(start, isIn: .gatheringNouns) || rounds,
            !mentions.contains(where: { $0.end <= m.start && m.start - $0.end <= 1 })
        else { return false }
        return end >= range.upperBound || !["with", "between"].contains(tokens[end].norm)
    }

    /// The first mention of countries only that starts at most `within` tokens after `end`, introduced by one
    /// of `preps`: the place of an attack noun ("a US air strike on Syria").
    func countryAfter(_ end: Int, within: Int, governedBy preps: Set<String>, mentions: [Mention]) -> Mention? {
        mentions.first { m in
            m.start >= end && m.start <= end + within && preps.contains(m.governor ?? "")
                && m.actors.allSatisfy { kind(of: $0) == .country }
        }
    }

    func isOrganization(_ m: Mention) -> Bool { m.actors.count == 1 && kind(of: m.actors[0]) == .organization }

    /// Whether a capitalized cue is a word of a proper name (a programme, a treaty's title; used for ties of
    /// support and cooperation, since a named summit or agreement is still one): after another
    /// capitalized word that names no actor ("Investment Partnership"), or before "for"/"of" and a capitalized
    /// word ("Partnership for Peace"). Not at the start of a sentence, nor in a headline in title case.
    func isInsideProperName(_ i: Int, end: Int, mentions: [Mention]) -> Bool {
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

    /// The tokens where the head of an object starting at `from` may stand: the first four, and further
    /// over a list of modifiers ("received US, British and European logistical and intelligence support"),
    /// up to a preposition, a verb or a clause break.
    func objectHead(from: Int) -> Range<Int> {
        var j = from
        while j < min(range.upperBound, from + 10) {
            let t = tokens[j]
            if j >= from + 4, word(j, isIn: [.prepositions, .clauseOpeners])
                || t.kind != .word && t.text != "," || isVerbLike(t) && !t.isCapitalized
            {
                break
            }
            j += 1
        }
        return from..<j
    }

    /// Whether a meeting or trip is said to be for a private purpose: medical care, a holiday.
    func privatePurpose(after end: Int) -> Bool {
        tokens[end..<min(range.upperBound, end + 12)].contains { WordClass.privatePurposeWords.contains($0.norm) }
    }

    /// Whether a warning ending at `end` is about a state of affairs, with no consequence threatened:
    /// "warned that Iran is delivering missiles", "warned Japan ... that friction is affecting relations",
    /// "warned: 'Al-Qaida is still a grave threat'". A consequence ("warned Russia that it would face
    /// sanctions"), "warned of"/"against"/"to" keep the threat. A clause whose subject is a named party tells
    /// what that party will do, a forecast, not a threat to it ("warned that Islamic State would regroup"),
    /// unless it is to face or pay for something.
    func warnsWithoutConsequence(after end: Int, mentions: [Mention]) -> Bool {
        // A clause without "that": "warning the raids violated Georgian sovereignty and could worsen tensions".
        // (Not an addressee: "warned the United States it may take retaliatory measures".)
        let thatless = end + 2 < range.upperBound && tokens[end].norm == "the"
            && !mentions.contains(where: { $0.start <= end && end < $0.end || $0.start == end + 1 })
            && (end + 2..<min(range.upperBound, end + 5)).contains(where: { k in
                ["is", "are", "was", "were", "has", "have", "had", "would", "could", "will", "might", "may"].contains(tokens[k].norm)
                    || tokens[k].norm.hasSuffix("ed") && tokens[k].kind == .word && !tokens[k].isCapitalized })
        // Whether the clause opening at `first` threatens nothing.
        func noConsequence(clauseFrom first: Int) -> Bool {
            let clause = tokens[first..<range.upperBound]
            var subject = first
            if subject < range.upperBound, tokens[subject].norm == "the" { subject += 1 }
            if mentions.contains(where: { $0.start == subject && !$0.isAnaphor && !$0.possessive }) {
                return !clause.contains { ["face", "faces", "facing", "consequences", "pay"].contains($0.norm) }
            }
            // (In a clause without "that" whose subject is a thing, a modal is a forecast of it: "could worsen
            // tensions".)
            return !clause.contains { WordClass.consequenceWords.contains($0.norm)
                && !(thatless && ["would", "will", "could", "might", "'ll"].contains($0.norm)) }
        }
        if thatless { return noConsequence(clauseFrom: end) }
        for j in end..<min(range.upperBound, end + 12) {
            let n = tokens[j].norm
            if n == "that" || tokens[j].text == ":" { return noConsequence(clauseFrom: j + 1) }
            if n == "of" || n == "against" || n == "to" || WordClass.clausePunctuation.contains(tokens[j].text) { return false }
        }
        return false
    }

    /// Whether the participle at `i` follows a noun phrase that names no actor and is the object of a
    /// preposition: a reduced relative clause whose agent is that phrase ("welcomed the statement of the Arab
    /// countries calling on Iraq to reverse its ban"), not the sentence's subject.
    func modifiesPrepositionalObject(_ i: Int, mentions: [Mention]) -> Bool {
        guard tokens[i].norm.hasSuffix("ing"), i > range.lowerBound, tokens[i - 1].kind == .word else { return false }
        var j = i
        while j > range.lowerBound, i - j < 4, !word(j - 1, isIn: .determiners) {
            let t = tokens[j - 1]
            guard t.kind == .word, !word(j - 1, isIn: [.prepositions, .beForms, .auxiliaries, .verbMarkers, .listGlue, .clauseOpeners]),
                !t.norm.hasSuffix("ly") else { return false }
            j -= 1
        }
        guard j < i, j - 2 >= range.lowerBound, word(j - 1, isIn: .determiners), word(j - 2, isIn: .prepositions) else { return false }
        return !mentions.contains { $0.start >= j - 1 && $0.start < i }
    }

    /// The first token of the determiner and at most two lowercase modifiers before a noun at `index`
    /// ("a serious threat" → "a"), or nil when nothing of the kind stands there.
    func nounPhraseStart(before index: Int) -> Int? {
        var j = index
        var hops = 0
        while j > range.lowerBound, hops < 3 {
            let t = tokens[j - 1]
            if WordClass.determiners.contains(t.norm) { return j - 1 }
            guard t.kind == .word, !t.isCapitalized, hops < 2, !WordClass.prepositions.contains(t.norm),
                !WordClass.beForms.contains(t.norm), !WordClass.auxiliaries.contains(t.norm) else { break }
            j -= 1
            hops += 1
        }
        return nil
    }

    func isAdjectiveLike(_ t: Token) -> Bool {
        ["defense", "defence", "strategic", "military", "economic", "comprehensive", "mutual", "bilateral",
         "partnership", "security", "trade", "nuclear", "arms", "fresh", "harsh", "numerous", "multiple", "western",
         "international", "strong", "close", "closest", "new", "major", "key", "main", "important", "loyal",
         "most", "great", "big", "reliable"].contains(t.norm)
    }

    func classFollows(_ name: String, after end: Int) -> Bool {
        guard let words = cues.classes[name] else { return false }
        let limit = min(range.upperBound, end + 8)
        for j in end..<limit where words.contains(tokens[j].norm) { return true }
        // Also just before the cue ("the agreement was signed").
        for j in max(range.lowerBound, end - 6)..<end where words.contains(tokens[j].norm) { return true }
        return false
    }


    func fill(cue: Cue, cueText: String, start: Int, end: Int, participle: Bool, mentions: [Mention]) -> [CodedEvent] {
        // A gathering named by its forum has no parties the sentence names: "X and Y pledged at G-7 meetings"
        // is no meeting of X with Y.
        if mentions.contains(where: { namesForum($0, cue: cue, start: start, end: end) }) { return [] }
        let mentions = mentions.filter { !($0.governor == "at" && isOrganization($0)) }
        let clauseStart = self.clauseStart(before: start)
        // Modality is read between the subject and the cue: "he has already visited", not an earlier clause.
        // (Not a modifier of a noun cue: "would tear up the NATO treaty", "will attend IMF and World Bank meetings".)
        var modifiers = Set<Int>()
        if cue.pos == .noun, let last = mentions.last(where: { $0.end <= start && $0.end >= start - 2 }) {
            modifiers.insert(last.start)
            for m in mentions where m.end <= last.start && m.start >= clauseStart {
                let gap = tokens[m.end..<last.start]
                // (And hyphen pairs: "increased U.S.-EC cooperation".)
                if gap.count <= 4 && gap.allSatisfy({ WordClass.listGlue.contains($0.norm) || $0.text == "-" }) { modifiers.insert(m.start) }
            }
        }
        let subjectEnd = mentions.filter { $0.end <= start && $0.start >= clauseStart && $0.governor == nil && !$0.possessive
            && !modifiers.contains($0.start) }
            .first?.end ?? clauseStart
        var modality = self.modality(clause: clauseStart, subjectEnd: max(clauseStart, subjectEnd), to: start, cueEnd: end,
                                     noun: cue.pos == .noun)
        if modality == .planned, presupposedParticiple(start: start, end: end, noun: cue.pos == .noun) {
            modality = .actual  // "four points agreed between Thatcher and Reagan", "an agreement signed between"
        }
        if cue.pos == .noun, [.agree, .support, .cooperate, .aid].contains(cue.type), soughtObject(before: start, mentions: mentions) {
            modality = .dropped  // "UK SEEKS PACT WITH JAPAN", "EC TO BEGIN TALKS ON ECONOMIC PACT WITH HUNGARY"
        }
        if cue.pos == .noun, cue.type == .assault, start - 3 >= range.lowerBound,
            (max(range.lowerBound, start - 5)..<(start - 1)).contains(where: { k in
                ["killed", "died", "wounded", "injured"].contains(tokens[k].norm) && ["in", "by"].contains(tokens[k + 1].norm) }),
            countryAfter(end, within: 2, governedBy: ["on", "in"], mentions: mentions) != nil
        {
            // "British jihadist al-Britani was killed in a US air strike on Syria": the victims are named, the
            // country is where the strike fell.
            modality = .dropped
        }
        if cue.type == .consult, cue.pos == .verb,
            (max(clauseStart, start - 4)..<start).contains(where: { Self.militaryUnits.contains(tokens[$0].norm) })
        {
            // "Australian troops arrived in Afghanistan": a deployment, not a visit.
            return []
        }
        if cue.pos == .noun, let owner = unknownPossessor(before: start, mentions: mentions), owner >= clauseStart {
            // "to help the U.S.-led coalition's air strikes against Islamic State": the strikes are the
            // coalition's, an owner the lexicon does not know, not the clause subject's.
            modality = .dropped
        }
        if cue.type == .assault, let place = countryAfter(end, within: 3, governedBy: ["on", "in", "inside", "into", "over"], mentions: mentions),
            (place.end..<min(range.upperBound, place.end + 3)).contains(where: { tokens[$0].norm == "against" })
        {
            // "American air strikes on Iraq against ISIS", "strikes inside Libya against Libyan Dawn positions":
            // the country is where they fell; the target follows "against".
            modality = .dropped
        }
        if cue.pos == .noun, preparedFor(before: start, mentions: mentions) {
            modality = .dropped  // "China sets terms for Taiwan talks"
        }
        if modality == .planned, conditionAfter(end) {
            modality = .dropped  // "WORLD BANK TO SUPPORT SRI LANKA IF DEFICITS CUT", "will only visit Jerusalem once ..."
        }
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
        // (In the cue's clause or a relative clause on it, not in another: "arrived two days after organisers
        // postponed the vote" is an arrival.)
        let undoneScope = tokens[end..<min(range.upperBound, end + 12)].prefix {
            !["after", "before", "since", "when", "because", "although", "but", "while", "as", "until", ";", ":"].contains($0.norm)
        }
        if undoneScope.contains(where: { ["cancelled", "canceled", "postponed", "scrapped", "aborted", "delayed", "shelved"].contains($0.norm) }) {
            modality = .dropped  // "President Trump's planned trip to Warsaw, which was cancelled"
        }
        if tokens[range].contains(where: { $0.norm == "respectively" }) {
            modality = .dropped  // "Putin and Erdogan, who have backed the Syrian government and rebels respectively"
        }
        // (A noun in a "whether" clause is presupposed: "whether Japan is reneging on its microchip pact".)
        if clauseStart > range.lowerBound, ["if", "unless", "whether", "lest"].contains(tokens[clauseStart - 1].norm),
            cue.pos == .verb || tokens[clauseStart - 1].norm != "whether"
        {
            modality = .dropped  // "if the US sought to strike Syria", "whether or not the IMF can help Brazil"
        }
        if clauseStart > range.lowerBound + 1, tokens[clauseStart - 1].norm == "that",
            (max(range.lowerBound, clauseStart - 4)..<(clauseStart - 1)).contains(where: {
                word($0, isIn: .proposalWords) || word($0, isIn: .denialWords) })
        {
            modality = .dropped  // "Papandreou's renewed offer today that the two countries meet", "deny that"
        }
        if cue.pos == .noun, cue.type == .consult, cue.effectiveFrame == .transitive,
            (max(range.lowerBound, start - 3)..<start).contains(where: { word($0, isIn: .privateVisitModifiers) })
        {
            modality = .dropped  // "a four-day private visit to the U.S."
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

    /// Whether the mentions of `group` before `start` are introduced as examples of, or exceptions to, a larger
    /// group: "like", "such as", "including", "notably", "except", "excluding", "among them" before the first.
    func listsExamples(_ group: [Int], before start: Int, mentions: [Mention]) -> Bool {
        guard let first = mentions.filter({ $0.end <= start && $0.actors.contains(where: group.contains) }).map(\.start).min(),
            first > range.lowerBound
        else { return false }
        var k = first - 1
        if word(k, isIn: .determiners), k > range.lowerBound { k -= 1 }  // "such as the United States and Japan"
        let w = tokens[k].norm
        if ["like", "including", "notably", "especially", "particularly", "except", "excluding", "besides"].contains(w) { return true }
        return k > range.lowerBound && (w == "as" && tokens[k - 1].norm == "such" || w == "them" && tokens[k - 1].norm == "among")
    }

    /// Source and target of a cue from the sentence's structure (the cue's frame).
    func roles(cue: Cue, cueText: String, start: Int, end: Int, participle: Bool, mentions: [Mention],
                       clauseStart: Int, planned: Bool) -> [CodedEvent]
    {
        let passive = cue.pos == .verb && participle && isPassive(before: start)
        var sources: [Int] = []
        var targets: [Int] = []
        var mutual = false
        func code() -> [CodedEvent] {
            var events: [CodedEvent] = []
            // Co-subjects are not the objects of their shared verb: "Mexico, Colombia, Argentina and others
            // rejected such action and Mexican finance minister ... said" (the second "Mexican" starts a clause).
            // (A purpose infinitive may serve one of them: "X and the World Bank signed a loan to help X".)
            let infinitive = start > range.lowerBound && tokens[start - 1].norm == "to"
            let targets = sources.count > 1 && !infinitive ? targets.filter { !sources.contains($0) } : targets
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
            if cue.pos == .noun, cue.type == .support, let modifier = mentions.last(where: { $0.end == start }), !modifier.possessive,
                modifier.actors.allSatisfy({ kind(of: $0) == .organization }),
                mentions.contains(where: { $0.end < modifier.start && $0.possessive && $0.end + 2 >= modifier.start })
                    || modifier.start > range.lowerBound && word(modifier.start - 1, isIn: .unresolvedPossessives)
                    || ["ally", "allies"].contains(tokens[start].norm)
            {
                // "Greece and Turkey's NATO allies", "its G-7 partners", "his Nato ally", "Nato allies Turkey and the
                // US": fellow members, not a tie with NATO.
                return []
            }
            if cue.pos == .noun && distributiveAdjectives(before: start, cueEnd: end, mentions: mentions) {
                return []  // "the Canadian and Israeli pacts": one pact each, with a third party
            }
            // A noun that sets the time or place of the clause has no party in its subject: "U.S. oil prices
            // strong ahead of OPEC meeting", "tabled by France and Germany following the G7 meeting".
            let subject = cue.pos == .noun && isAdjunct(nounAt: start, mentions: mentions) ? []
                : subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false, skipObjects: cue.pos == .verb)
            let possessor = cue.pos == .noun ? possessorGroup(before: start, mentions: mentions) : []
            // A verb's "between" follows it ("mediated between X and Y"); one before it belongs to a noun
            // ("the ceasefire between Israel and Hezbollah ... will meet").
            let between = betweenGroup(mentions: mentions, near: start, end: end, onlyAfter: cue.pos == .verb)
            if cue.pos == .noun, let pair = hyphenPair(before: start, mentions: mentions) {
                if jointMeetingOfOrganizations(pair, cue: cue) { return [] }
                return mutualPairs(pair, cue: cue, cueText: cueText, planned: planned)  // "the Israel-Palestinian negotiations"
            }
            var with = objectGroup(after: end, preps: preps.union(["with"]), direct: cue.pos == .verb && cue.takesDirectObject, mentions: mentions)
            if cue.pos == .noun, with.isEmpty, let appositive = mentions.first(where: { m in
                m.governor == nil && !m.possessive && (m.start == end || m.start == end + 1 && tokens[end].text == ",")
                    && (m.end >= range.upperBound || !word(m.end, isIn: .speechVerbs))
            }) {
                with = appositive.actors  // "Russia's trading partner China", "its main trading partner, China"
            }
            let demonstrative = cue.pos == .noun && determiner(before: start).map { WordClass.demonstratives.contains($0) } == true
            if demonstrative && between.isEmpty && with.isEmpty && possessor.isEmpty {
                return []  // "watching this rapprochement": the partners were named before
            }
            if between.isEmpty, with.isEmpty, unnamedPartner(after: end, mentions: mentions)
                || cue.pos == .verb && cue.takesDirectObject && between.isEmpty && with.isEmpty && unnamedTitledObject(after: end, mentions: mentions)
            {
                return []  // "Venezuela, Chile and the Philippines have struck agreement with commercial banks"
            }
            if !between.isEmpty {
                participants = between
            } else if cue.requiresPrep == true && with.isEmpty {
                return []
            } else if cue.pos == .noun, let named = namedPossessors(before: start, mentions: mentions), named.count + with.count >= 2,
                Set(named + with).count >= 2
            {
                // "Britain welcomed Romania and Hungary's agreement": the owners are the parties, not the subject.
                // "Zambia's talks with the World Bank and IMF": each object is the owner's partner, not the other's.
                if named.count == 1 || !with.isEmpty {
                    var events: [CodedEvent] = []
                    for a in named {
                        for b in named + with where a != b && !(named.contains(b) && named.firstIndex(of: b)! < named.firstIndex(of: a)!) {
                            events.append(CodedEvent(source: a, target: b, cue: cue, cueText: cueText, mutual: true, planned: planned))
                        }
                    }
                    return events
                }
                participants = named
            } else if cue.pos == .noun, !possessor.isEmpty, with.isEmpty, let head = appositiveHead(ofPossessorBefore: start, mentions: mentions) {
                // "on Israel, Washington's close ally": the tie is the possessor's with the noun phrase it
                // describes; "Kurdish forces, Washington's closest allies" names no actor for it.
                return starPairs(possessor, head, cue: cue, cueText: cueText, planned: planned)
            } else if cue.pos == .noun && (!possessor.isEmpty || !with.isEmpty) {
                // "Assad and his Russian and Iranian allies": the owner is tied to each of the others; the
                // others are not tied to each other.
                let owners = possessor.isEmpty ? subject : (subject.isEmpty ? possessor : subject)
                let others = (possessor.isEmpty ? [] : (subject.isEmpty ? [] : possessor)) + with
                if with.isEmpty, jointMeetingOfOrganizations(owners + others, cue: cue) { return [] }
                let events = starPairs(owners, others, cue: cue, cueText: cueText, planned: planned)
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
                if cue.pos == .verb, subject.count >= 3, with.isEmpty, between.isEmpty, end + 2 < range.upperBound,
                    tokens[end].norm == "to",
                    mentions.contains(where: { $0.start > end + 1 && $0.start <= end + 4 && $0.governor == nil && !subject.contains($0.actors.first ?? -1) })
                {
                    // "Norway, Egypt and the Soviet Union agreed to help OPEC": each agreed with OPEC, not with
                    // each other (two subjects, "Russia and China agreed to support Iran", are kept).
                    return []
                }
                if subject.count >= 2, possessor.isEmpty, with.isEmpty, between.isEmpty, listsExamples(subject, before: start, mentions: mentions) {
                    // "surplus countries, like West Germany and Japan, ... agreed", "several countries, including France
                    // and Germany, signed": examples of a larger group that acted together, not a tie between them.
                    return []
                }
                if !subject.isEmpty, possessor.isEmpty, with.count >= 2 {
                    // "The United States had signed agreements with Hong Kong and South Korea": each object is the
                    // subject's partner, not the other objects'.
                    return mutualPairs(subject, cue: cue, cueText: cueText, planned: planned)
                        + starPairs(subject, with.filter { !subject.contains($0) }, cue: cue, cueText: cueText, planned: planned)
                }
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
            if cue.pos == .noun, between.isEmpty, with.isEmpty, jointMeetingOfOrganizations(participants, cue: cue) { return [] }
            if cue.pos == .noun, between.isEmpty, with.isEmpty, possessor.isEmpty,
                (max(range.lowerBound, start - 4)..<start).contains(where: { ["attend", "attends", "attended", "attending"].contains(tokens[$0].norm) })
            {
                return []  // "Blair and Mbeki are among the 20 leaders attending the meeting": attendees, not partners
            }
            return mutualPairs(participants, cue: cue, cueText: cueText, planned: planned)
        case (.inverse, _):
            let subject = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false,
                                       skipObjects: cue.pos == .verb)
            if passive {
                sources = subject
                targets = objectGroup(after: end, preps: ["by", "in"], direct: false, mentions: mentions)
            } else {
                targets = subject
                sources = objectGroup(after: end, preps: preps.union(["from"]), direct: true, mentions: mentions)
            }
            return code()
        case (.transitive, .verb):
            let subject = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false, skipObjects: true)
            if passive {
                targets = subject
                sources = objectGroup(after: end, preps: ["by"], direct: false, mentions: mentions)
            } else {
                if tokens[start].norm.hasSuffix("ing"), start > range.lowerBound,
                    word(start - 1, isIn: .determiners) || word(start - 1, isIn: .prepositions),
                    mentions.contains(where: { $0.start == end && !$0.isName && !$0.isAnaphor })
                {
                    return []  // "killed by invading Japanese troops": the participle describes its noun
                }
                sources = textAuthor(ofParticipleAt: start, clauseStart: clauseStart, mentions: mentions) ?? subject
                targets = objectGroup(after: end, preps: preps, direct: cue.takesDirectObject, mentions: mentions)
                if cue.causative == true, governsBareInfinitive(after: end, mentions: mentions) {
                    return []  // "help Taiwan defend itself": the aid is not the event said
                }
                if targets.isEmpty {
                    // "ridiculed the bromance between Putin and Kim"
                    targets = betweenGroup(mentions: mentions, near: end, end: min(range.upperBound, end + 4))
                }
                if targets.isEmpty, cue.type == .request || cue.type == .threaten, end + 1 < range.upperBound {
                    targets = complementTarget(after: end, mentions: mentions)
                }
                if targets.isEmpty, cue.cue == "refuse", end + 2 < range.upperBound, tokens[end].norm == "to",
                    Self.refusableVerbs.contains(tokens[end + 1].norm)
                {
                    // "has refused to meet Jordan's visiting King", "is refusing to lift the curfew on Palestinians": a
                    // refusal of what the other asks or would gain ("refused to condemn Russia" is no rejection of Russia).
                    // (Not the enemy of the one refused: "refused to commit to any assistance to the US-led war against Iraq".)
                    targets = objectGroup(after: end + 2, preps: ["to", "on", "with", "for"], direct: true, mentions: mentions)
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
                // (Names may stand between: "a visit to Ukraine by Taiwan's vice president".)
                return tokens[end..<m.start].indices.allSatisfy { j in
                    let t = tokens[j]
                    if t.norm == "and" || t.norm == "or" { conjoined = true }
                    if mentions.contains(where: { $0.tokens.contains(j) }) { return true }
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
                // "Ukraine faces aggression from Russia", "Syria relies on military support from Russia": the
                // subject suffers or gets it; not when the noun is the object of "against" and the like
                // ("safeguarded the Kurds against aggression from Baghdad").
                let npStart = nounPhraseStart(before: start) ?? start
                let governed = npStart > range.lowerBound
                    && ["against", "despite", "amid", "after", "before", "since", "during"].contains(tokens[npStart - 1].norm)
                if targets.isEmpty, !governed {
                    targets = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
                }
            } else if !targets.isEmpty, end < range.upperBound, tokens[end].norm == "of", let np = nounPhraseStart(before: start),
                np > range.lowerBound, ["has", "have", "had", "enjoys", "enjoy", "enjoyed", "won", "wins", "gained", "gains",
                                        "received", "receives", "got", "gets", "lost", "loses"].contains(tokens[np - 1].norm)
            {
                // "Kuwait has the full support of Saudi Arabia": the "of" names the supporter.
                sources = targets
                targets = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            } else {
                let definite = start > range.lowerBound && tokens[start - 1].norm == "the"
                // A noun deep in a prepositional phrase is no act of the subject: "Russia has been granted a
                // request for the Council to meet on the threat from air strikes on Syria".
                let np = nounPhraseStart(before: start) ?? start
                let embedded = np > range.lowerBound
                    && (["from", "on", "about", "over", "against", "regarding", "into"].contains(tokens[np - 1].norm)
                        || isAdjunctOrPrevented(nounAt: start, cue: cue))
                if !definite, !embedded {
                    sources = subjectGroup(before: start, clauseStart: clauseStart, mentions: mentions, allowPossessive: false,
                                           requireSubjectPosition: true)
                }
            }
            return code()
        }
    }

    /// Whether a noun phrase (of a transitive noun cue with no possessor or agent) sets the time of the clause
    /// or is what its subject prevents, so that the subject is not the actor: "launched a crackdown on militants
    /// in the wake of a weekend of deadly bomb attacks against Israel", "a crackdown after attacks on Israel",
    /// "is not working to foil terror attacks against Israel", "condemned the attacks on Israel". Follows one
    /// "of" back ("a weekend of attacks").
    func isAdjunctOrPrevented(nounAt start: Int, cue: Cue) -> Bool {
        // (Not a visit's time: "declared ... during a visit to Iraq" is the subject's visit.)
        let timePrepositions = cue.type == .consult ? [] : Self.adjunctPrepositionsOfTime
        var j = start
        for _ in 0..<2 {
            // Back over a determiner and up to three lowercase modifiers ("deadly bomb", "terror").
            var hops = 0
            while j > range.lowerBound, hops < 3 {
                let t = tokens[j - 1]
                if WordClass.determiners.contains(t.norm) {
                    j -= 1
                    break
                }
                guard t.kind == .word, !t.isCapitalized, !WordClass.prepositions.contains(t.norm), !WordClass.beForms.contains(t.norm),
                    !WordClass.auxiliaries.contains(t.norm), !Self.preventingVerbs.contains(t.norm),
                    !timePrepositions.contains(t.norm) else { break }
                j -= 1
                hops += 1
            }
            guard j > range.lowerBound else { return false }
            let before = tokens[j - 1].norm
            if timePrepositions.contains(before) || Self.preventingVerbs.contains(before) { return true }
            guard before == "of", j - 1 > range.lowerBound else { return false }
            if tokens[j - 2].norm == "wake" { return true }
            j -= 2  // the noun before "of" ("a weekend of attacks")
            if j < range.lowerBound || tokens[j].kind != .word || tokens[j].isCapitalized { return false }
        }
        return false
    }

    static let personalTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "king", "queen", "chancellor", "secretary",
        "envoy", "ambassador", "premier", "sheikh", "emir", "prince", "senator", "gen", "general", "governor",
    ]

    /// Military units, whose arrival somewhere is a deployment, not a visit.
    static let militaryUnits: Set<String> = [
        "troops", "troop", "soldiers", "marines", "commandos", "paratroopers", "peacekeepers", "warships", "sas",
        "infantry", "battalion", "battalions", "brigade", "brigades", "contingent", "reinforcements",
    ]
    static let adjunctPrepositionsOfTime: Set<String> = ["after", "following", "amid", "amidst", "despite", "during", "since", "before"]
    static let preventingVerbs: Set<String> = [
        "foil", "foils", "foiled", "foiling", "prevent", "prevents", "prevented", "preventing", "thwart", "thwarts",
        "thwarted", "thwarting", "avert", "averts", "averted", "averting", "stop", "stops", "stopped", "stopping",
        "curb", "curbs", "curbed", "curbing", "deter", "deters", "deterred", "deterring", "repel", "repels", "repelled",
        "repelling", "repulse", "repulsed", "condemn", "condemns", "condemned", "condemning", "denounce", "denounces",
        "denounced", "denouncing",
    ]

    /// Whether a symmetric verb's direct object is a person named by a title but unknown to the lexicon: "Israeli
    /// Prime Minister Ariel Sharon and Palestinian leader Yasser Arafat met Mr Zinni": each met him, not each other.
    func unnamedTitledObject(after end: Int, mentions: [Mention]) -> Bool {
        guard end < range.upperBound, tokens[end].isCapitalized, !tokens[end].isAllCaps, Self.personalTitles.contains(tokens[end].norm)
        else { return false }
        let next = end..<min(range.upperBound, end + 5)
        return !next.contains { j in mentions.contains { $0.tokens.contains(j) } }
    }

    /// Whether a symmetric cue's partner follows "with" and names no actor ("negotiations with creditor
    /// banks"): the subjects each deal with that partner, not with each other ("with each other" names them).
    func unnamedPartner(after end: Int, mentions: [Mention]) -> Bool {
        let limit = min(clauseEnd(after: end), end + 4)
        guard let w = (end..<limit).first(where: { tokens[$0].norm == "with" }), w + 1 < range.upperBound else { return false }
        if ["each", "one", "one another"].contains(tokens[w + 1].norm) { return false }
        let next = (w + 1)..<min(range.upperBound, w + 4)
        return tokens[w + 1].kind == .word && !next.contains { j in mentions.contains { $0.tokens.contains(j) } }
    }

    /// Whether a meeting noun is modified by organizations only ("the annual IMF-World Bank meeting", "IMF
    /// and World Bank meetings"): their members meet, the organizations do not consult each other.
    func jointMeetingOfOrganizations(_ participants: [Int], cue: Cue) -> Bool {
        cue.type == .consult && participants.allSatisfy { kind(of: $0) == .organization }
    }

    /// Whether the noun phrase of a noun cue at `start` is an adjunct of time or place: headed by "before",
    /// "after", "during", "following", ... or by "of" after "ahead", "outside", "the eve", "the sidelines".
    func isAdjunct(nounAt start: Int, mentions: [Mention]) -> Bool {
        var j = start - 1
        while j >= range.lowerBound && start - j <= 5 {
            let t = tokens[j]
            if mentions.contains(where: { $0.tokens.contains(j) }) {
                j -= 1  // a name between: "during a Group of 20 meeting"
                continue
            }
            if WordClass.adjunctPrepositions.contains(t.norm) { return true }
            if t.norm == "by", j > range.lowerBound, ["followed", "preceded"].contains(tokens[j - 1].norm) {
                return true  // "asking Turkey to meet, followed three days later by a meeting with France"
            }
            if t.norm == "of" || t.norm == "to" {
                return j > range.lowerBound && (word(j - 1, isIn: .adjunctHeads) || t.norm == "to" && tokens[j - 1].norm == "prior")
            }
            guard t.text == "-" || t.kind == .word && (WordClass.determiners.contains(t.norm) || !isVerbLike(t))
                && !WordClass.prepositions.contains(t.norm) && !WordClass.clauseOpeners.contains(t.norm)
            else { return false }
            j -= 1
        }
        return false
    }

    static let notVerbsAfterSubject: Set<String> = [
        "and", "or", "but", "as", "than", "so", "too", "also", "again", "both", "all", "each", "last", "this", "next",
        "further", "greatly", "much", "more", "most", "financially",
    ]

    /// Whether a causative verb ending at `end` is followed, directly or after its object, by a bare
    /// infinitive: "helped negotiate the deal", "help Taiwan defend itself", "helped Putin and Assad hasten".
    func governsBareInfinitive(after end: Int, mentions: [Mention]) -> Bool {
        var j = end
        if let object = mentions.first(where: { $0.start == end || $0.start == end + 1 && word(end, isIn: .determiners) }) {
            j = object.end
            // Past the object's conjuncts: "Putin and Assad".
            while let next = mentions.first(where: { $0.start > j && $0.start <= j + 2 }),
                tokens[j..<next.start].allSatisfy({ WordClass.listGlue.contains($0.norm) })
            {
                j = next.end
            }
            if j < range.upperBound && (tokens[j].norm == "'s" || tokens[j].norm == "'") { return false }  // "help Beijing's ..."
        } else if j < range.upperBound && tokens[j].norm == "to" {
            j += 1  // "helping to build"
        }
        guard j < range.upperBound else { return false }
        let t = tokens[j]
        return t.kind == .word && !t.isCapitalized && !WordClass.determiners.contains(t.norm)
            && !WordClass.prepositions.contains(t.norm) && !WordClass.clauseOpeners.contains(t.norm)
            && !Self.notVerbsAfterSubject.contains(t.norm) && !t.norm.hasSuffix("ly") && !t.norm.hasSuffix("'s")
            && !mentions.contains(where: { $0.tokens.contains(j) })
    }

    /// Who made the latest recent accusation that involved one of `deniers` ("Both countries deny this."):
    /// a denial rejects the accusers' claim.
    func answeredAccusers(of deniers: [Int]) -> [Int] {
        guard !deniers.isEmpty else { return [] }
        for a in accusations.reversed() where deniers.contains(where: { a.involved.contains($0) }) {
            return a.accusers.filter { !deniers.contains($0) }
        }
        return []
    }

    /// Two actors joined by a hyphen right before a noun cue, with at most two modifiers between: "the
    /// Israel-Palestinian negotiations", "the U.S.-Japanese security treaty".
    func hyphenPair(before start: Int, mentions: [Mention]) -> [Int]? {
        guard let second = mentions.last(where: { $0.end <= start }), start - second.end <= 2, second.start >= range.lowerBound + 2,
            tokens[second.end..<start].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
            ["-", "\u{2013}"].contains(tokens[second.start - 1].text),
            let first = mentions.last(where: { $0.end == second.start - 1 }),
            first.actors.count == 1, second.actors.count == 1, first.actors != second.actors
        else { return nil }
        return first.actors + second.actors
    }

    /// When a noun cue's possessor opens an appositive ("Israel, Washington's close ally"), the actors of the
    /// noun phrase before its comma (none when that phrase names no actor: "Kurdish forces, Washington's
    /// allies"); `nil` when the possessor opens no appositive.
    func appositiveHead(ofPossessorBefore start: Int, mentions: [Mention]) -> [Int]? {
        guard let owner = mentions.last(where: { $0.possessive && $0.end <= start && start - $0.end <= 5 }),
            owner.start > range.lowerBound + 1, tokens[owner.start - 1].text == ","
        else { return nil }
        let comma = owner.start - 1
        // (Not a list of possessors: "Britain, France and Germany's partners".)
        if mentions.contains(where: { $0.possessive && $0.end <= comma && comma - $0.end <= 1 }) { return nil }
        if let head = mentions.last(where: { $0.end == comma && !$0.possessive }) { return head.actors }
        // A noun phrase that names no actor; not a parenthetical adverb ("the USA is, after all, Vietnam's most
        // important trading partner") nor a verb.
        let before = tokens[comma - 1]
        guard before.kind == .word, !before.isCapitalized, !word(comma - 1, isIn: [.determiners, .prepositions, .beForms, .auxiliaries, .clauseOpeners]),
            !["all", "however", "though", "course", "fact", "indeed", "moreover", "also", "too", "say", "example", "instance"].contains(before.norm)
        else { return nil }
        return []
    }

    /// The named owners of a noun cue and their conjuncts: "Romania and Hungary's agreement" (not "his allies").
    func namedPossessors(before start: Int, mentions: [Mention]) -> [Int]? {
        guard let m = mentions.last(where: { $0.end <= start }), m.possessive, !m.isAnaphor else { return nil }
        let gap = tokens[m.end..<start].filter { $0.norm != "'s" && $0.norm != "'" }
        guard gap.count <= 4, gap.allSatisfy({ $0.kind == .word && !$0.isCapitalized && !WordClass.prepositions.contains($0.norm) })
        else { return nil }
        return group(around: m, mentions: mentions, lowerBound: range.lowerBound, upperBound: m.end)
    }

    /// A mutual tie for every pair of distinct participants.
    /// A mutual tie from each owner to each of the others, not among the others: "Assad and his Russian and
    /// Iranian allies", "signed agreements with Hong Kong and South Korea".
    func starPairs(_ owners: [Int], _ others: [Int], cue: Cue, cueText: String, planned: Bool) -> [CodedEvent] {
        owners.flatMap { a in
            others.filter { $0 != a }.map { CodedEvent(source: a, target: $0, cue: cue, cueText: cueText, mutual: true, planned: planned) }
        }
    }

    func mutualPairs(_ participants: [Int], cue: Cue, cueText: String, planned: Bool) -> [CodedEvent] {
        var events: [CodedEvent] = []
        for a in 0..<participants.count {
            for b in (a + 1)..<participants.count where participants[a] != participants[b] {
                events.append(CodedEvent(source: participants[a], target: participants[b], cue: cue, cueText: cueText,
                                         mutual: true, planned: planned))
            }
        }
        return events
    }

    /// The author of a text that a participle cue modifies: "a UN resolution condemning Russia" (the UN); "the
    /// EU issued a statement condemning ..." (the subject, by a verb of authoring). No one when the text's
    /// author is not said: "Syria voted against a resolution condemning Russia" (Syria condemns no one).
    /// `nil` when the cue does not modify a text.
    func textAuthor(ofParticipleAt start: Int, clauseStart: Int, mentions: [Mention]) -> [Int]? {
        guard tokens[start].norm.hasSuffix("ing"), start - 1 >= clauseStart else { return nil }
        var noun = start - 1
        if tokens[noun].norm == "and" || tokens[noun].text == "," {
            // "a resolution condemning Russia ... and calling on it to stop": a second participle of one text.
            let lower = max(clauseStart + 1, start - 16)
            guard lower < noun, let k = (lower..<noun).last(where: {
                tokens[$0].norm.hasSuffix("ing") && word($0 - 1, isIn: .documentNouns)
            }), !tokens[k..<noun].contains(where: { WordClass.beForms.contains($0.norm) || WordClass.auxiliaries.contains($0.norm) })
            else { return nil }
            noun = k - 1
        }
        guard word(noun, isIn: .documentNouns) else { return nil }
        let owner = possessorGroup(before: noun, mentions: mentions)
        if !owner.isEmpty { return owner }
        var j = noun - 1
        while j >= clauseStart && noun - j <= 5 {
            if word(j, isIn: .authoringVerbs) {
                return subjectGroup(before: j, clauseStart: clauseStart, mentions: mentions, allowPossessive: false)
            }
            j -= 1
        }
        return []
    }

    /// Whether a plural symmetric noun is modified by adjectives joined by "and"/"or" ("the Canadian and
    /// Israeli pacts", "Japanese or Korean agreements"): each adjective has its own tie, not a tie with the
    /// other. "The U.S.-Japanese accord" (a singular noun) and "the two countries' agreement" are not.
    func distributiveAdjectives(before start: Int, cueEnd: Int, mentions: [Mention]) -> Bool {
        guard tokens[cueEnd - 1].norm.hasSuffix("s"),
            let last = mentions.last(where: { $0.end == start }), !last.isName, !last.isAnaphor,
            let previous = mentions.last(where: { $0.end < last.start }), !previous.isName, !previous.isAnaphor
        else { return false }
        let between = tokens[previous.end..<last.start]
        // (A bare comma too: "CANADIAN, ISRAELI PACTS".)
        return (between.contains { $0.norm == "and" || $0.norm == "or" } || between.count == 1 && between.first?.text == ",")
            && between.allSatisfy { $0.norm == "and" || $0.norm == "or" || $0.text == "," }
    }

    static let linkingVerbs: Set<String> = [
        "have", "has", "had", "share", "shares", "shared", "maintain", "maintains", "maintained", "sign", "signs",
        "signed", "form", "formed", "forms", "establish", "established", "strengthen", "strengthened", "deepen",
        "deepened", "build", "built", "enjoy", "enjoys", "forge", "forged", "struck", "reached", "concluded",
        "expand", "expanded", "boost", "boosted", "develop", "developed", "seal", "sealed", "inked", "are", "were",
        "agreed", "announced", "launched", "stepped", "renewed", "restored", "resumed", "upgraded", "held", "hold",
    ]

    /// A verb between the subject and a symmetric noun that makes the subjects partners: "have", "signed",
    /// "strengthened", "are" ("X and Y are allies").
    func linkingVerb(before start: Int, from clauseStart: Int) -> Bool {
        return tokens[clauseStart..<start].contains { Self.linkingVerbs.contains($0.norm) }
    }
}

import AllianceGraph

/// Modality and voice: whether a cue reports an event done, planned, alleged or not at all, and whether it is passive.
extension SentenceReader {
    func isPassive(before start: Int) -> Bool {
        var j = start - 1
        var hops = 0
        while j >= range.lowerBound && hops < 3 {
            if word(j, isIn: .beForms) { return true }
            if tokens[j].kind != .word || tokens[j].isCapitalized || word(j, isIn: .determiners)
                || mentions.contains(where: { $0.tokens.contains(j) })
            {
                return false
            }
            j -= 1
            hops += 1
        }
        return false
    }

    /// Whether tokens in `span` name a day after the story's date: a month (capitalized) with an optional
    /// day and year; without a year, a later month of the same year ("talks in April" in a March story).
    /// "last April", "since April" are past.
    func laterDate(in span: Range<Int>) -> Bool {
        guard let date, date.count >= 10, let year = Int(date.prefix(4)),
            let month = Int(date.dropFirst(5).prefix(2)), let day = Int(date.dropFirst(8).prefix(2))
        else { return false }
        for k in span where tokens[k].isCapitalized {
            guard let m = WordClass.months.firstIndex(of: tokens[k].norm).map({ $0 + 1 }) else { continue }
            if k > range.lowerBound, ["last", "since"].contains(tokens[k - 1].norm) { continue }
            if m == 5, k + 1 < range.upperBound, tokens[k + 1].kind != .number { continue }  // "May" the modal
            // "in October of last year", "on October 5 last year": a month of an earlier year.
            if (k + 1..<max(k + 1, min(range.upperBound - 1, k + 4))).contains(where: { ["last", "previous", "past"].contains(tokens[$0].norm)
                && tokens[$0 + 1].norm == "year" })
            {
                continue
            }
            var n = k + 1
            while n < range.upperBound && tokens[n].text == "-" { n += 1 }
            let d = n < range.upperBound && tokens[n].kind == .number ? Int(tokens[n].text) : nil
            let y = (k + 1..<min(range.upperBound, k + 6)).lazy.compactMap { i -> Int? in
                guard self.tokens[i].kind == .number, self.tokens[i].text.count == 4 else { return nil }
                return Int(self.tokens[i].text)
            }.first
            if let y {
                if (y, m, d ?? 1) > (year, month, day) { return true }
            } else if m > month || m == month && (d ?? 0) > day {
                return true
            }
        }
        return false
    }

    /// `alleged`: what someone is accused of ("accuse the Kim regime of sending shells"): not reported as done.
    enum Modality { case actual, planned, alleged, dropped }

    /// `clause` is the first token of the cue's clause; `subjectEnd` where modal words may start (past the
    /// clause's subject, or the clause start).
    func modality(clause: Int, subjectEnd: Int, to start: Int, cueEnd: Int, noun: Bool) -> Modality {
        var planned = false
        var alleged = false
        let from = max(subjectEnd, start - 8)
        // A noun inside a prepositional phrase is presupposed: "wants to reduce its dependence on its trading
        // partner", "seeking partners amid growing sanctions": modal words before the preposition do not
        // reach it (negation does).
        let scope = noun ? presupposingPreposition(before: start) : nil
        if let scope, tokens[scope].norm == "of", scope > range.lowerBound, word(scope - 1, isIn: .prospectNouns) {
            return .dropped  // "fears of war with Syria", "the prospect of talks"
        }
        // A doubtful matrix clause governs its complement: "it is thought highly unlikely that Nakasone and
        // Reagan will agree", "did not rule out that there had been an agreement".
        if clause > range.lowerBound + 1, ["that", "whether"].contains(tokens[clause - 1].norm) {
            let matrix = max(range.lowerBound, clause - 4)..<(clause - 1)
            if matrix.contains(where: { WordClass.doubtWords.contains(tokens[$0].norm) }) { return .dropped }
            // A claim reports what someone asserts, not what happened: "Judicial Watch claimed in August that ISIS
            // terrorists were planning to attack the United States". (A noun cue in it is presupposed: "Trump has
            // claimed that through a revised trade agreement between the US and Mexico ...".)
            if !noun, matrix.contains(where: { ["claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged",
                                                "alleging"].contains(tokens[$0].norm) }) { return .alleged }
        }
        // What an unnamed outlet reports is a third party's claim: "a British newspaper reported the United States and
        // Britain have privately agreed on a way of withdrawing their troops from Iraq".
        if let report = (max(range.lowerBound + 1, start - 25)..<max(range.lowerBound + 1, start)).first(where: { k in
            ["reported", "reports", "said", "says", "claimed", "claims"].contains(tokens[k].norm)
                && ["newspaper", "newspapers", "magazine", "tabloid", "weekly", "daily", "paper"].contains(tokens[k - 1].norm) }),
            (max(range.lowerBound, report - 5)..<(report - 1)).contains(where: { ["a", "an"].contains(tokens[$0].norm) })
        {
            return .alleged
        }
        // An act named as one way of doing something is not done: "agreed on a way of withdrawing their troops".
        if !noun, tokens[start].norm.hasSuffix("ing"), start - 2 >= range.lowerBound, tokens[start - 1].norm == "of",
            ["way", "ways", "means", "plan", "plans", "idea", "possibility", "option", "options"].contains(tokens[start - 2].norm)
        {
            return .dropped
        }
        // A forecast or a belief about the future governs the clause after it, subject and all: "economists
        // predict China will become an even more important trading partner", "speculation Russia would retaliate
        // with an attack", "confident the United States and Soviet Union were headed for an agreement". The
        // frame word comes before the subject; a future or conditional comes after it, near the cue.
        if clause > range.lowerBound || subjectEnd > range.lowerBound,
            let frame = (max(range.lowerBound, clause - 6)..<min(start, subjectEnd)).last(where: { word($0, isIn: .predictionFrames) }),
            // (Near the cue: "speculation the US will offer wheat ... appears to have reached a new level of
            // intensity in the run-up to Shultz' visit" reports the visit.)
            (max(frame + 1, start - 12)..<start).contains(where: { k in ["will", "would", "'ll", "could", "might", "headed", "heading"].contains(tokens[k].norm)
                || tokens[k].norm == "may" && !tokens[k].isCapitalized }),
            !(frame + 1..<start).contains(where: { word($0, isIn: .clausePunctuation) && tokens[$0].text != "," })
        {
            return .dropped
        }
        // The purpose of a future act or of a mission is still ahead: "he would meet later with his Egyptian counterpart ...
        // to discuss military cooperation", "Ivanov was sent to the Middle East ... to meet with the PLO Chairman".
        if !noun, start > range.lowerBound, tokens[start - 1].norm == "to", start - 1 > subjectEnd,
            (max(subjectEnd, start - 14)..<(start - 1)).contains(where: { ["will", "would", "'ll", "shall", "sent", "dispatched"].contains(tokens[$0].norm) }),
            !(max(subjectEnd, start - 14)..<(start - 1)).contains(where: { word($0, isIn: .clausePunctuation) && tokens[$0].text != "," })
        {
            planned = true
        }
        // A verb joined by "and" shares the first verb's modal: "will hold talks with Thatcher and meet Queen
        // Elizabeth", "plans to visit Moscow and meet Putin".
        // (Only a bare verb: "said it would defend ... and urged Turkey" reports the urging.)
        if !noun, start > from, tokens[start - 1].norm == "and", !tokens[start].norm.hasSuffix("ed"), !tokens[start].norm.hasSuffix("s"),
            (subjectEnd..<from).contains(where: { ["will", "would", "'ll", "shall", "to"].contains(tokens[$0].norm) })
        {
            planned = true
        }
        // A plan in the past perfect did not come about: "had been due to usher in the New Year with a visit to the
        // Vatican", "had planned to meet", "was to have visited" (in the cue's clause, past its subject).
        if (min(start, max(subjectEnd, start - 14))..<start).contains(where: { j in
            tokens[j].norm == "had" && j + 2 < start && (tokens[j + 1].norm == "been" && ["due", "scheduled", "expected", "set",
                "supposed"].contains(tokens[j + 2].norm) || ["planned", "intended"].contains(tokens[j + 1].norm)
                    && tokens[j + 2].norm == "to")
                || ["was", "were"].contains(tokens[j].norm) && j + 2 < start && tokens[j + 1].norm == "to" && tokens[j + 2].norm == "have"
        }) {
            return .dropped
        }
        // A first person's expectation or wish is an opinion, not a report: "I would expect the foreign secretary to
        // urge the Americans and the Syrians to accept ...", "we hope Russia will join".
        if (max(range.lowerBound, start - 16)..<start).contains(where: { k in
            ["i", "we"].contains(tokens[k].norm) && (k + 1..<min(start, k + 4)).contains { ["expect", "hope", "think", "believe", "wish",
                "want", "suspect", "imagine", "guess", "doubt"].contains(tokens[$0].norm) }
        }) {
            return .dropped
        }
        // "probably" right before the cue is speculation ("bin Laden had probably gone to Pakistan", "which will
        // probably demand"); further back it may qualify something else ("The stakes will probably be lower for a
        // Putin visit to Vietnam").
        if (max(range.lowerBound, start - 2)..<start).contains(where: { tokens[$0].norm == "probably" }) { return .dropped }
        // A purpose is an aim, not a report: "were working to get the violence down in order to get back to peace
        // talks", "so as to open negotiations".
        if (max(range.lowerBound, start - 10)..<max(range.lowerBound, start - 2)).contains(where: { k in
            (tokens[k].norm == "in" && tokens[k + 1].norm == "order" || tokens[k].norm == "so" && tokens[k + 1].norm == "as")
                && tokens[k + 2].norm == "to"
        }) {
            return .dropped
        }
        // A condition still to be met: "will not negotiate with Ankara until Turkey recognises Greek rights and
        // withdraws its troops from Cyprus" (a present tense after "until"; "fought until Russia withdrew" is past).
        if !noun, !tokens[start].norm.hasSuffix("ed"), !tokens[start].norm.hasSuffix("ing"),
            let until = (max(range.lowerBound, start - 12)..<start).last(where: { ["until", "till"].contains(tokens[$0].norm) }),
            !(until..<start).contains(where: { word($0, isIn: .clausePunctuation) || tokens[$0].text == "." }),
            tokens[start].norm.hasSuffix("s") && !tokens[start].norm.hasSuffix("ss")
                || (range.lowerBound..<until).contains(where: { ["will", "would", "'ll", "not", "won't", "never"].contains(tokens[$0].norm) })
        {
            return .dropped
        }
        // What someone is criticised for is that critic's charge: "slammed the US for providing aid supplies to
        // ISIL" (as "accused ... of" is).
        // (The gerund may carry a noun cue: "for providing aid supplies".)
        if start > range.lowerBound + 1, let forIndex = (max(range.lowerBound + 1, start - 4)..<start).last(where: { tokens[$0].norm == "for" }),
            tokens[forIndex + 1].norm.hasSuffix("ing"),
            (max(range.lowerBound, forIndex - 8)..<forIndex).contains(where: { ["slammed", "slams", "slam", "criticised", "criticized",
                "criticises", "criticizes", "condemned", "condemns", "denounced", "denounces", "faulted", "lambasted", "castigated",
                "rebuked", "blasted", "chastised"].contains(tokens[$0].norm) })
        {
            alleged = true
        }
        for j in from..<start {
            if noun, word(j, isIn: .presupposingVerbs) {
                // The noun is the object of a verb that takes it as existing: "plans would have infringed the 1976
                // Berne agreement", "violates the bindings agreed between the EC and U.S.": earlier modal words
                // are that verb's.
                planned = false
                alleged = false
                continue
            }
            if word(j, isIn: .negationMarkers) { return .dropped }
            if ["call", "calls", "called", "calling"].contains(tokens[j].norm), j + 1 < start, tokens[j + 1].norm == "for" {
                return .dropped  // "called for increased U.S.-EC cooperation": asked for, not done
            }
            if ["have", "has"].contains(tokens[j].norm), j + 1 < start, tokens[j + 1].norm == "to" {
                return .dropped  // "such an agreement would have to have both U.S. and EC backing": an obligation
            }
            if let scope, j < scope { continue }
            if word(j, isIn: .hypotheticalMarkers) { return .dropped }
            if ["happy", "keen", "eager", "glad"].contains(tokens[j].norm), j + 1 < start, tokens[j + 1].norm == "to" {
                return .dropped  // "are happy to discuss punishing Russia": a disposition, not an act
            }
            if tokens[j].norm == "time", j + 1 < start, ["for", "to"].contains(tokens[j + 1].norm), j > range.lowerBound,
                word(j - 1, isIn: .beForms) || tokens[j - 1].norm == "high"
            {
                return .dropped  // "it was time for political talks with Taiwan"
            }
            if word(j, isIn: .allegationMarkers) { alleged = true }
            // "close to signing a cooperation plan", "close to an agreement": the settlement is still ahead.
            if ["close", "closer", "near", "nearer"].contains(tokens[j].norm), j + 2 <= start, tokens[j + 1].norm == "to",
                tokens[j + 2].norm.hasSuffix("ing") || (j + 2..<start).allSatisfy({ word($0, isIn: .determiners) || isAdjectiveLike(tokens[$0]) })
            {
                planned = true
            }
            // A plan admitted is of something done: "admitted planning the September 11 terrorist attacks".
            if ["planning", "plotting", "organising", "organizing", "masterminding"].contains(tokens[j].norm), j > range.lowerBound,
                ["admitted", "admits", "admit", "confessed", "confesses", "confess"].contains(tokens[j - 1].norm)
            {
                continue
            }
            if word(j, isIn: .plannedMarkers),
                // "set to", "set for"; not "has set up closer and wide-ranging cooperation".
                !(tokens[j].norm == "set" && !(j + 1 < range.upperBound && ["to", "for"].contains(tokens[j + 1].norm))),
                // An offer is of its object: "offered talks", not "offered his gratitude in a meeting".
                !(["offer", "offers", "offered"].contains(tokens[j].norm) && (j + 1..<start).contains { word($0, isIn: .prepositions) && tokens[$0].norm != "to" })
            {
                planned = true
            }
            if noun, ["agreed", "agree", "agrees", "agreeing"].contains(tokens[j].norm), j + 1 < start, tokens[j + 1].norm == "to",
                start - (j + 1) <= 3, start == j + 2 || word(j + 2, isIn: .determiners) || isAdjectiveLike(tokens[j + 2])
                    || tokens[j + 2].norm.hasSuffix("al")  // not "agreed to step up cooperation"
            {
                planned = true  // "agreed to formal talks" ("agreed to cooperate" reports the cooperation agreed)
            }
            // (Also through a verb of doing: "Blair is to make his first visit to Moscow on Sunday".)
            if tokens[j].norm == "to", j > range.lowerBound, ["is", "are", "was", "were", "am"].contains(tokens[j - 1].norm),
                j == start - 1 || noun && start - j <= 6 && ["make", "pay", "hold", "begin", "start", "conduct", "undertake"].contains(tokens[j + 1].norm)
            {
                planned = true  // "France is to provide Togo with aid", "Jordan was to receive"
            }
        }
        // "is planning to visit" etc. are caught above; after the cue, in its clause: "a visit planned for
        // June", "talks, scheduled for Thursday", "a visit to Moscow later this month".
        // (Eight words, names counted as one: "talks between Japan and the United States are scheduled".)
        var j = cueEnd
        var reach = cueEnd + 8
        while j < min(range.upperBound, reach) && !word(j, isIn: [.clauseOpeners, .speechVerbs])
            && !word(j, isIn: .clausePunctuation)  // (by its normalized form, which is its text)
        {
            if let m = mentions.first(where: { $0.start == j }) {
                reach += m.end - m.start - 1
                j = m.end
                continue
            }
            // ", and" or ", but" opens a new predicate: "had shifted the focus in its guerrilla war against Israel, and
            // now planned to attack strategic targets" (the plan is not the war's).
            if ["and", "but"].contains(tokens[j].norm), j > cueEnd, tokens[j - 1].text == "," { break }
            if word(j, isIn: .plannedAfterMarkers) { planned = true }
            // "a summit to be held" (a noun's: after a verb, "rejects a UN call for the group to be disbanded" is the call's)
            if noun, tokens[j].norm == "to", j + 1 < range.upperBound, tokens[j + 1].norm == "be" { planned = true }
            // The noun is the subject of a future that stages it: "the meeting between Peres and Arafat will take place".
            if ["will", "'ll", "shall"].contains(tokens[j].norm), j + 1 < range.upperBound,
                ["take", "be", "begin", "start", "open", "last", "resume"].contains(tokens[j + 1].norm)
            {
                planned = true
            }
            j += 1
        }
        // A relative clause in the future passive: "the basic political treaty between Lithuania and Romania that will be
        // signed in Vilnius".
        if noun, j + 2 < range.upperBound, ["that", "which"].contains(tokens[j].norm), ["will", "'ll", "shall"].contains(tokens[j + 1].norm),
            tokens[j + 2].norm == "be"
        {
            planned = true
        }
        // "a visit to Moscow by U.S. Secretary of State George Shultz for arms discussions was under consideration"
        if (cueEnd..<max(cueEnd, range.upperBound - 1)).contains(where: { tokens[$0].norm == "under" && tokens[$0 + 1].norm == "consideration" }) {
            return .dropped
        }
        // A date after the story's own: "an April 5-6 summit meeting in Ottawa" in a March story.
        if !planned, laterDate(in: max(from, start - 6)..<j) { planned = true }
        if !planned, !isTitleCase, !isHeadline, scheduledPresent(subjectEnd: subjectEnd, to: start, cueEnd: cueEnd, noun: noun) {
            planned = true
        }
        // A year before the story's, in the noun's phrase: "the 1976 Berne agreement" is in force, not planned.
        if noun, planned, let date, let year = Int(date.prefix(4)),
            (max(range.lowerBound, start - 3)..<start).contains(where: { k in
                tokens[k].kind == .number && tokens[k].text.count == 4 && Int(tokens[k].text).map { $0 > 1800 && $0 < year } == true
            })
        {
            planned = false
        }
        // An expectation or a directive reaches past the subject of the infinitive: "dealers expect the six -
        // Britain, Canada, ... - to meet" (planned); "urged the U.S. government to impose trade sanctions",
        // "pressed Mr. Yanukovych to sign an agreement" (asked for, not done).
        if start > range.lowerBound + 1, let to = (max(range.lowerBound + 1, start - 3)..<start).last(where: { tokens[$0].norm == "to" }) {
            if to > range.lowerBound, ["ability", "authority", "power", "powers", "right", "capacity", "chance", "opportunity",
                "readiness", "willingness", "need", "mandate", "way", "ways"].contains(tokens[to - 1].norm)
            {
                return .dropped  // "would undercut his ability to negotiate", "authority to negotiate a free trade zone"
            }
            let before = max(range.lowerBound, to - 24)..<to
            // (An accepted invitation is a plan: "Putin accepted an invitation to visit Pyongyang".)
            if before.contains(where: { k in word(k, isIn: .directiveVerbs)
                && !(max(range.lowerBound, k - 3)..<k).contains { ["accepted", "accepts", "accept", "accepting"].contains(tokens[$0].norm) } })
            {
                return .dropped
            }
            if before.contains(where: { ["expect", "expects", "expected", "expecting", "anticipate", "anticipates",
                "anticipated"].contains(tokens[$0].norm) })
            {
                planned = true
            }
        }
        // (The infinitive's verb may be the cue, "to meet", or govern it, "to sign the treaty".)
        if start > range.lowerBound + 1, let to = (max(range.lowerBound + 1, start - 6)..<start).last(where: { tokens[$0].norm == "to" }),
            to + 1 == start || tokens[to + 1].kind == .word && !word(to + 1, isIn: .determiners)
                && !mentions.contains(where: { $0.tokens.contains(to + 1) })
                // (Not a time: "Up to now, Jordan had struck ISIS targets".)
                && !["now", "date", "then", "today"].contains(tokens[to + 1].norm),
            purposeOrHeadlineInfinitive(to: to, clause: clause)
        {
            planned = true
        }
        // English puts the future of a temporal clause in the present: "will be highlighted on Friday when Iran
        // hosts a summit", "will be explained this week when Miyazawa visits Washington".
        // (Not a future in a quotation before the speaker: '"Syria will be there," Assad said after his second meeting'.)
        if clause > range.lowerBound + 1, ["when", "once", "until", "before", "after"].contains(tokens[clause - 1].norm),
            let future = (range.lowerBound..<(clause - 1)).last(where: { ["will", "'ll", "shall"].contains(tokens[$0].norm) }),
            !(future + 1..<(clause - 1)).contains(where: { word($0, isIn: .speechVerbs) || ["\"", "\u{201D}"].contains(tokens[$0].text) }),
            !(clause..<start).contains(where: { k in ["was", "were", "had", "did"].contains(tokens[k].norm)
                || tokens[k].norm.hasSuffix("ed") && !mentions.contains { $0.tokens.contains(k) } }),
            noun || !tokens[start].norm.hasSuffix("ed")
        {
            planned = true
        }
        // Better relations as an aim: "a meeting of prime ministers to improve relations with North Korea", "the UAE
        // proposed normalising ties with Damascus" (the improvement is sought, not reported).
        // Also as the topic or aim of a noun or a participle ("talks with Peking on normalising relations", "an
        // accord aimed at improving cooperation between the two countries") and as a second infinitive ("a trip
        // to help spur U.S. trade and improve business relations with China").
        let relationNoun = ["relations", "ties"].contains(tokens[start].norm)
        if noun, start > range.lowerBound + 1, relationNoun || tokens[start].norm == "cooperation",
            let verb = (max(range.lowerBound + 1, start - 6)..<start).first(where: { ["improve", "improving", "normalise",
                "normalising", "normalize", "normalizing", "strengthen", "strengthening", "boost", "boosting", "deepen",
                "deepening", "restore", "restoring", "establish", "establishing", "expand", "expanding", "resume",
                "resuming", "enhance", "enhancing", "promote", "promoting"].contains(tokens[$0].norm) }),
            // (Not "are the latest to strengthen ties with Russia", which says they did.)
            relationNoun && (tokens[verb - 1].norm == "to" && !(verb - 2 >= range.lowerBound
                && ["latest", "first", "last", "only", "second", "third", "next"].contains(tokens[verb - 2].norm))
                || word(verb - 1, isIn: .proposalWords)
                || ["proposed", "proposes", "propose", "seek", "seeks", "sought", "hopes", "hoped", "aims", "aimed", "wants"].contains(tokens[verb - 1].norm)
                // A forecast: "the acquittal would promote the establishment of good relations between Poland and Ukraine".
                || ["would", "could", "might", "will", "may"].contains(tokens[verb - 1].norm) && !tokens[verb - 1].isCapitalized
                || tokens[verb - 1].norm == "and" && (max(range.lowerBound, verb - 6)..<(verb - 1)).contains { tokens[$0].norm == "to" })
                // Cooperation as the aim of an accord, a meeting or a visit: "a pact to enhance bilateral environmental
                // cooperation" (not "agreed to step up cooperation", which reports the cooperation agreed).
                || tokens[verb - 1].norm == "to" && verb - 2 >= range.lowerBound && word(verb - 2, isIn: [.agreementHeads, .gatheringNouns])
                || tokens[verb].norm.hasSuffix("ing") && (["on", "at", "toward", "towards", "for"].contains(tokens[verb - 1].norm)
                    // ("to discuss means of enhancing cooperation between Iraq and Russia")
                    || tokens[verb - 1].norm == "of" && verb - 2 >= range.lowerBound && ["means", "ways", "way", "possibility",
                        "possibilities", "prospects", "issue", "question"].contains(tokens[verb - 2].norm)
                    // (Or a second gerund: "the discussions focused on fighting terrorism and improving US-Russian relations".)
                    || tokens[verb - 1].norm == "and" && (max(range.lowerBound, verb - 6)..<(verb - 1)).contains {
                        ["on", "at", "toward", "towards"].contains(tokens[$0].norm) && tokens[$0 + 1].norm.hasSuffix("ing") })
        {
            return .dropped
        }
        // Talks to be restarted as an aim: "in hopes of restarting Israeli-Palestinian talks", "a push for
        // resuming negotiations" (not "agreed to resume talks", a plan).
        if noun, start > range.lowerBound + 1, let verb = (max(range.lowerBound + 1, start - 5)..<start).first(where: { ["restart", "restarting", "resume",
            "resuming", "revive", "reviving", "reopen", "reopening", "relaunch", "relaunching"].contains(tokens[$0].norm) }),
            ["of", "for", "on", "at", "toward", "towards"].contains(tokens[verb - 1].norm)
        {
            return .dropped
        }
        // The same with the noun after "for the": "supports the Syrian position for the resumption of talks with Israel"
        // (not "announced the resumption of talks").
        if noun, start > range.lowerBound + 3, let resumption = (max(range.lowerBound + 2, start - 4)..<start).first(where: { ["resumption",
            "revival", "reopening", "relaunch", "restart"].contains(tokens[$0].norm) }),
            word(resumption - 1, isIn: .determiners), ["for", "toward", "towards"].contains(tokens[resumption - 2].norm)
        {
            return .dropped
        }
        // Closer ties expected or hoped for: "ASEAN SEES CLOSER ECONOMIC TIES WITH JAPAN", "said they expect closer
        // economic ties with Japan".
        if noun, relationNoun || tokens[start].norm == "cooperation",
            let comparative = (max(range.lowerBound, start - 3)..<start).first(where: { ["closer", "stronger", "better", "deeper", "improved",
                "greater", "broader", "warmer", "more"].contains(tokens[$0].norm) }),
            (max(range.lowerBound, comparative - 3)..<comparative).contains(where: { ["expect", "expects", "expected", "see", "sees",
                "foresee", "foresees", "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "seek", "seeks", "urge",
                "urges", "urged", "for"].contains(tokens[$0].norm) })
        {
            return .dropped
        }
        // "On the eve of a Security Council visit to Nairobi": before the subject, so looked for apart.
        if (max(range.lowerBound, start - 10)..<start).contains(where: { tokens[$0].norm == "eve" && $0 + 1 < start && tokens[$0 + 1].norm == "of" }) {
            planned = true
        }
        // A headline's expectation: "U.S. SEES MORE HARMONY IN TALKS WITH FRANCE" (talks to come).
        if noun, isTitleCase || isHeadline,
            (max(range.lowerBound, start - 5)..<start).contains(where: { ["sees", "see", "expects", "expect", "foresees", "eyes"].contains(tokens[$0].norm) })
        {
            planned = true
        }
        // Headlines put the future as "to" + verb, right before the cue ("U.K. TO SUPPLY WHEAT TO CHINA") or
        // before another verb in its clause ("JAPAN TO HOLD FORMAL FINANCIAL TALKS WITH FRANCE").
        if isTitleCase || isHeadline,
            (max(range.lowerBound, min(subjectEnd, start - 1), start - 6)..<start).contains(where: { j in
                tokens[j].norm == "to" && (j + 1 == start || tokens[j + 1].kind == .word && !mentions.contains { $0.tokens.contains(j + 1) })
            })
        {
            planned = true
        }
        return alleged ? .alleged : planned ? .planned : .actual
    }

    /// Verbs in the present that carry an event named by a noun after them. (Third person only: a bare form
    /// is as often a noun, "at the start of talks with Kim on Wednesday".)
    static let eventCarriers: Set<String> = [
        "leaves", "departs", "arrives", "pays", "makes", "holds", "begins", "starts", "opens", "resumes", "heads",
        "travels", "flies", "goes", "attends", "hosts",
    ]

    /// Whether running text puts the event in the simple present (or the present progressive) with a day of
    /// the week, which in news reports a schedule: "Nakasone leaves on his sixth official visit to the United
    /// States on Wednesday", "Museveni pays a two-day visit to Nairobi on Friday", "Putin is meeting Xi on
    /// Friday". Past events take the past tense in running text ("met Xi on Friday"); "last Friday" is past.
    /// (A bare form is not read as present: irregular pasts look alike, "met", "flew", "held".)
    /// The verb is the cue itself or, for a noun cue, the verb before it after the subject.
    func scheduledPresent(subjectEnd: Int, to start: Int, cueEnd: Int, noun: Bool) -> Bool {
        // "is" or "are" before an -ing form, past a hyphenated prefix ("are co-hosting").
        func progressive(_ k: Int) -> Bool {
            guard tokens[k].norm.hasSuffix("ing"), k > range.lowerBound else { return false }
            let aux = k - 2 > range.lowerBound && tokens[k - 1].text == "-" ? k - 3 : k - 1
            return ["is", "are"].contains(tokens[aux].norm)
        }
        func isPresent(_ k: Int) -> Bool {
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, !mentions.contains(where: { $0.tokens.contains(k) }) else { return false }
            if progressive(k) { return true }
            if noun { return k == range.lowerBound || !["to", "will", "would", "did", "not"].contains(tokens[k - 1].norm) }
            return t.norm.hasSuffix("s") && !t.norm.hasSuffix("ss") && !t.norm.hasSuffix("'s") && !t.norm.hasSuffix("ics")
                && t.norm.utf8.count > 3 && !word(k, isIn: [.determiners, .prepositions, .beForms, .auxiliaries])
        }
        let verb: Int?
        if noun {
            // A verb that carries the event named by the noun: "leaves on his ... visit", "pays a visit", "holds
            // talks" (not "follows a phone call", "seven years of talks", "an arms embargo").
            verb = (max(subjectEnd, start - 6)..<start).last { k in Self.eventCarriers.contains(tokens[k].norm)
                || progressive(k) }
        } else {
            verb = start
        }
        guard let verb, isPresent(verb) else { return false }
        // A day of the week in the clause, after the subject, not "last Friday"; with a progressive, also a month
        // ("Australia and Indonesia are co-hosting an international summit on people smuggling issues in February").
        let end = clauseEnd(after: cueEnd)
        let progressive = progressive(verb)
        return (subjectEnd..<end).contains { k in
            tokens[k].isCapitalized && !(k > range.lowerBound && ["last", "past", "since"].contains(tokens[k - 1].norm))
                && (WordClass.weekdays.contains(tokens[k].norm)
                    || progressive && WordClass.months.contains(tokens[k].norm) && k > range.lowerBound
                        && ["in", "next", "early", "late", "mid", "on"].contains(tokens[k - 1].norm))
        }
    }

    /// Whether the infinitive marker `to` puts its verb ahead of the story: after a bare subject, a headline's
    /// future in running text ("Italian prime minister to visit Turkey.", "Arafat to meet Peres in Gaza"), or
    /// as the purpose of a journey in its clause ("Granic arrives to sign the treaty", "flew to Moscow to sign").
    func purposeOrHeadlineInfinitive(to: Int, clause: Int) -> Bool {
        // The bare subject: names, titles, capitalized words and determiners only, no verb.
        let lead = range.lowerBound..<to
        if lead.count <= 8, lead.allSatisfy({ k in
            mentions.contains { $0.tokens.contains(k) } || tokens[k].kind != .word && tokens[k].text != ","
                || tokens[k].isCapitalized && !isVerbLike(tokens[k]) || word(k, isIn: [.titleWords, .determiners, .roleModifiers])
        }) {
            return true
        }
        var k = to - 1
        while k >= max(clause, to - 6) && !word(k, isIn: .clausePunctuation) {
            // ("went on to meet" is not a journey.)
            if word(k, isIn: .travelVerbs), tokens[k + 1].norm != "on" { return true }
            k -= 1
        }
        return false
    }

    /// Whether the noun phrase of a noun cue (with its prepositional phrases) is followed by "would", "could",
    /// "might" or "may": the cue is the subject of a conditional ("a new agreement between X and Y would pave
    /// the way").
    func conditionalPredicate(after end: Int, mentions: [Mention]) -> Bool {
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

    static let presupposedParticiples: Set<String> = ["agreed", "signed", "concluded", "reached", "struck", "sealed", "inked", "negotiated"]

    /// Participles that report a settlement as done when they follow its noun, or a noun: "four points agreed
    /// between Thatcher and Reagan", "the bindings agreed between the EC and U.S.", "an air trade agreement signed
    /// between the Egyptian and Canadian governments". The settlement is presupposed, whatever modal words come
    /// before it ("the proposed tax violates the bindings agreed ...", "plans to begin flights following an
    /// agreement signed ..."), as a participle after its noun is a reduced relative clause in the past.
    func presupposedParticiple(start: Int, end: Int, noun: Bool) -> Bool {
        if noun {
            return end < range.upperBound && Self.presupposedParticiples.contains(tokens[end].norm)
                && !(end + 1 < range.upperBound && ["to", "by"].contains(tokens[end + 1].norm) && tokens[end].norm == "agreed")
        }
        guard Self.presupposedParticiples.contains(tokens[start].norm), start > range.lowerBound, end < range.upperBound else { return false }
        let before = tokens[start - 1]
        let nounLike = before.kind == .word && !before.isCapitalized && before.norm.count > 2 && !before.norm.hasSuffix("ly")
            && !word(start - 1, isIn: [.determiners, .auxiliaries, .beForms, .prepositions, .relativePronouns, .listGlue,
                                       .plannedMarkers, .negationMarkers, .hypotheticalMarkers, .clauseOpeners, .speechVerbs])
            && !["who", "which", "that", "they", "also", "it", "we", "have", "has", "had", "and", "or"].contains(before.norm)
        return nounLike && ["between", "by", "with", "in", "on", "at", "last", "earlier", "during", "since", "under", "upon"].contains(tokens[end].norm)
    }

    /// Verbs whose object is sought, not had: "seek", "pursue", "want", "need", "obtain".
    static let seekingVerbs: Set<String> = ["seek", "seeks", "seeking", "sought", "pursue", "pursues", "pursuing", "want", "wants",
                                            "wanted", "wanting", "need", "needs", "needed", "needing", "obtain", "obtains", "obtaining"]

    static let restorationNouns: Set<String> = [
        "resumption", "restoration", "normalisation", "normalization", "renewal", "revival", "reopening",
    ]
    static let discussingVerbs: Set<String> = [
        "discuss", "discusses", "discussed", "discussing", "consider", "considers", "considering", "explore", "explores",
        "exploring", "debate", "debating", "weigh", "weighing", "mull", "mulling",
    ]

    /// Nouns whose phrase names its aim or topic ("a keen interest in a swift agreement", "work on a free trade
    /// agreement").
    static let aimFramers: Set<String> = [
        "talks", "negotiations", "talk", "negotiation", "discussions", "work", "interest", "push", "hopes", "hope", "need",
    ]

    /// Whether a noun cue is the thing sought, not an event: the object of "seek", "pursue", "want", "need" or
    /// "obtain" ("UK SEEKS PACT WITH JAPAN", "by seeking a 'compromise' agreement with Brussels", "to seek official
    /// support", "to obtain Russia's agreement"), or the topic or aim of talks, work or an interest ("TALKS ON
    /// ECONOMIC PACT WITH HUNGARY"); not a commitment, which is to an accord in force
    /// ("REITERATES COMMITMENT TO OPEC PACT"). Up to four modifiers may stand between.
    func soughtObject(before start: Int, mentions: [Mention]) -> Bool {
        guard let k = headBefore(start, mentions: mentions) else { return false }
        if Self.seekingVerbs.contains(tokens[k].norm) { return true }
        // A resumption sought or discussed: the ties are not in force ("are also discussing the resumption of
        // military ties"; "announced the resumption of ties" reports them).
        if tokens[k].norm == "of", k >= range.lowerBound + 2, Self.restorationNouns.contains(tokens[k - 1].norm) {
            let verb = word(k - 2, isIn: .determiners) ? k - 3 : k - 2
            if verb >= range.lowerBound, Self.seekingVerbs.contains(tokens[verb].norm) || Self.discussingVerbs.contains(tokens[verb].norm) {
                return true
            }
        }
        return ["on", "over", "for", "toward", "towards", "in", "to"].contains(tokens[k].norm) && k > range.lowerBound
            && Self.aimFramers.contains(tokens[k - 1].norm)
    }

    /// The possessor of a noun cue that names no actor: "the coalition's air strikes", "the group's attacks"
    /// (a possessive right before the cue or before one modifier), as the index of its last word.
    func unknownPossessor(before start: Int, mentions: [Mention]) -> Int? {
        var k = start - 1
        if k > range.lowerBound, tokens[k].kind == .word, !tokens[k].isCapitalized, !["'s", "'"].contains(tokens[k].norm) { k -= 1 }
        guard k > range.lowerBound, ["'s", "'"].contains(tokens[k].norm) else { return nil }
        let owner = k - 1
        guard tokens[owner].kind == .word, !mentions.contains(where: { $0.tokens.contains(owner) }),
            !word(owner, isIn: [.calendarWords, .titleWords, .roleStarts, .stateNouns]),
            // (Not "each other's", a time, nor a title the discourse resolves: "during the chancellor's official visit".)
            !["other", "today", "yesterday", "year", "week", "month", "day"].contains(tokens[owner].norm)
        else { return nil }
        return owner
    }

    static let preparationNouns: Set<String> = [
        "terms", "conditions", "condition", "preconditions", "precondition", "prerequisite", "prerequisites", "preparations",
        "groundwork", "way", "basis", "framework", "agenda", "date", "venue", "timetable", "roadmap",
        // What is gathered or argued for an act not yet decided: "efforts to build support for an attack on Saddam's
        // Iraqi regime", "a pretext for war".
        "support", "backing", "case", "pretext", "justification", "rationale", "appetite",
    ]

    /// Whether a noun cue is what conditions or preparations are for, so not yet held: "China sets terms for
    /// Taiwan talks", "a prerequisite for normalized Cuba-U.S. relations", "paved the way for talks".
    func preparedFor(before start: Int, mentions: [Mention]) -> Bool {
        guard let k = headBefore(start, mentions: mentions), tokens[k].norm == "for", k > range.lowerBound else { return false }
        return Self.preparationNouns.contains(tokens[k - 1].norm)
    }

    /// The first word before a noun cue's phrase, past up to four modifiers (determiners, adjectives, names,
    /// possessives, quotes; a hyphen compound counts once): the verb or preposition that takes the phrase.
    func headBefore(_ start: Int, mentions: [Mention]) -> Int? {
        var k = start - 1
        var skipped = 0
        while k >= range.lowerBound, skipped <= 4 {
            let t = tokens[k]
            let modifier = t.kind == .punctuation && ["\"", "'", "-", "“", "‘"].contains(t.text)
                || mentions.contains { $0.tokens.contains(k) } || t.norm == "'s" || t.norm == "'"
                || t.kind == .word && !word(k, isIn: [.prepositions, .clauseOpeners, .relativePronouns, .auxiliaries, .beForms,
                                                       .listGlue, .speechVerbs, .negationMarkers, .verbMarkers])
            if !modifier || Self.seekingVerbs.contains(t.norm) { return k }
            if t.kind == .word && tokens[k + 1].text != "-" { skipped += 1 }  // (a hyphen compound is one word)
            k -= 1
        }
        return nil
    }

    /// Whether a condition follows the cue in its sentence: "if", "unless", "once", "provided (that)". A future on a
    /// condition is not a plan ("WORLD BANK TO SUPPORT SRI LANKA IF DEFICITS CUT"); the caller asks only for
    /// planned events, since a past event with a condition after it is still reported ("attacked X, even if").
    func conditionAfter(_ end: Int) -> Bool {
        (end..<range.upperBound).contains { k in
            ["if", "unless", "once"].contains(tokens[k].norm)
                || ["provided", "providing"].contains(tokens[k].norm) && k + 1 < range.upperBound
                    && (tokens[k + 1].norm == "that" || word(k + 1, isIn: .determiners))
        }
    }

    /// Nouns of quantity, whose "of" heads no phrase that presupposes the noun after it: "a series of sanctions".
    static let quantityNouns: Set<String> = [
        "series", "package", "set", "range", "raft", "wave", "round", "number", "string", "batch", "host", "slew",
    ]

    static let presupposingPrepositions: Set<String> = ["on", "of", "with", "from", "against", "over", "about", "upon", "amid", "amidst", "despite"]

    /// The preposition heading the noun phrase of a noun cue at `start` ("on its main trading partner",
    /// "amid growing sanctions"), if it is one that presupposes its object (not "for", "to", "at", "in":
    /// "travel to China for talks" are still to come).
    func presupposingPreposition(before start: Int) -> Int? {
        var j = start - 1
        var reach = 4
        while j >= range.lowerBound && start - j <= reach {
            let t = tokens[j]
            // "a series of tariff sanctions", "a package of sanctions": a quantity, not a phrase that presupposes.
            if t.norm == "of", j > range.lowerBound, Self.quantityNouns.contains(tokens[j - 1].norm) {
                j -= 2
                reach += 3
                continue
            }
            if Self.presupposingPrepositions.contains(t.norm) { return j }
            guard t.kind == .word || t.text == "-", !t.isCapitalized || mentions.contains(where: { $0.tokens.contains(j) }),
                !WordClass.prepositions.contains(t.norm), !WordClass.beForms.contains(t.norm), !isVerbLike(t) || t.norm == "its"
            else { return nil }
            j -= 1
        }
        return nil
    }
}

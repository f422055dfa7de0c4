/// The closed word classes of ``WordClass`` as bits of one integer, so that the classes of a word are found
/// by its id in the ``Vocabulary`` and a test of membership is a mask, not a hash of the word. A word may
/// belong to several classes; `isDisjoint(with:)` tests membership of any of several.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    /// Bit `k` is the class of word list `k` of ``members``.
    static let
        prepositions = Self(rawValue: 1 << 0), clauseOpeners = Self(rawValue: 1 << 1),
        relativePronouns = Self(rawValue: 1 << 2), speechVerbs = Self(rawValue: 1 << 3),
        breakdownWords = Self(rawValue: 1 << 4), clausePunctuation = Self(rawValue: 1 << 5),
        unresolvedPossessives = Self(rawValue: 1 << 6), demonstratives = Self(rawValue: 1 << 7),
        listGlue = Self(rawValue: 1 << 8), determiners = Self(rawValue: 1 << 9),
        auxiliaries = Self(rawValue: 1 << 10), beForms = Self(rawValue: 1 << 11),
        plannedMarkers = Self(rawValue: 1 << 12), plannedAfterMarkers = Self(rawValue: 1 << 13),
        negationMarkers = Self(rawValue: 1 << 14), hypotheticalMarkers = Self(rawValue: 1 << 15),
        allegationMarkers = Self(rawValue: 1 << 16), sportsWords = Self(rawValue: 1 << 17),
        roleModifiers = Self(rawValue: 1 << 18), directions = Self(rawValue: 1 << 19),
        titleWords = Self(rawValue: 1 << 20), calendarWords = Self(rawValue: 1 << 21),
        nonStateModifiers = Self(rawValue: 1 << 22), leaderStateNouns = Self(rawValue: 1 << 23),
        privatePersonNouns = Self(rawValue: 1 << 24), proposalWords = Self(rawValue: 1 << 25),
        denialWords = Self(rawValue: 1 << 26), directiveVerbs = Self(rawValue: 1 << 27),
        prospectNouns = Self(rawValue: 1 << 28), privateVisitModifiers = Self(rawValue: 1 << 29),
        adjunctPrepositions = Self(rawValue: 1 << 30), adjunctHeads = Self(rawValue: 1 << 31),
        companyNouns = Self(rawValue: 1 << 32), groupNouns = Self(rawValue: 1 << 33),
        documentNouns = Self(rawValue: 1 << 34), authoringVerbs = Self(rawValue: 1 << 35),
        stateNouns = Self(rawValue: 1 << 36), clauseEnders = Self(rawValue: 1 << 37),
        clauseEndMarks = Self(rawValue: 1 << 38), anaphorOpeners = Self(rawValue: 1 << 39),
        descriptionHeads = Self(rawValue: 1 << 40), speakerGap = Self(rawValue: 1 << 41),
        agreementHeads = Self(rawValue: 1 << 42), verbMarkers = Self(rawValue: 1 << 43),
        roleStarts = Self(rawValue: 1 << 44), travelVerbs = Self(rawValue: 1 << 45),
        gatheringNouns = Self(rawValue: 1 << 46), departureVerbs = Self(rawValue: 1 << 47),
        presupposingVerbs = Self(rawValue: 1 << 48), predictionFrames = Self(rawValue: 1 << 49)

    /// Every class: a word of none of them is in no closed list.
    static let all = Self(rawValue: ~0)

    /// The word list of each class, in bit order.
    static let members: [Set<String>] = [
        WordClass.prepositions, WordClass.clauseOpeners, WordClass.relativePronouns, WordClass.speechVerbs,
        WordClass.breakdownWords, WordClass.clausePunctuation, WordClass.unresolvedPossessives,
        WordClass.demonstratives, WordClass.listGlue, WordClass.determiners, WordClass.auxiliaries,
        WordClass.beForms, WordClass.plannedMarkers, WordClass.plannedAfterMarkers, WordClass.negationMarkers,
        WordClass.hypotheticalMarkers, WordClass.allegationMarkers, WordClass.sportsWords, WordClass.roleModifiers,
        WordClass.directions, WordClass.titleWords, WordClass.calendarWords, WordClass.nonStateModifiers,
        WordClass.leaderStateNouns, WordClass.privatePersonNouns, WordClass.proposalWords, WordClass.denialWords,
        WordClass.directiveVerbs, WordClass.prospectNouns, WordClass.privateVisitModifiers,
        WordClass.adjunctPrepositions, WordClass.adjunctHeads, WordClass.companyNouns, WordClass.groupNouns,
        WordClass.documentNouns, WordClass.authoringVerbs, WordClass.stateNouns, WordClass.clauseEnders,
        WordClass.clauseEndMarks, WordClass.anaphorOpeners, WordClass.descriptionHeads, WordClass.speakerGap,
        WordClass.agreementHeads, WordClass.verbMarkers, WordClass.roleStarts, WordClass.travelVerbs,
        WordClass.gatheringNouns, WordClass.departureVerbs, WordClass.presupposingVerbs, WordClass.predictionFrames,
    ]
}

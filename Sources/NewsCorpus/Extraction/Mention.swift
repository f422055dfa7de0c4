/// A reference to one or more actors in a sentence, after resolution of titles, pronouns and
/// definite descriptions.
struct Mention: Sendable, Equatable {
    /// Indices into the lexicon's entries (two for "the two countries").
    var actors: [Int]
    /// Token span.
    var tokens: Range<Int>
    /// Followed by a possessive ("Russia's").
    var possessive: Bool
    /// The preposition that governs the mention ("to" in "a visit to Vietnam"), if any.
    var governor: String?
    /// A pronoun or a definite description ("he", "the country") rather than a name.
    var isAnaphor: Bool
    /// Whether the mention is a proper name (not an adjective, demonym or anaphor).
    var isName: Bool = false

    var start: Int { tokens.lowerBound }
    var end: Int { tokens.upperBound }
}

/// Closed word classes the extractor relies on.
enum WordClass {
    static let prepositions: Set<String> = [
        "to", "in", "on", "at", "from", "with", "by", "for", "of", "against", "into", "onto", "toward", "towards",
        "about", "over", "under", "between", "among", "amid", "within", "without", "through", "across", "after",
        "before", "during", "since", "like", "unlike", "than", "near", "despite", "via", "including", "as", "amidst",
    ]
    /// Words that open a new clause: a subject is not searched across them.
    static let clauseOpeners: Set<String> = [
        "which", "who", "whom", "whose", "while", "whereas", "although", "though", "but", "because", "if",
        "unless", "when", "whenever", "where", "after", "before", "since", "despite", "that", "so", "yet", "whether",
    ]
    static let relativePronouns: Set<String> = ["which", "who", "that", "whose"]
    /// Conjunctions that open an adverbial clause, which may stand before the main clause's subject.
    static let adverbialSubordinators: Set<String> = [
        "when", "whenever", "while", "whereas", "although", "though", "because", "if", "unless", "after", "before", "since",
    ]
    /// Words that end a cue's clause, looking forward from it: relative pronouns and conjunctions, and
    /// (in ``clauseEndMarks``) the punctuation that closes a clause or a sentence.
    static let clauseEnders: Set<String> = [
        "which", "who", "while", "whereas", "although", "but", "because", "despite", "when", "after", "before", "since",
        "that", "whether", "if",
    ]
    static let clauseEndMarks: Set<String> = [";", "\u{2014}", "(", ")", "."]
    /// Words that may open an anaphor the extractor resolves: pronouns ("it", "he"), and the determiners of
    /// definite descriptions ("the country", "this nation", "the two countries", "both sides").
    static let anaphorOpeners: Set<String> = ["it", "they", "he", "him", "his", "the", "this", "both"]
    /// Heads of a short definite description of a state: "the country", "the resource-rich Asian state".
    static let descriptionHeads: Set<String> = ["country", "nation", "state"]
    /// Words between a verb of saying and the pronoun it introduces: "Japan said on Tuesday it had halted".
    static let speakerGap: Set<String> = [
        "that", "on", "today", "yesterday", "tonight", "earlier", "later", "late", ",", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "statement",
    ]
    /// Nouns of agreements and meetings named after the place they were made or held: "the Paris agreement",
    /// "the Minsk accords", "the London talks", "the Geneva conference".
    static let agreementHeads: Set<String> = [
        "agreement", "agreements", "accord", "accords", "treaty", "protocol", "process", "format", "convention",
        "conventions", "deal", "declaration", "charter", "pact", "club", "group",
        // Meetings named after their venue: "the London talks", "the Geneva conference".
        "talks", "summit", "conference", "negotiations", "round", "meeting", "meetings",
    ]
    /// Dashes (as written) that set a dateline off from the story: "TOKYO (Reuters) -", "WASHINGTON \u{2014}".
    /// (With AP's older underscore: "CAIRO, Egypt (AP) _ In mosques ...".)
    static let datelineDashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "_"]
    /// Words right before a cue that make it a verb, not a noun followed by its preposition: "to", modals,
    /// "did", "not" ("threatened to sanction Iran", "will visit China").
    static let verbMarkers: Set<String> = ["to", "will", "would", "may", "might", "can", "could", "should", "must", "did", "does", "do", "not"]
    /// Verbs of saying and believing: what follows them is a clause of its own ("Washington said Moscow
    /// had provided ...").
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "claimed", "claims", "stated", "states", "noted", "notes", "added",
        "adds", "believes", "believe", "believed", "argued", "argues", "insisted", "insists", "confirmed",
        "confirms", "reported", "reports", "according", "quoted", "suggests", "suggested", "showed", "shows",
        "indicate", "indicates", "indicated", "alleged", "alleges", "warned", "stressed", "declared", "expected",
        "expects", "asked", "asks", "urged", "urges", "wants", "wanted",
    ]
    /// Words after a cooperative cue that say the tie is breaking down.
    static let breakdownWords: Set<String> = [
        "unravelled", "unraveled", "deteriorated", "deteriorating", "deterioration", "soured", "souring", "worsened",
        "worsening", "collapsed", "strained", "tested", "frayed", "plunged", "crisis", "tensions", "tension", "broke",
        "suspended", "frozen", "downgraded", "cut", "severed", "ruptured", "damaged",
    ]
    static let clausePunctuation: Set<String> = [";", ":", "\u{2014}", "\u{2013}", "(", ")"]
    /// Possessive determiners that the extractor does not resolve ("its attacks").
    static let unresolvedPossessives: Set<String> = ["its", "their", "her", "our", "my", "your", "whose"]
    static let demonstratives: Set<String> = ["this", "that", "these", "those", "such"]
    /// Words allowed between two mentions of one list ("Belarus, Uzbekistan, China, and most recently Vietnam").
    static let listGlue: Set<String> = [
        ",", "and", "or", "as", "well", "most", "recently", "then", "also", "finally", "later", "now", "eventually",
        "both", "either", "even", "&", "its", "their", "other",
    ]
    static let determiners: Set<String> = [
        "a", "an", "the", "his", "her", "its", "their", "this", "that", "these", "those", "'s", "'", "first", "second",
        "planned", "impending", "upcoming", "recent", "rare", "official", "any", "every", "our", "my", "your",
        "last", "next", "latest", "new", "historic", "surprise", "two-day", "three-day", "whose",
        "no", "another", "more", "much", "such", "state",
    ]
    /// Auxiliaries that make a verb phrase finite ("has", "will", "did").
    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "can", "could", "did", "does"]
    static let beForms: Set<String> = ["is", "was", "were", "are", "been", "being", "be", "'s", "get", "got", "gets", "getting", "become", "became"]
    /// Modal and aspect markers of planned or future events.
    static let plannedMarkers: Set<String> = [
        "will", "'ll", "shall", "would", "plans", "plan", "planning", "planned", "set", "expected", "scheduled",
        "due", "intends", "intend", "intending", "impending", "upcoming", "forthcoming", "coming", "future", "going",
        "prepared", "preparing", "proposed", "tentatively", "likely", "next", "ahead", "towards",
        // Expectations: "dealers expect the six to meet" (with "to" before the cue also found further back).
        "expect", "expects", "expecting", "anticipate", "anticipates", "anticipated",
        "toward", "offer", "offered", "offers", "offering", "vowed", "vows", "vow", "vowing", "eve", "ready", "willing", "date",
        // Efforts name an event that has not taken place yet: "efforts to arrange a meeting", "seeking talks with".
        // (An invitation is a proposal, dropped by `directiveVerbs`, unless accepted: "accepted an invitation to visit".)
        "invitation", "invited", "arrange", "arranging", "efforts", "effort", "bid", "seek", "seeks",
        "seeking", "sought", "propose", "proposes", "proposing", "probable",
    ]
    /// Words after a cue, in its clause, that place the event in the future: "a visit to Moscow later this
    /// month", "talks scheduled for Thursday", "the summit next year".
    static let plannedAfterMarkers: Set<String> = [
        "planned", "scheduled", "expected", "due", "later", "next", "upcoming", "starting", "tomorrow", "possible",
        "likely", "mooted",
    ]
    static let negationMarkers: Set<String> = [
        "not", "'t", "never", "no", "neither", "nor", "without", "refused", "refuses", "declined", "declines",
        "failed", "fails", "denied", "denies", "deny", "avoided", "avoids", "unable", "rejected", "ruled", "instead",
        "cannot", "barely", "hardly", "deterioration", "strained", "tense", "frosty", "soured", "souring", "worsening",
        "deteriorating", "broken", "severed", "frozen", "poor", "reluctant", "ended", "cancelled", "canceled",
        "postponed", "suspended", "suspend", "cut", "cuts", "cutting", "downgraded", "downgrade", "recalled",
        "halted", "called", "abandoned", "scrapped", "stepped", "backed", "retreated", "reluctance",
        // Events blocked, prevented or undone: "to block Trump's visit", "tear up the NATO treaty", "repair relations".
        "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing", "thwart", "thwarted",
        "tear", "tore", "torn", "tearing", "withdraw", "withdraws", "withdrew", "withdrawing", "withdrawn", "quit",
        "quits", "quitting", "repair", "repairing", "mend", "mending", "break", "breaks", "breaking", "cancel",
        "cancels", "canceling", "cancelling",
        // Vetoed or opposed: "vetoed a Security Council resolution to impose sanctions against South Africa".
        "vetoed", "vetoes", "vetoing", "opposed", "opposes", "opposing", "opposition", "boycotted", "boycotts",
        "boycotting", "boycott", "snubbed", "skipped", "shunned",
        // Barred or ended: "U.S., BRITAIN BAR SANCTIONS AGAINST SOUTH AFRICA", "terminated an agreement with the EU".
        "bar", "bars", "barred", "barring", "terminate", "terminates", "terminated", "terminating", "revoke", "revokes",
        "revoked", "revoking", "renounce", "renounces", "renounced", "renouncing", "annul", "annulled",
        "ease", "eased", "easing", "lift", "lifted", "lifting", "evade", "evading", "circumvent", "circumventing",
        "off", "resisted", "resists", "resist", "resisting", "refuse", "refusing", "stop", "stops", "stopping", "stopped", "halt", "halts", "halting", "short", "irritant", "troubles", "troubled", "spectre", "specter",
        // Suspended or cut off: "the suspension of U.S. aid to Pakistan".
        "suspension", "suspend", "suspends", "suspended", "suspending", "termination", "cancellation", "cutoff",
    ]
    static let hypotheticalMarkers: Set<String> = [
        "could", "might", "may", "if", "unless", "whether", "risk", "risks", "risking", "possible", "probable", "potential",
        "predict", "predicts", "predicted", "predicting", "forecast", "forecasts",
        "potentially", "hypothetical", "should", "considering", "consider", "considers", "mulling", "mulls", "weighing",
        "contemplating", "contemplates", "contemplate", "seems", "seem", "need", "needs", "needed", "interested", "keen",
        "appears", "appear", "unlikely", "hoping", "wish", "wished", "fear", "fears", "feared", "fearing", "worried",
        "concern", "concerns", "allegedly", "purportedly", "rumored", "rumoured", "speculation",
        "urged", "urges", "urging", "asked", "asks", "asking", "demanded", "demanding", "option", "options",
        // Obligations and unspecified events are not reports of one: "must agree on air rights", "is bound by
        // law to help Taiwan", "any Iranian attack on Soviet ships will bring a response".
        "must", "bound", "obliged", "ought", "any",
        // Attempts are not reports of the event: "attempted to arrange talks".
        "attempt", "attempts", "attempted", "attempting", "try", "tries",
        "tried", "trying",
        // Calls for an event are requests, not the event: "calls for talks with the IMF"; a threatened event
        // is a threat: "threatened to shell Iraqi towns".
        "call", "calls", "calling", "threaten", "threatens", "threatened", "threatening",
    ]
    /// Markers of an allegation: what someone is accused of is not reported as done ("accuse the Kim regime of
    /// sending shells" codes the accusation only), though its actors are the ones talked about.
    static let allegationMarkers: Set<String> = [
        "accuse", "accuses", "accused", "accusing", "alleging", "alleges", "suspected", "suspects", "suspicion",
        "blame", "blames", "blamed", "blaming",
    ]
    /// Words of sport: a sentence with one reports matches, not relations between states ("Spain travels to
    /// Belgium for first-round matches", "his side will meet Liberia").
    static let sportsWords: Set<String> = [
        "match", "matches", "scored", "goals", "striker", "midfielder", "goalkeeper", "coach", "qualifier",
        "qualifiers", "qualifying", "cup", "league", "tournament", "championship", "championships", "olympic",
        "olympics", "medal", "medals", "football", "soccer", "cricket", "rugby", "tennis", "hockey", "basketball",
        "volleyball", "innings", "wickets", "semifinal", "semifinals", "semi-final", "quarterfinal", "quarterfinals",
        "fixture", "fixtures", "squad", "bundesliga", "fifa", "uefa", "playoff", "playoffs", "stadium", "kickoff",
        "halftime", "seeded", "athletes", "golf", "boxing", "marathon", "champions",
        "medallist", "medallists", "medalist", "medalists", "athlete", "athletics", "sprinter", "batsman", "batsmen",
        "bowler", "wicket", "referee", "referees",
    ]
    /// Role nouns after a country name or adjective that refer to its leader.
    static let leaderRoles: [[String]] = [
        ["president"], ["prime", "minister"], ["premier"], ["chancellor"], ["leader"], ["ruler"], ["dictator"],
        ["king"], ["supreme", "leader"], ["head", "of", "state"], ["strongman"], ["autocrat"], ["emir"],
        ["crown", "prince"], ["counterpart"], ["head", "of", "government"], ["chief"], ["pm"],
    ]
    /// Role nouns after a country name or adjective that stand for the state itself.
    static let stateRoles: [[String]] = [
        ["foreign", "minister"], ["defense", "minister"], ["defence", "minister"], ["ambassador"], ["envoy"],
        ["government"], ["regime"], ["authorities"], ["administration"], ["officials"], ["official"],
        ["foreign", "ministry"], ["ministry"], ["army"], ["military"], ["forces"], ["armed", "forces"], ["troops"],
        ["navy"], ["air", "force"], ["diplomat"], ["diplomats"], ["delegation"], ["state", "media"],
        ["spokesman"], ["spokeswoman"], ["spokesperson"], ["intelligence"], ["side"], ["state", "news", "agency"],
        ["parliament"], ["lawmakers"], ["embassy"], ["trade", "representative"],
        // Officers and officials called "chief" (a bare "chief" is the leader: "the Kremlin chief").
        ["chief", "of", "staff"], ["chief", "of", "defence", "staff"], ["chief", "of", "defense", "staff"],
        ["chief", "of", "the", "defence", "staff"], ["chief", "of", "general", "staff"], ["chief", "of", "the", "general", "staff"],
        ["chief", "negotiator"], ["chief", "prosecutor"], ["chief", "justice"],
        ["national", "security", "adviser"], ["national", "security", "advisor"], ["security", "adviser"],
        ["security", "advisor"], ["foreign", "secretary"], ["interior", "minister"], ["finance", "minister"],
        ["trade", "minister"], ["minister"], ["ministers"], ["secretary", "of", "state"], ["state", "department"],
        ["defense", "department"], ["defence", "department"], ["coast", "guard"], ["central", "bank"],
    ]
    /// First words of ``leaderRoles`` and ``stateRoles``: a role phrase can start only at one.
    static let roleStarts = Set((leaderRoles + stateRoles).map { $0[0] })
    static let roleModifiers: Set<String> = ["former", "then", "acting", "new", "interim", "deputy", "first", "late", "vice"]
    /// Capitalized words of direction before a country that leave it the country: "South Lebanon", "Northern
    /// Iraq" (names such as "South Korea" or "East Timor" are lexicon entries, matched first).
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    ]
    /// Capitalized words that may stand before a name without being part of it ("President Putin").
    static let titleWords: Set<String> = [
        "president", "prime", "minister", "king", "queen", "chancellor", "secretary", "general", "state", "defense",
        "defence", "affairs", "foreign", "council", "leader", "supreme", "crown", "prince", "princess", "emir",
        "sheikh", "ayatollah", "chairman", "premier", "governor", "senator", "mr", "mrs", "ms", "dr", "sir", "lady",
        "pope", "gen", "marshal", "admiral", "commander", "colonel", "ambassador", "envoy", "vice", "deputy",
        "acting", "former", "interim", "spokesman", "spokeswoman", "chief", "dictator", "general-secretary",
        "representative", "speaker", "mayor", "judge", "justice", "officials", "official", "sultan", "pm",
        "and", "or", "the", "of", "in", "on", "by", "to", "with", "for", "from", "at",
    ]
    /// Verbs of a journey, whose infinitive of purpose is still ahead: "arrives to sign", "flew to Moscow to meet".
    static let travelVerbs: Set<String> = [
        "arrive", "arrives", "arrived", "arriving", "fly", "flies", "flew", "flying", "travel", "travels", "travelled",
        "traveled", "travelling", "traveling", "leave", "leaves", "left", "leaving", "head", "heads", "headed",
        "heading", "depart", "departs", "departed", "departing", "go", "goes", "went", "come", "comes", "came",
        "coming", "return", "returns", "returned", "returning",
    ]
    /// Verbs that take an agreement or a tie as existing: "violated the pact", "reaffirm the agreements".
    static let presupposingVerbs: Set<String> = [
        "violate", "violates", "violated", "violating", "infringe", "infringes", "infringed", "infringing", "breach",
        "breaches", "breached", "breaching", "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "honour", "honor",
        "honours", "honors", "honoured", "honored", "implement", "implements", "implemented", "implementing", "invoke",
        "invokes", "invoked", "invoking", "cite", "cites", "cited", "citing", "under",
    ]
    /// Verbs whose object is where a journey starts: "left Bahrain for Baghdad", "fled Tehran".
    static let departureVerbs: Set<String> = [
        "left", "leave", "leaves", "leaving", "departed", "departs", "depart", "departing", "fled", "flee", "flees", "fleeing",
    ]
    /// Nouns of a gathering that an organization's name before them makes its forum: "G-7 meetings", "the NATO
    /// summit". (Not "talks" or "negotiations": "IMF talks", "a new round of IMF talks" are with the Fund.)
    static let gatheringNouns: Set<String> = [
        "meeting", "meetings", "summit", "summits", "conference", "conferences", "session", "sessions",
        "ministerial", "gathering", "gatherings", "assembly", "forum",
    ]
    /// Personal pronouns that can be a clause's subject.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    /// The days of the week, Monday first.
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// The months in order: month `k` of the year is `months[k - 1]`.
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
    /// Weekdays and months: they may follow a name without being part of it ("Moscow Tuesday"), and they are
    /// not the rare proper names that link two reports of one story.
    static let calendarWords = Set(weekdays + months)
    /// Modifiers after a country adjective that name people of the country who do not act for the state:
    /// "a Libyan terrorist attack", "Syrian rebel forces", "Kurdish militia fighters".
    static let nonStateModifiers: Set<String> = [
        "terrorist", "terrorists", "terror", "militant", "militants", "rebel", "rebels", "insurgent", "insurgents",
        "jihadist", "jihadists", "jihadi", "extremist", "extremists", "separatist", "separatists", "opposition",
        "militia", "militias", "guerrilla", "guerrillas", "criminal", "pirate", "pirates", "gunmen", "mob",
        "business", "businesses", "corporate", "industry", "industrial", "private",
        // An ethnic or sectarian group within the state: "the Syrian Kurdish forces", "Iraqi Sunni tribes".
        "kurdish", "kurds", "sunni", "shia", "shiite", "tribal", "islamist", "islamists",
    ]
    static let leaderStateNouns: Set<String> = ["regime", "government", "administration", "cabinet"]
    /// Nouns after a country's name that make it a private person's nationality: "Ollie Hall, a UK national
    /// who travelled to Syria", "a US citizen", "a Canadian resident" (adjectives already need a state noun).
    static let privatePersonNouns: Set<String> = [
        "national", "nationals", "citizen", "citizens", "resident", "residents", "tourist", "tourists",
        "volunteer", "volunteers", "student", "students", "passport", "passports", "expatriate", "expatriates",
        "expat", "expats", "man", "woman", "men", "women", "couple", "family", "teenager", "boy", "girl",
        // People and places of private life: "attacks on Nigerian villages", "American hostages".
        "villagers", "village", "villages", "civilians", "farmers", "journalist", "journalists", "hostage", "hostages",
        "pilgrims", "migrants", "refugees", "fishermen", "worshippers",
        // Parties and movements outside government: "Hong Kong democrats accused China".
        "democrats", "activists", "activist", "protesters", "protestors", "dissidents", "dissident", "campaigners",
        "doctors", "businessmen", "businessman", "executives", "investors",
    ]
    /// Words that make a clause opened by "that" a proposal or a wish, not a report: "the offer that the two
    /// countries meet", "demanded that Israel withdraw", "hopes that the two sides sign". (Not "suggests" or
    /// "insisted": "research suggests that Russia uses North Korean weapons" reports.)
    static let proposalWords: Set<String> = [
        "offer", "offers", "offered", "proposal", "proposals", "propose", "proposes", "proposed", "suggestion",
        "demand", "demands", "demanded",
        "recommend", "recommends", "recommended", "recommendation", "urge", "urges", "urged", "request", "requests",
        "requested", "ask", "asks", "asked", "hope", "hopes", "hoped", "wish", "wishes", "wished", "idea", "plan",
        "plans", "condition", "conditions", "require", "requires", "required", "requirement", "initiative",
    ]
    /// Words before "that" whose clause is denied, not reported: "We categorically deny that the United
    /// States is sending any weapons to Iran".
    static let denialWords: Set<String> = [
        "deny", "denies", "denied", "denying", "denial", "dismissed", "dismisses", "refuted", "refutes", "rejected",
        "rejects", "doubt", "doubts", "doubted",
    ]
    /// Verbs that direct someone to an act, before the act's subject and "to": "urged the U.S. government to
    /// impose sanctions", "pressed Mr. Yanukovych to sign an agreement". The act is asked for, not done.
    /// Invitations too: "has been invited to visit Israel", "received an invitation to visit Turkey" propose a
    /// visit (judges counted all five such planned visits of the samples as no event).
    static let directiveVerbs: Set<String> = [
        "invite", "invites", "invited", "inviting", "invitation", "invitations",
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "presses", "pressed",
        "pressing", "encourage", "encourages", "encouraged", "encouraging", "persuade", "persuades", "persuaded",
        "want", "wants", "wanted", "wanting", "pushed", "pushing", "require", "requires", "required", "requiring",
        "lobbied", "lobbying", "implored", "begged", "challenged", "dared", "allow", "allows", "allowed",
        // (Only forms that do not report the act done: "forced Russia to withdraw" says it withdrew.)
        "force", "compel", "pressure", "pressures", "pressured", "pressuring",
    ]
    /// Nouns whose "of" phrase names an event feared, expected or talked of, not one that happened: "Israel
    /// plays down fears of war with Syria", "the prospect of talks".
    static let prospectNouns: Set<String> = [
        "fear", "fears", "prospect", "prospects", "possibility", "possibilities", "danger", "dangers", "risk",
        "risks", "threat", "threats", "spectre", "specter", "talk", "rumours", "rumors", "rumour", "rumor", "hopes",
        "charges", "allegations", "allegation", "accusations", "claims", "suspicions",
        "hope", "chance", "chances", "likelihood", "idea", "question", "ability", "signs", "sign",
    ]
    /// Forecasts, beliefs and speculation, which make a future or a conditional after them an opinion about
    /// what may happen, not a report of a plan: "economists predict China will become ...", "speculation
    /// Russia would retaliate", "he was confident the two were headed for an agreement". (Not "expect", which
    /// reports schedules: "Putin is expected to visit".)
    static let predictionFrames: Set<String> = [
        "predict", "predicts", "predicted", "predicting", "prediction", "predictions", "forecast", "forecasts",
        "forecasting", "speculation", "speculate", "speculates", "speculated", "speculating", "confident",
        "optimistic", "pessimistic", "believe", "believes", "believed", "believing", "belief", "think", "thinks",
        "sceptical", "skeptical", "convinced", "doubt", "doubts", "doubted", "bet", "betting", "guess",
        "suspect", "suspects", "suspected", "fear", "fears", "feared", "fearing", "worry", "worries", "worried",
        "hope", "hopes", "hoped", "hoping",
    ]
    /// Words of a matrix clause before "that"/"whether" that make its complement doubtful: "it is thought
    /// highly unlikely that Nakasone and Reagan will agree", "did not rule out that there had been an agreement".
    static let doubtWords: Set<String> = [
        "unlikely", "doubt", "doubts", "doubted", "doubtful", "unclear", "uncertain", "possible", "possibility", "rule",
        "ruled", "ruling", "whether", "deny", "denied", "denies",
    ]
    /// Words after a warning that name a consequence, which keeps it a threat: "warned Russia that it would
    /// face sanctions".
    static let consequenceWords: Set<String> = [
        "would", "will", "could", "might", "'ll", "face", "faces", "facing", "consequences", "retaliate", "retaliation",
        "action", "respond", "response", "pay",
    ]
    /// Purposes that make a trip or meeting private: "to go to U.S. for medical care".
    static let privatePurposeWords: Set<String> = [
        "medical", "treatment", "surgery", "check-up", "checkup", "hospital", "holiday", "vacation", "honeymoon",
    ]
    /// Officials named for a portfolio: a cue after "envoy for" is part of the title ("the United States
    /// special envoy for Ukraine negotiations").
    static let portfolioTitles: Set<String> = ["envoy", "representative", "coordinator", "negotiator", "czar", "tsar", "commissioner"]
    /// Place nouns after a proper noun that make it a place of the country: "Iran's Sirri Island", "Syria's
    /// Idlib province", "Australia's Victoria state".
    static let placeNouns: Set<String> = [
        "island", "islands", "province", "region", "state", "city", "port", "peninsula", "field", "oilfield",
        "coast", "strait", "gulf", "border", "airport", "base", "town", "village", "district", "territory",
        "valley", "mountains", "sea", "river", "bay", "plant", "refinery", "terminal", "county", "area",
    ]
    /// Nouns after "border" that make "a Syrian border town" a place, not the state.
    static let borderPlaceNouns: Set<String> = [
        "town", "towns", "village", "villages", "city", "cities", "area", "areas", "region", "district", "province",
    ]
    /// Modifiers of a visit that make it no act of state: "a four-day private visit to the U.S.".
    static let privateVisitModifiers: Set<String> = ["private", "personal", "family", "holiday", "unofficial"]
    /// Prepositions that set a noun cue as the time or place of the clause, not its object: "U.S. oil prices
    /// strong ahead of OPEC meeting", "tabled by France following the G7 meeting": the subject is not a party.
    static let adjunctPrepositions: Set<String> = ["before", "after", "during", "following", "until", "since", "amid", "throughout"]
    /// Words before "of" that make it an adjunct: "ahead of", "outside of", "on the eve of", "on the sidelines of".
    static let adjunctHeads: Set<String> = ["ahead", "outside", "eve", "sidelines", "margins", "margin", "wake", "run-up", "aftermath"]
    /// Nouns after a country's name or adjective that make it a company's nationality, not the state:
    /// "a U.S. group", "a Japanese trading firm", "France's videotex unit".
    static let companyNouns: Set<String> = [
        "company", "companies", "firm", "firms", "group", "unit", "units", "subsidiary", "subsidiaries", "corp",
        "corporation", "venture", "consortium", "conglomerate", "carrier", "airline", "airlines", "automaker",
        "carmaker", "maker", "makers", "producer", "producers", "exporter", "exporters", "importer", "importers",
        "bank", "banks", "lender", "lenders", "insurer", "retailer", "operator", "investors", "businessmen",
        "business", "businesses", "industry", "industries", "manufacturer", "manufacturers", "trader", "traders",
        "interests", "chipmakers", "automakers", "steelmakers", "carmakers", "farmers", "growers", "miners",
        "shippers", "unions",
    ]
    /// Plural nouns whose examples follow "like", "such as" or "including": "other countries like Iran",
    /// "allies such as Japan". The examples play the noun phrase's role.
    static let groupNouns: Set<String> = [
        "countries", "nations", "states", "allies", "partners", "members", "neighbours", "neighbors", "governments",
        "powers", "economies", "regimes", "democracies", "autocracies", "capitals", "players", "rivals", "adversaries",
    ]
    /// Nouns of texts that an actor adopts or issues, whose participle modifier is the text's act, not the
    /// clause subject's: "voted against a UN resolution condemning Russia" (the UN condemns, not the voter).
    static let documentNouns: Set<String> = [
        "resolution", "resolutions", "statement", "statements", "declaration", "declarations", "report", "reports",
        "motion", "motions", "bill", "bills", "letter", "letters", "communique", "communiques", "decree", "decrees",
        "measure", "measures", "draft", "drafts", "amendment", "amendments", "petition", "text", "proposal",
        "proposals", "initiative", "plan", "document", "ruling", "verdict", "order", "directive", "law", "laws",
    ]
    /// Verbs by which the subject authors a text: "the EU issued a statement condemning Russia" (the EU condemns).
    static let authoringVerbs: Set<String> = [
        "issued", "issues", "issue", "issuing", "released", "releases", "published", "publishes", "adopted", "adopts",
        "passed", "passes", "approved", "approves", "drafted", "drafts", "introduced", "introduces", "sponsored",
        "sponsors", "co-sponsored", "submitted", "submits", "proposed", "proposes", "tabled", "made", "makes", "sent",
        "sends", "signed", "signs", "put", "puts", "presented", "presents", "unveiled", "unveils", "wrote", "writes",
    ]
    /// Nouns after a country adjective that make it stand for the state ("Russian troops", "Iranian
    /// officials"), besides role nouns and event cue nouns. Any other noun ("Syrian rebels", "a Bangladeshi
    /// father", "Iraqi Kurds") names people or things of that country, not the state.
    static let stateNouns: Set<String> = [
        "government", "governments", "regime", "authorities", "administration", "state", "forces", "force", "troops",
        "army", "military", "navy", "air", "officials", "official", "diplomats", "diplomat", "ministry", "embassy",
        "leadership", "leader", "leaders", "president", "counterpart", "counterparts", "side", "delegation",
        "warplanes", "jets", "missiles", "weapons", "drones", "ships", "warships", "submarines", "soldiers", "war",
        "intelligence", "economy", "interests", "parliament", "lawmakers", "envoy", "ambassador", "consulate",
        "nuclear", "missile", "border", "territory", "waters", "airspace", "occupation", "allies", "ally", "partners",
        "partner", "policy", "position", "stance", "demands", "pressure", "involvement", "presence", "machine",
        "backing", "backed", "state-run", "state-owned", "media", "news", "agency", "press", "propaganda", "foreign",
        "defense", "defence", "security", "arms", "assets", "bases", "base", "units", "commanders", "generals",
        "prime", "minister", "king", "queen", "crown", "supreme", "chief", "spokesman", "spokeswoman", "spokesperson",
        "shells", "ammunition", "artillery", "tanks", "aircraft", "helicopters", "satellites", "technology",
        // Its territory and trade: "shell Iraqi towns", "restrictions against German goods".
        "towns", "cities", "villages", "positions", "targets", "ports", "installations", "soil", "goods",
        "products", "imports", "exports",
        // What the state puts forward: "rejected an Indian proposal", "a Senegalese peace plan".
        "proposal", "proposals", "plan", "offer", "offers", "initiative", "request", "requests",
    ]
}

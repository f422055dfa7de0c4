import AllianceGraph
import Foundation
import Testing

@testable import NewsCorpus

/// One extractor for all tests: the built-in lexicon and cues.
let sharedExtractor: Extractor = {
    Extractor(lexicon: try! Lexicon.builtIn(), cues: try! CueDictionary.builtIn())
}()

func events(_ text: String, date: String? = "2024-06-20") -> [String] {
    let doc = Document(record: DocumentRecord(id: "t", path: "t.txt", date: date, sha256: "", characters: text.unicodeScalars.count), text: text)
    return sharedExtractor.extract(doc).events.map { e in
        "\(e.key.source) \(e.key.type.rawValue)\(e.key.mutual ? "~" : ">")\(e.key.target)\(e.key.planned ? " planned" : "")"
    }.sorted()
}

@Suite struct LexiconTests {
    @Test func builtInCoversEveryISOCountry() throws {
        let lexicon = try Lexicon.builtIn()
        let countries = lexicon.entries.filter { $0.kind == .country }
        #expect(countries.count >= 249)
        #expect(countries.allSatisfy { $0.id.rawValue.count == 3 && $0.id.rawValue == $0.id.rawValue.uppercased() })
        for e in lexicon.entries where e.kind == .leader {
            if let c = e.country { #expect(lexicon.entry(c) != nil, "leader \(e.id) has unknown country \(c)") }
        }
    }

    @Test func caseAwareMatching() throws {
        let matcher = LexiconMatcher(lexicon: try Lexicon.builtIn())
        func ids(_ s: String) -> [String] {
            let tokens = Tokenizer.tokenize(Array(s.unicodeScalars))
            return matcher.matches(in: tokens, range: 0..<tokens.count).map { matcher.lexicon.entries[$0.entry].id.rawValue }
        }
        #expect(ids("the US said") == ["USA"])
        #expect(ids("tell us more") == [])
        #expect(ids("Kim Jong-un and Kim Jong Un") == ["kim-jong-un", "kim-jong-un"])
        #expect(ids("Hanoi and the Kremlin") == ["VNM", "RUS"])
        #expect(ids("Russia's") == ["RUS"])
        // A name listed in two cases ("NATO" and "Nato", "ISIS" and "Isis") matches in either; "nato" in neither.
        #expect(ids("NATO, Nato and nato") == ["nato", "nato"])
        #expect(ids("ISIS and Isis") == ["isis", "isis"])
        #expect(ids("Bashar al-Assad and Bashar Al Assad") == ["bashar-al-assad", "bashar-al-assad"])
    }

    @Test func leaderByDate() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(lexicon.leader(of: "IRN", on: "2024-05-01")?.id == "ebrahim-raisi")
        #expect(lexicon.leader(of: "RUS", on: "2024-06-19")?.id == "vladimir-putin")
    }
}

@Suite struct ExtractorTests {
    @Test func activeVoiceWithObject() {
        #expect(events("Iran supplies Russia with drones and ammunition.") == ["IRN aid>RUS"])
    }

    @Test func passiveVoiceSwapsRoles() {
        #expect(events("Russia was accused by Ukraine of war crimes.") == ["UKR accuse>RUS"])
    }

    @Test func symmetricTies() {
        #expect(events("Russia and Vietnam signed a defense agreement.") == ["RUS agree~VNM"])
        #expect(events("Numerous treaties exist between Belarus and Russia.") == ["BLR agree~RUS"])
    }

    @Test func titlesResolveToPeople() {
        #expect(events("Russian President Vladimir Putin visited Vietnam.") == ["vladimir-putin consult>VNM"])
        #expect(events("The Russian president visited Vietnam.") == ["vladimir-putin consult>VNM"])
    }

    @Test func plannedEventsAreFlagged() {
        #expect(events("Vladimir Putin is set to visit North Korea.") == ["vladimir-putin consult>PRK planned"])
        #expect(events("Putin will travel to Vietnam on Thursday.") == ["vladimir-putin consult>VNM planned"])
    }

    @Test func negatedAndHypotheticalEventsAreNotCoded() {
        #expect(events("Vietnam has not yet condemned Russia.") == [])
        #expect(events("Putin will not be able to procure weapons in Vietnam.") == [])
        #expect(events("China could support Russia.") == [])
    }

    @Test func coMentionIsNotARelation() {
        #expect(events("Russia and China are large countries.") == [])
        #expect(events("Belarus, Uzbekistan and China were discussed.") == [])
    }

    @Test func listsAndSanctions() {
        #expect(events("The West has imposed sanctions on Russia and Iran.") == ["the-west sanction>IRN", "the-west sanction>RUS"])
        #expect(events("Western sanctions against Russia hurt.") == ["the-west sanction>RUS"])
    }

    @Test func pronounsFollowTheLastLeader() {
        #expect(events("The court criticized Putin. The International Criminal Court issued a warrant for his arrest.")
            .contains("icc coerce>vladimir-putin"))
    }
}

/// Patterns found wrong on unseen news (Wikinews 2019–2020) and fixed in general form.
@Suite struct ExtractorRegressionTests {
    @Test func domesticPoliticsIsNotInternational() {
        #expect(events("Joe Biden attacked Donald Trump for his record.", date: "2020-09-01") == [])
    }

    @Test func namesInsideLargerNamesAreNotActors() {
        #expect(events("Tesco and Denmark-based retailer Salling Group announced their agreement.") == [])
        #expect(events("Trump enlisted help from former New Jersey governor Chris Christie.", date: "2020-09-01") == [])
        #expect(events("He wrote for Agence France-Presse and supported independence.") == [])
    }

    @Test func reportedSpeechHasItsOwnSubject() {
        #expect(events("Washington and Seoul said Moscow had provided Pyongyang with technical assistance.") == ["RUS aid>PRK"])
    }

    @Test func nounsFollowedByTheirPreposition() {
        #expect(events("Iran faces sanctions from Britain.") == ["GBR sanction>IRN"])
        // A comparison with the subject shares its predicate: Russia is under the West's sanctions too.
        #expect(events("Like Russia, Iran is subject to harsh sanctions from the West.") == ["the-west sanction>IRN", "the-west sanction>RUS"])
        // A conjoined noun before the agent ("sanctions and ... pressures from"); "growing" makes "sanctions" a noun.
        #expect(events("Russia faces growing sanctions and diplomatic pressures from Western nations.") == ["the-west sanction>RUS"])
    }

    @Test func comparisonsWithLikeShareThePredicate() {
        #expect(events("Like Belarus and North Korea, Syria votes against UN resolutions.") == ["BLR reject>un", "PRK reject>un", "SYR reject>un"])
        #expect(events("Syria, like Belarus, has voted against UN resolutions.") == ["BLR reject>un", "SYR reject>un"])
        // "unlike" excludes; "like" elsewhere in the clause is no comparison of the subject.
        #expect(events("Syria, unlike China, has voted against UN resolutions.") == ["SYR reject>un"])
    }

    @Test func examplesOfAGroupNounPlayItsRole() {
        #expect(events("The United States imposed sanctions on countries such as Iran and Syria.") == ["USA sanction>IRN", "USA sanction>SYR"])
        #expect(events("Russia has increased its engagement with North Korea and other countries like Iran.")
            == ["IRN cooperate~RUS", "PRK cooperate~RUS"])
    }

    @Test func participlesOfATextAreItsAuthorsActs() {
        // The voter does not condemn; the UN, whose resolution it is, does.
        #expect(events("Syria voted against every single UN resolution condemning Russia.") == ["SYR reject>un", "un accuse>RUS"])
        #expect(events("Syria voted against a resolution condemning Russia.") == [])
        // A verb of authoring makes the subject the author.
        #expect(events("The EU issued a statement condemning Russia.") == ["eu accuse>RUS"])
        // A participle right after a clause boundary has no text before it (this once trapped).
        #expect(events("And condemning Russia, the EU acted.") == [])
    }

    @Test func denialsAnswerTheLatestAccusation() {
        #expect(events("The US and South Korea accuse the Kim regime of sending shells to Russia. Both countries deny this.").filter { $0.contains("reject") }
            == ["PRK reject>KOR", "PRK reject>USA", "RUS reject>KOR", "RUS reject>USA"])
        #expect(events("Russia denied Ukraine's accusations.") == ["RUS reject>UKR"])
        // No accusation involving the subject: nothing to answer.
        #expect(events("Ukraine accused Belarus of hosting troops. Two days later, Japan denied the report.").filter { $0.contains("reject") } == [])
    }

    @Test func allegationsAreNotReportedAsDone() {
        // Only the accusation is coded; what North Korea is accused of is not reported as done.
        #expect(events("The US accused North Korea of sending shells to Russia.") == ["USA accuse>PRK"])
    }

    @Test func modalWordsBeforeAPrepositionDoNotReachItsNoun() {
        // "seeking" is planned for "diversify", not for the sanctions Russia is under.
        #expect(events("Russia is seeking new partners amid growing sanctions from the West.") == ["the-west sanction>RUS"])
        // Negation still reaches it.
        #expect(events("Russia is not under sanctions from the West.") == [])
    }

    @Test func invitationsEffortsAndBlockedEventsAreNotDone() {
        // An invitation proposes a visit: judges counted such planned visits as no event.
        #expect(events("Jordan has been invited to visit Israel.", date: nil) == [])
        #expect(events("Trump has received an invitation to visit Turkey in 2019.", date: "2018-07-01") == [])
        #expect(events("Putin accepted an invitation to visit Pyongyang.", date: "2024-06-01") == ["vladimir-putin consult>PRK planned"])
        #expect(events("There were efforts to arrange a meeting between Israel and Jordan.", date: nil) == ["ISR consult~JOR planned"])
        #expect(events("Lawmakers called on the government to block Putin's visit to Israel.") == [])
        #expect(events("He said he would tear up the NATO treaty with Russia.") == [])
    }

    @Test func sportIsNotInternationalRelations() {
        #expect(events("Spain travels to Belgium for first-round matches.") == [])
        #expect(events("Togo will meet Liberia in a World Cup qualifier.") == [])
    }

    @Test func capitalsNamingAnAgreementAreNotParties() {
        #expect(events("Obama was a central broker of the Paris climate agreement with China.", date: "2016-01-01") == ["CHN agree~barack-obama"])
    }

    @Test func ministersOutOfOfficeSpeakForNoState() {
        // Rubio became Secretary of State in 2025; in 2016 he was a senator and a candidate.
        #expect(events("Rubio denounced Cuba.", date: "2016-02-01") == [])
        #expect(events("Rubio denounced Cuba.", date: "2025-03-01") == ["USA accuse>CUB"])
    }

    @Test func symmetricVerbsNeedTheirSubject() {
        // The unnamed subject meets each of them, not they each other.
        #expect(events("Talbott to meet Russian, Canadian counterparts.", date: nil) == [])
        // "between" before a verb belongs to a noun: the committee meets, not Israel and Hezbollah.
        #expect(events("A committee monitoring the ceasefire between Israel and Hezbollah will meet in Naqoura.", date: nil)
            .allSatisfy { !$0.contains("consult") })
    }

    @Test func namedPossessorsAndHyphenPairsAreTheParties() {
        #expect(events("Britain welcomed Romania and Hungary's agreement.") == ["HUN agree~ROU"])
        #expect(events("Trump likened the Israel-Palestinian negotiations to real estate deals.", date: "2016-06-01") == ["ISR consult~PSE"])
    }

    @Test func namesOfProgrammesAreNotTies() {
        #expect(events("Ukraine caused a wrangle this week, proud of its record in promptly joining NATO's Partnership for Peace.") == [])
        #expect(events("That was an ominous sign for another ambitious treaty, the Transatlantic Trade and Investment Partnership between the United States and the EU, which also faces strident opposition in Europe.") == [])
    }

    @Test func attributiveParticiplesAndVerbalAttacks() {
        #expect(events("Millions were killed by invading Japanese troops.") == [])
        #expect(events("Arafat attacked Israel's decision to expand settlements.", date: "1997-03-01") == ["yasser-arafat accuse>ISR"])
    }

    @Test func venuesTitlesAndConditionals() {
        // A meeting named after its venue has no party there.
        #expect(events("Ivory Coast will speak for the producers at the London talks with Brazil.", date: nil).allSatisfy { !$0.contains("GBR") })
        // A cue inside a title is no event: the accord is signed, not "relations".
        #expect(events("China's vice-foreign minister and the EC's external relations commissioner signed the accord.", date: nil)
            .allSatisfy { !$0.contains("support") })
        // The subject of "would" is hypothetical; a comma ends its noun phrase.
        #expect(events("A new agreement between the IMF and Zaire would pave the way for a rescheduling.", date: nil) == [])
        #expect(events("Trump claimed that through a revised trade agreement between the US and Mexico, Mexico would pay for the wall.", date: "2017-03-01")
            .contains("MEX agree~USA"))
        // Receiving aid is not a visit.
        #expect(events("Only Sri Lanka and Bangladesh currently receive IMF support.", date: nil).allSatisfy { !$0.contains("consult") })
    }

    @Test func possessiveObjectsNeedAStateHead() {
        #expect(events("The Iran-Iraq war on Kuwait's northern doorstep worried bankers.", date: "1987-03-01").allSatisfy { !$0.contains("KWT") })
        #expect(events("Iraq launched an attack on Kuwait's oil fields.", date: "1990-08-02") == ["IRQ assault>KWT"])
    }

    @Test func modifiersOfANounCueAreNotItsSubject() {
        // "will" before the modifiers makes the meetings planned.
        #expect(events("The minister will attend International Monetary Fund and World Bank meetings in Washington.", date: nil)
            .allSatisfy { $0.hasSuffix("planned") })
    }

    @Test func headlinesAreCodedAndTheirToIsFuture() {
        // A short line standing alone is a headline: its events are coded, "to" + verb is planned.
        #expect(events("U.S. to supply arms to Israel\n\nWashington said on Monday it would send more weapons.", date: nil)
            .contains("USA aid>ISR planned"))
        #expect(events("Japan accuses China of dumping steel\n\nTokyo said on Monday ...", date: nil).contains("JPN accuse>CHN"))
        // A list article's heading still names the country of the paragraphs under it.
        #expect(events("North Korea\n\nPutin visited the country in June.").contains("vladimir-putin consult>PRK"))
    }

    @Test func headlineModality() {
        #expect(events("JAPAN TO HOLD FORMAL FINANCIAL TALKS WITH FRANCE\n\nTokyo said ...", date: nil).contains("FRA consult~JPN planned"))
        #expect(events("BRAZIL BUSINESS LEADERS CALL FOR TALKS WITH IMF\n\nThey said ...", date: nil).allSatisfy { !$0.contains("consult") })
        #expect(events("TUNISIA TO BREAK TIES WITH IRAN\n\nTunis said ...", date: nil).allSatisfy { !$0.contains("support") })
        #expect(events("U.S. TREASURY SECRETARY CANCELS TRIP TO AUSTRALIA\n\nHe said ...", date: nil) == [])
        #expect(events("SHULTZ VISIT TO MOSCOW POSSIBLE, SAY SOVIETS\n\nMoscow said ...", date: nil).allSatisfy { $0.hasSuffix("planned") })
    }

    @Test func aCountryBeforeACompanyNounIsItsNationality() {
        #expect(events("Algeria signs major LNG deal with U.S. group.", date: nil) == [])
        #expect(events("Canada and a Japanese trading firm agreed to boost ties.", date: nil) == [])
    }

    @Test func threatsPastATimeAdverbialAndAgainstTheirTarget() {
        #expect(events("The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin closed its radar base.", date: nil)
            .contains("AZE threaten>RUS"))
        #expect(events("President Bush has threatened further action against Russia.", date: "2003-01-01").contains("george-w-bush threaten>RUS"))
        #expect(events("Iran threatened to shell Iraqi towns today.", date: nil) == ["IRN threaten>IRQ"])
        #expect(events("Britain mobilized army reservists against Iraq on Tuesday.", date: nil) == ["GBR mobilize>IRQ"])
    }

    @Test func firingAtAndAdvisingAgainst() {
        #expect(events("The United States fired anti-aircraft batteries at Russia this week.") == ["USA assault>RUS"])
        #expect(events("The US State Department has advised against travel to Tunisia.") == [])
        #expect(events("Iraq's national security adviser met with Syrian President Bashar Assad on Tuesday.", date: "2014-10-01")
            == ["IRQ consult~bashar-al-assad"])
    }

    @Test func aDescriptionIsNotTheSubjectOfItsOwnClause() {
        #expect(events("Putin flew to Vietnam on Wednesday. Germany is also courting the resource-rich Asian state.")
            .contains("DEU support>VNM"))
    }

    @Test func infinitivesAfterWantKeepTheSubject() {
        #expect(events("North Korea wants to reduce its dependence on its main trading partner, China.") == ["CHN cooperate~PRK"])
        #expect(events("Washington wants Moscow to stop supplying arms to Syria.") == [])
    }

    @Test func listsAndPhrasalCues() {
        #expect(events("Putin visited Belarus, Uzbekistan, China, and most recently North Korea and Vietnam.").count == 5)
    }

    @Test func subordinateClauses() {
        #expect(events("They met after Russia invaded Ukraine.") == ["RUS assault>UKR"])
    }

    @Test func figurativeAttacksAreCriticism() {
        #expect(events("Donald Trump attacked Iran for its nuclear program.", date: "2019-05-01") == ["donald-trump accuse>IRN"])
    }

    @Test func passiveWithAdverb() {
        #expect(events("Iran was further sanctioned by the European Union.") == ["eu sanction>IRN"])
    }

    @Test func capitalsHeadingLongerNamesAreNotActors() {
        #expect(events("Thunberg promised protests until Sweden joined the Paris Agreement.", date: "2019-09-01") == [])
        #expect(events("The Washington Post said Moscow supplies Damascus with missiles.") == ["RUS aid>SYR"])
    }

    @Test func theTwoNationsAreTheTwoJustNamed() {
        #expect(events("The 1979 peace treaty ended the war between Israel and Egypt and restored relations between the two nations.", date: "2019-09-01")
            .contains("EGY support~ISR"))
    }

    @Test func conjoinedAdjectivesBeforePluralTiesAreDistributive() {
        #expect(events("He said the Canadian and Israeli pacts will not set back the talks.", date: "1987-04-01") == [])
    }

    @Test func futureAfterTheCueIsPlanned() {
        #expect(events("Shultz's visit to Moscow later this month was confirmed.", date: "1987-04-01")
            .allSatisfy { $0.hasSuffix("planned") })
        #expect(events("U.K. TO SUPPLY WHEAT TO CHINA UNDER AID PROGRAM", date: "1987-04-01") == ["GBR aid>CHN planned"])
    }

    @Test func tradeFiguresAndMonitoringLinesAreNotTies() {
        #expect(events("Taiwan's trade surplus with the U.S. widened in the first quarter.", date: "1987-04-01") == [])
        #expect(events("The Iranian news agency IRNA, received in London, said the offensive continued.", date: "1987-04-01") == [])
        #expect(events("The Japanese foreign minister called off his trip to the U.S.", date: "1987-04-01") == [])
    }

    @Test func strikesInACountryNameThePlaceNotTheTarget() {
        #expect(events("Danish jets joined U.S. airstrikes in Iraq last week.", date: "2014-10-01") == [])
        #expect(events("The United States launched airstrikes against Syria.", date: "2014-10-01") == ["USA assault>SYR"])
    }

    @Test func wordsOfANameOpenNoClause() {
        #expect(events("The United States visited Syria.", date: "2014-10-01") == ["USA consult>SYR"])
    }

    /// Found on the PLOVER Gold Standard Records (scripts/eval-gold).
    @Test func adjectivesWithAStateRoleAreObjects() {
        #expect(events("Switzerland expelled two Russian diplomats.", date: "2014-10-01") == ["CHE sanction>RUS"])
        #expect(events("Syria attacked Turkish troops near the border.", date: "2014-10-01") == ["SYR assault>TUR"])
    }

    @Test func pronounAfterAVerbOfSayingIsTheSpeaker() {
        #expect(events("Japan said on Tuesday it had sanctioned Serbia.", date: "1992-06-01") == ["JPN sanction>SRB"])
    }

    @Test func demandsAndThreatsNameTheirAddresseeInTheComplement() {
        #expect(events("The United States demanded that North Korea abandon its nuclear program.", date: "2014-10-01")
            == ["USA request>PRK"])
        #expect(events("Iran threatened to cut off electricity to Azerbaijan.", date: "1993-06-01") == ["IRN threaten>AZE"])
    }

    @Test func directionsBeforeACountryKeepIt() {
        #expect(events("Israel invaded South Lebanon.", date: "1990-01-01") == ["ISR assault>LBN"])
        #expect(events("Taiwan's Vice Foreign Minister visited Russia today.", date: "1990-01-01") == ["TWN consult>RUS"])
    }

    /// Found on AG News World items (2004–05).
    @Test func datelinesAreNotActors() {
        #expect(events("TOKYO (Reuters) - China and Russia signed a border agreement on Thursday.", date: "2004-10-14") == ["CHN agree~RUS"])
        #expect(events("UN Secretary-General Kofi Annan met with Iraqi Prime Minister Iyad Allawi.", date: "2004-09-24") == ["IRQ consult~un"])
    }

    @Test func datelinesWithADateAndTheEveOfAnEvent() {
        #expect(events("ABUJA, Aug 25, 2004 (dpa) -- Sudan held talks with Chad on Wednesday.", date: "2004-08-25") == ["SDN consult~TCD"])
        #expect(events("On the eve of a UN Security Council visit to Kenya, members are split.", date: "2004-11-17")
            == ["unsc consult>KEN planned"])
        #expect(events("The United States welcomes Sudan's acceptance of the mission.", date: "2004-11-17") == [])
    }

    @Test func requestedEventsAndOtherSensesAreNotEvents() {
        #expect(events("Japan met a U.S. request for troops.", date: "2004-10-14") == [])
        // The sanctions are asked for, not imposed nor announced: only the request is an event.
        #expect(events("Britain urged the UN to move toward sanctions on Sudan.", date: "2004-10-14")
            == ["GBR request>un"])
    }

    @Test func groupsOfACountryAreNotItsState() {
        #expect(events("A Libyan terrorist attack on the United States consulate killed four.", date: "2014-10-01") == [])
    }

    @Test func otherWordsThatContainACue() {
        #expect(events("Ukraine will fight back against Russia.", date: "2014-10-01").allSatisfy { !$0.contains("support") })
        #expect(events("Iran used a back channel to the United States.", date: "2014-10-01") == [])
        // (No talks; the refusal itself is a rejection.)
        #expect(events("Hamas refused to negotiate with Israel.", date: "2014-10-01") == ["hamas reject>ISR"])
    }

    @Test func demonstrativesDoNotNameNewPartners() {
        #expect(events("South Korea and Japan are watching this rapprochement.") == [])
    }

    // Found in the judged samples of unseen news (2026-12-05, third session); each a general construction.
    @Test func obligationsOffersAndUnspecifiedEventsAreNotReports() {
        #expect(events("Canadian and British authorities must agree on air service rights.", date: "1987-04-01") == [])
        #expect(events("The US is bound by law to help Taiwan defend itself.", date: "1987-04-01") == [])
        #expect(events("Any Iranian attack on Soviet ships in the Gulf will bring a forceful response.", date: "1987-04-01") == [])
        #expect(events("Papandreou renewed his offer that Greece and Turkey meet to discuss the issue.", date: "1987-04-01") == [])
        #expect(events("China has said it was time for political talks with Taiwan.", date: "1996-08-30") == [])
    }

    @Test func expectationsReachPastTheSubjectOfTheInfinitive() {
        #expect(events("Dealers said they expect Britain and France to meet before the IMF meeting.", date: "1987-04-01")
            == ["FRA consult~GBR planned"])
    }

    @Test func theObjectOfAnInfinitiveIsNoPartner() {
        #expect(events("Ankara agreed to curb Iranian oil imports.", date: "2018-11-01") == [])
        #expect(events("Pakistan and Iran agreed to expand trade.", date: "1996-08-30") == ["IRN agree~PAK"])
    }

    @Test func helpingAnotherVerbIsNotAid() {
        #expect(events("He helped negotiate the Iran nuclear deal.", date: "2016-01-01") == [])
        #expect(events("The United States helped Taiwan defend itself.", date: "2016-01-01") == [])
        #expect(events("Qatar helped Turkey.", date: "2016-01-01") == ["QAT aid>TUR"])
        #expect(events("The loan will help Manila in its economic recovery, the World Bank said.", date: "1987-04-01") == [])
    }

    @Test func meetingsThatSetTheTimeHaveNoPartyInTheSubject() {
        #expect(events("U.S. OIL PRICES STRONG AHEAD OF OPEC MEETING", date: "1987-04-01") == [])
        #expect(events("The plan was tabled by France and Germany following the recent G7 meeting.", date: "2004-10-01") == [])
    }

    @Test func privateVisitsAndPrivatePeopleAreNoActsOfState() {
        #expect(events("Alfonsin is beginning a four-day private visit to the U.S.", date: "1987-04-01") == [])
        #expect(events("Ollie Hall, a UK national who travelled to Syria in August, was killed.", date: "2018-10-01") == [])
    }

    @Test func bareRelationsAreNoTies() {
        #expect(events("Trade is the most urgent problem facing U.S.-Canadian relations.", date: "1987-04-01") == [])
        #expect(events("India's close ties with Russia remain.", date: "2016-01-01") == ["IND support~RUS"])
        #expect(events("Angola and Uruguay established diplomatic relations.", date: "1987-04-01") == ["AGO support~URY"])
    }

    @Test func tradeSuppliersSubsidiesAndRetortsAreNotAidOrAttacks() {
        #expect(events("Australia, the largest beef supplier to Japan, wants to boost exports.", date: "1987-04-01") == [])
        #expect(events("Russia is the main arms supplier to India.", date: "2016-01-01") == ["RUS aid>IND"])
        #expect(events("Senators opposed export subsidies to the Soviet Union.", date: "1987-04-01") == [])
        #expect(events("Mexico fired back at the United States over the proposal.", date: "2016-09-01") == ["MEX accuse>USA"])
        #expect(events("The WHO said it had received no confirmation of cases from Iraq.", date: "2014-10-01") == [])
    }

    @Test func undatedAmbiguousNamesAreTheLatestOfficeHolder() {
        #expect(events("President Bush urged Russian President Vladimir Putin to uphold democracy.", date: nil)
            == ["george-w-bush request>vladimir-putin"])
    }

    @Test func directedDeniedVetoedAndFearedEventsAreNotReports() {
        #expect(events("The industry urged the U.S. government to impose trade sanctions against Japan.", date: "1987-04-01")
            .allSatisfy { !$0.contains("sanction") })
        #expect(events("Manafort pressed Yanukovych to sign an agreement with the European Union.", date: "2013-04-01")
            .allSatisfy { !$0.contains("agree") })
        #expect(events("We categorically deny that the United States is sending weapons to Iran.", date: "1987-04-01") == [])
        #expect(events("The United States and Britain vetoed a resolution to impose sanctions against South Africa.", date: "1987-04-01")
            .allSatisfy { !$0.contains("sanction") })
        #expect(events("Israel plays down fears of war with Syria.", date: "1996-08-30") == [])
    }

    @Test func proxyAndTradeWarsAreNoAssaults() {
        #expect(events("Saudi Arabia is locked into several proxy wars across the Middle East with Iran.", date: "2018-01-01") == [])
        #expect(events("China and the United States are in a trade war.", date: "2019-01-01") == [])
    }

    @Test func partnersOfOneOwnerAreNotEachOthers() {
        #expect(events("Zambia's talks with the World Bank and the IMF have run into difficulties.", date: "1987-04-01")
            == ["ZMB consult~imf", "ZMB consult~world-bank"])
        #expect(events("Argentina, Bolivia and Costa Rica are pursuing negotiations with creditor banks.", date: "1987-04-01") == [])
    }

    @Test func fellowMembersAreNoTieWithTheirOrganization() {
        #expect(events("Greece and Turkey's NATO allies met in Brussels.", date: "1987-04-01").allSatisfy { !$0.contains("support") })
        #expect(events("Japan and its NATO allies met.", date: "2004-01-01").allSatisfy { !$0.contains("support") })
        #expect(events("Saudi Arabia and its most powerful ally, the United States, held talks.", date: "2015-01-01")
            .contains("SAU support~USA"))
    }

    @Test func anAgentAfterANamedObjectIsStillTheAgent() {
        #expect(events("China accused Taipei of spoiling the talks with a visit to Ukraine by Taiwan's vice president.", date: "1996-08-30")
            .contains("TWN consult>UKR"))
        #expect(events("Italy boycotted a meeting of its G-7 partners.", date: "1987-04-01") == [])
        #expect(events("Putin and Erdogan, who have backed the Syrian government and rebels respectively, will meet.", date: "2018-09-01")
            .allSatisfy { !$0.contains("support") })
    }

    @Test func jointMeetingsAbilitiesAndCancelledTrips() {
        #expect(events("Sourroille will also attend International Monetary Fund and World Bank meetings.", date: "1987-04-01") == [])
        #expect(events("He will lead a delegation to the annual IMF-World Bank meeting in Washington.", date: "1996-08-30") == [])
        #expect(events("The IMF's meeting with the World Bank ended.", date: "1996-08-30") == ["imf consult~world-bank"])
        #expect(events("Such action would undercut his ability to negotiate with Japan.", date: "1987-04-01") == [])
        #expect(events("Trump's planned trip to Warsaw, which was cancelled, drew attention.", date: "2019-09-01") == [])
        #expect(events("The American diplomat arrived in Belgrade two days after organisers postponed the elections.", date: "1996-08-30")
            == ["USA consult>SRB"])
        #expect(events("Dealers said they expect the six - Britain, Canada, France, Japan, the U.S. and West Germany - to meet soon.",
                       date: "1987-04-01").allSatisfy { $0.hasSuffix("planned") })
    }

    @Test func partnersOfOneSubjectAndPhrasalBack() {
        #expect(events("The United States had signed agreements with Hong Kong and South Korea.", date: "1987-04-01")
            == ["HKG agree~USA", "KOR agree~USA"])
        #expect(events("Russia cut back its gas deliveries to Ukraine.", date: "2015-01-01").allSatisfy { !$0.contains("support") })
        #expect(events("The talks were set back by Iran.", date: "2015-01-01").allSatisfy { !$0.contains("support") })
        #expect(events("France backs Germany.", date: "2015-01-01") == ["FRA support>DEU"])
    }

    @Test func frontedAdverbialClausesAndTopics() {
        #expect(events("When Iran and the US ceased arming the rebels, Talabani fled to Damascus, and met members of the Front.",
                       date: "1996-08-30") == [])
        #expect(events("When Iran and Iraq met, they signed a pact.", date: "1996-08-30") == ["IRN agree~IRQ", "IRN consult~IRQ"])
        #expect(events("After the summit, Russia and China signed a pact.", date: "1996-08-30") == ["CHN agree~RUS"])
        #expect(events("The UK and France discussed punishing Russia.", date: "2018-03-20") == ["FRA consult~GBR"])
        #expect(events("Withholding funds will not force Russia or Syria to negotiate.", date: "2018-03-20") == [])
    }

    @Test func coSubjectsAssurancesAndNamesOfLaterLeaders() {
        #expect(events("Mexico, Colombia, Argentina and others rejected such action and Mexican finance minister Gustavo Petricioli said so.",
                       date: "1987-04-01") == [])
        #expect(events("The Philippines and the World Bank have signed a loan to help Manila in its recovery.", date: "1987-04-01")
            .contains("world-bank aid>PHL"))
        #expect(events("Turkey said it had received an assurance from Greece.", date: "1987-04-01") == [])
        #expect(events("Bennett will visit Bonn on Thursday.", date: "1987-04-01") == [])
        #expect(events("Bennett will visit Berlin on Thursday.", date: "2021-09-01") == ["naftali-bennett consult>DEU planned"])
    }

    @Test func sidesListsAttendeesAndPrivateVisitors() {
        #expect(events("Jumbish denied a Kabul government statement that the two sides had agreed to a ceasefire.",
                       date: "1996-08-30") == [])
        #expect(events("Norway, Egypt and the Soviet Union agreed to help OPEC by restraining production.", date: "1987-04-01")
            .allSatisfy { !$0.contains("agree") })
        #expect(events("Russia, Iran and China agreed to boost trade.", date: "2020-01-01").count == 3)
        #expect(events("Japanese customers will visit Saudi Arabia this month.", date: "1987-04-01") == [])
        #expect(events("Japanese officials will visit Saudi Arabia this month.", date: "1987-04-01") == ["JPN consult>SAU planned"])
        #expect(events("Tony Blair and Thabo Mbeki are among the leaders attending the meeting.", date: "2004-01-01") == [])
        #expect(events("Dealers are watching for a probable meeting between Baker and Miyazawa.", date: "1987-04-01") == [])
    }

    @Test func capabilitiesTransportAndBorderTowns() {
        #expect(events("That puts Tehran in a position to pose a serious threat against Israel.", date: "2018-01-01") == [])
        #expect(events("Iran issued a serious threat against Israel.", date: "2018-01-01") == ["IRN threaten>ISR"])
        #expect(events("The Italian government is flying the migrants to Libya.", date: "2004-10-01") == [])
        #expect(events("Kobane, a Syrian border town which has been under assault by ISIS for a month, held.", date: "2014-10-01") == [])
        #expect(events("Syrian border guards attacked Turkey.", date: "2014-10-01") == ["SYR assault>TUR"])
    }

    @Test func warningsSpeakersAndSums() {
        #expect(events("Israeli defence officials have warned that Iran is delivering missiles to the group.", date: "2018-01-01") == [])
        #expect(events("The US warned Russia that it would face sanctions.", date: "2018-01-01") == ["USA threaten>RUS"])
        #expect(events("Iran warned the U.S. not to interfere in the region.", date: "1987-04-01") == ["IRN threaten>USA"])
        #expect(events("De Mistura said he was asking Turkey to meet, followed by a meeting with France and the UK.", date: "2018-09-01") == [])
        #expect(events("Jordan was to receive a total of 1.25 billion dlrs annually from Kuwait.", date: "1987-04-01") == [])
    }

    @Test func isToExistentialsAndSpeechAfterTheCue() {
        #expect(events("France is to provide Togo with 475 mln cfa francs of aid.", date: "1987-04-01") == ["FRA aid>TGO planned"])
        #expect(events("Joe Clark, winding up a two-day Canadian visit to Washington, said he expected the administration to act.",
                       date: "1987-04-01").allSatisfy { !$0.hasSuffix("planned") })
        #expect(events("Chile signed an agreement with banks last week, and there was also an agreement with Venezuela.", date: "1987-04-01") == [])
    }

    @Test func aggressionAgainstOthersIsNotTheSubjects() {
        #expect(events("U.S., French and British aircraft have safeguarded the Iraqi Kurdish population against aggression from Baghdad.",
                       date: "1996-09-01") == [])
        #expect(events("Ukraine faces aggression from Russia.", date: "2015-01-01") == ["RUS assault>UKR"])
    }

    @Test func venuesNamesakesAndPrivatePurposes() {
        #expect(events("President Reagan, who strongly supported the Uruguay trade round, spoke.", date: "1987-04-01") == [])
        #expect(events("Japan will carry out policies announced at the Paris meeting of finance ministers.", date: "1987-04-01") == [])
        #expect(events("Iraq's Saddam meets Russia's Zhirinovsky.", date: "1996-08-30") == [])
        #expect(events("Iraq said today it attacked Iran's Sirri Island.", date: "1987-04-01") == ["IRQ assault>IRN"])
        #expect(events("Outgoing chief Nkosazana Dlamini-Zuma condemned the US travel ban.", date: "2017-02-01") == [])
        #expect(events("The Trump-Putin meeting stole the show.", date: "2017-07-10") == ["donald-trump consult~vladimir-putin"])
        #expect(events("Turkey, which backs Syria's opposition groups, spoke.", date: "2018-09-01") == [])
        #expect(events("Nicaraguan president to go to U.S. for medical care.", date: "1996-08-30") == [])
        #expect(events("Even trickier are the Isis members outside Iraq or Syria, such as those who have travelled to Egypt.",
                       date: "2018-09-01") == [])
        #expect(events("Saudi Arabia received US, British and European logistical and intelligence support.", date: "2016-01-01")
            .allSatisfy { !$0.contains("consult") })
    }

    @Test func conjoinedClausesAndDispositions() {
        #expect(events("Poland has rejected the proposal and Germany's main political parties have opposed it.", date: "2015-01-01") == [])
        #expect(events("The UK, US and France are happy to discuss punishing Russia.", date: "2018-03-20") == [])
        #expect(events("The UK and France discussed punishing Russia.", date: "2018-03-20") == ["FRA consult~GBR"])
    }

    @Test func doubtfulMatrixClausesAndObligations() {
        #expect(events("It is thought highly unlikely that Nakasone and Reagan will agree on the removal of sanctions.", date: "1987-04-01") == [])
        #expect(events("The embassy did not rule out that there had been an agreement between the two countries.", date: "1987-04-01") == [])
        #expect(events("Such an agreement would have to have both U.S. and EC backing.", date: "1987-04-01") == [])
        #expect(events("Officials said that Russia and China signed a pact.", date: "2015-01-01") == ["CHN agree~RUS"])
    }

    @Test func datesAfterTheStorysArePlanned() {
        #expect(events("The announcement was related to an April 5-6 summit meeting in Ottawa between Reagan and Mulroney.",
                       date: "1987-03-20") == ["brian-mulroney consult~ronald-reagan planned"])
        #expect(events("Reagan met Mulroney on March 2 in Washington.", date: "1987-03-20") == ["brian-mulroney consult~ronald-reagan"])
        #expect(events("Reagan met Mulroney last April in Washington.", date: "1987-03-20") == ["brian-mulroney consult~ronald-reagan"])
    }

    @Test func aTitleWithAnUnknownNameIsNotTheIncumbent() {
        #expect(events("In 1972 the Chinese leaders met the US president, Richard Nixon, in Beijing.", date: "2018-01-01")
            .allSatisfy { !$0.contains("donald-trump") })
        #expect(events("The Russian president, Vladimir Putin, met Xi Jinping.", date: "2018-01-01") == ["vladimir-putin consult~xi-jinping"])
    }

    @Test func supportHeldTitlesAdvisoriesAndBlame() {
        #expect(events("Kuwait has the full support of Saudi Arabia.", date: "1987-06-01") == ["SAU support>KWT"])
        #expect(events("Russia gave its full support to Syria.", date: "2016-01-01") == ["RUS support>SYR"])
        #expect(events("The U.S. government blamed those attacks on Russia.", date: "2016-10-01").allSatisfy { !$0.contains("assault") })
        #expect(events("Kurt Volker, the United States special envoy for Ukraine negotiations, resigned.", date: "2019-09-30") == [])
        #expect(events("The UK has advised for some time against all travel to Syria.", date: "2015-01-01") == [])
        #expect(events("President Obama and President Vladimir V. Putin met during a Group of 20 meeting in China.", date: "2016-09-05")
            .allSatisfy { !$0.contains("g20") })
    }

    @Test func coordinatedModalsAndEmbeddedNouns() {
        #expect(events("The Saudi leader will hold talks with Prime Minister Margaret Thatcher and meet Queen Elizabeth during the visit.",
                       date: "1987-03-20").allSatisfy { $0.hasSuffix("planned") })
        #expect(events("Greece said yesterday it would defend its national rights in the Aegean and urged Turkey to accept arbitration.",
                       date: "1987-03-20") == ["GRC request>TUR"])
        #expect(events("Russia asked the Council to meet on the threat to peace from air strikes on Syria.", date: "2018-04-13")
            .allSatisfy { !$0.contains("assault") })
        #expect(events("Russia carried out a series of air strikes on Syria.", date: "2018-04-13") == ["RUS assault>SYR"])
    }

    @Test func whetherClausesAndCallsFor() {
        #expect(events("Another question is whether or not the International Monetary Fund can help Brazil.", date: "1987-04-01") == [])
        #expect(events("It is unclear whether Russia attacked Ukraine.", date: "2015-01-01") == [])
        #expect(events("The Council will consider whether Japan is reneging on its microchip pact with the U.S.", date: "1987-04-01")
            .contains("JPN agree~USA"))
        #expect(events("Channon also called for increased U.S.-EC cooperation to avoid trade disputes.", date: "1987-04-01") == [])
    }

    @Test func headlineInfinitivesAndJourneyPurposesAreAhead() {
        #expect(events("Italian prime minister to visit Turkey.", date: "2004-08-30") == ["silvio-berlusconi consult>TUR planned"])
        #expect(events("Arafat to meet Peres in Gaza after flight ban.", date: "1996-01-10") == ["shimon-peres consult~yasser-arafat planned"])
        #expect(events("Granic arrives to sign Croatia-Yugoslavia treaty.", date: "1996-08-23") == ["HRV agree~YUG planned"])
        #expect(events("Putin flew to Beijing to meet Xi Jinping.", date: "2018-06-01").contains("vladimir-putin consult~xi-jinping planned"))
        // Not a journey, and not a bare subject: the event is reported.
        #expect(events("Putin went on to meet Xi Jinping.", date: "2018-06-01") == ["vladimir-putin consult~xi-jinping"])
        #expect(events("Taiwan's leader used his National Day speech Sunday to urge China to begin peace talks.", date: "2019-10-10")
            .contains("tsai-ing-wen request>CHN"))
    }

    @Test func aTitleBeforeAnUnknownNameIsAnotherOfficial() {
        // King Hussein ruled Jordan in 1996; its prime minister, named, is not the lexicon's head of state.
        #expect(events("Jordanian Prime Minister Abdul-Karim al-Kabariti began talks with Palestinian President Yasser Arafat.",
                       date: "1996-05-02") == ["JOR consult~yasser-arafat"])
        // A spelling the lexicon does not hold, or a garbled one, still ends with the incumbent's surname.
        #expect(events("Putin met Egypt's president Abdel Fatah al-Sisi in Cairo.", date: "2017-12-11")
            == ["abdel-fattah-el-sisi consult~vladimir-putin"])
        #expect(events("Donald Trump met with Mexican President Enrique PeÃ±a Nieto on Wednesday.", date: "2016-09-01")
            == ["donald-trump consult~enrique-pena-nieto"])
    }

    @Test func aForumIsNoParty() {
        #expect(events("West Germany and Japan had both pledged at G-7 meetings to boost domestic demand.", date: "1987-04-01") == [])
        #expect(events("Russia's veto at the United Nations gave a green light to the Assad regime.", date: "2018-04-01") == [])
        #expect(events("Merkel met Macron at the EU summit.", date: "2018-04-01") == ["angela-merkel consult~emmanuel-macron"])
        // Talks named after a lender are with it; a meeting named with its other party is theirs.
        #expect(events("Zambia has just completed a new round of IMF talks on its foreign exchange system.", date: "1987-04-01")
            .contains { $0.contains("ZMB") && $0.contains("imf") })
        #expect(events("ZAMBIA, IMF MEETING STALLS ON FOOD SUBSIDIES", date: "1987-04-01").contains { $0.contains("imf") })
    }

    @Test func relativeClausesDeparturesAndTemporalClauses() {
        // The verb after a closed relative clause belongs to its antecedent.
        #expect(events("Robinson, who toured Afghanistan in 2012, travelled to Syria in July 2015.", date: "2015-09-01") == [])
        #expect(events("Putin, who arrived on Monday, met Xi.", date: "2018-04-01") == ["vladimir-putin consult~xi-jinping"])
        #expect(events("Russia, which had granted Turkey permission to begin the operation, blamed the US on Monday for the crisis.",
                       date: "2018-01-22") == ["RUS accuse>USA"])
        // Where a journey starts is not its traveller.
        #expect(events("The Foreign Office said the four had left Tehran earlier today and would arrive in London tomorrow.",
                       date: "1987-05-30") == [])
        // A temporal clause under a future is itself ahead.
        #expect(events("Trump's irrelevance will be highlighted on Friday when Iran hosts a summit in Tehran with Russia and Turkey.",
                       date: "2018-09-04").allSatisfy { $0.hasSuffix("planned") })
        #expect(events("Iran hosted a summit with Russia and Turkey when Trump visited Paris.", date: "2018-09-04")
            .allSatisfy { !$0.hasSuffix("planned") })
    }

    @Test func visitingOfficialsAndAppositiveAllies() {
        // "visiting" before an official describes the visitor; the meeting is what is coded.
        #expect(events("Xi met visiting Russian President Vladimir Putin in Beijing.", date: "2018-04-01")
            == ["vladimir-putin consult~xi-jinping"])
        #expect(events("Jiang Zemin offered his gratitude in a meeting on Monday with visiting Gabon President Omar Bongo.",
                       date: "1996-04-01") == ["GAB consult~jiang-zemin"])
        #expect(events("Putin is visiting China.", date: "2018-04-01") == ["vladimir-putin consult>CHN"])
        // A possessor opening an appositive is tied to the phrase it describes.
        #expect(events("Iran is exerting military pressure on Israel, Washington's close ally.", date: "2018-02-14")
            .allSatisfy { !$0.contains("IRN") })
        #expect(events("Trump abandoned the Kurdish forces, Washington's closest allies against Isis.", date: "2019-10-10")
            .allSatisfy { !$0.contains("support") })
        #expect(events("And the West is unlikely to like that: the USA is, after all, Vietnam's most important trading partner.",
                       date: "2024-06-20").contains("USA cooperate~VNM"))
        #expect(events("Venezuela has also offered to supply 120,000 barrels of fuel oil a month to China.", date: "1987-04-01")
            == ["VEN aid>CHN planned"])
    }

    @Test func namesInsideLargerNamesAndNamedAccords() {
        // A group's name heading a place name; a sentence dense with names is not a title-case headline.
        #expect(events("This week Colin Powell, US Secretary of State was visiting the West Bank to stress US support for a smooth Palestinian election in January.",
                       date: "2004-11-20").allSatisfy { !$0.contains("the-west") })
        #expect(events("The West imposed sanctions on Russia.", date: "2018-04-01") == ["the-west sanction>RUS"])
        // A country's name before a role or a body of the state is the state.
        #expect(events("Hong Kong Financial Secretary Donald Tsang will visit Indonesia and New Zealand from August 25 to 31.",
                       date: "1996-08-01") == ["HKG consult>IDN planned", "HKG consult>NZL planned"])
        #expect(events("A U.S. Senate team was scheduled today to meet Kuwait's Crown Prince.", date: "1996-08-01")
            == ["KWT consult~USA planned"])
        // An accord named after one party is no tie with it; one named with its parties is.
        #expect(events("Obama supported the Iran nuclear deal.", date: "2015-04-01") == [])
        #expect(events("He said the U.S. agreement with Iran isn't good for the United States.", date: "2016-04-01") == ["IRN agree~USA"])
        #expect(events("Turkey wants to be valued as an ally in the NATO alliance.", date: "1987-04-01") == [])
    }

    @Test func moreModalities() {
        #expect(events("A summit between Russia, Turkey and Iran to be held in Tehran on Friday was described as a last chance.",
                       date: "2018-09-04").allSatisfy { $0.hasSuffix("planned") })
        #expect(events("European Community foreign ministers agreed to formal talks with Hungary.", date: "1987-04-01")
            .contains("HUN consult~eu planned"))
        #expect(events("Canada, Britain and France agreed to cooperate in stabilising exchange rates.", date: "1987-04-01")
            .contains("CAN cooperate~FRA"))
        #expect(events("The market could be susceptible to signs of accord between the U.S. and Japan.", date: "1987-04-01") == [])
        #expect(events("The measure would require Shultz to enter into talks with Japan.", date: "1987-04-01") == [])
    }

    @Test func peopleAndGroupsAreNotTheirState() {
        #expect(events("Prime Minister Brian Mulroney called on Americans to pressure Congress.", date: "1987-04-01") == [])
        #expect(events("The Russians imposed sanctions on Georgia.", date: "2008-09-01") == ["RUS sanction>GEO"])
        #expect(events("The US continues to provide weapons to the Syrian Kurdish forces.", date: "2018-01-22").allSatisfy { !$0.contains("SYR") })
    }

    @Test func aFrontedObjectOfReceiveIsAThing() {
        #expect(events("Questions remain how much direct Iranian assistance is received by the Houthis.", date: "2018-04-01") == [])
        #expect(events("The conflict has been prolonged by the assistance Syrian rebels have received from the US.", date: "2018-04-01") == [])
        #expect(events("Putin was received by Xi in Beijing.", date: "2018-04-01") == ["vladimir-putin consult>xi-jinping"])
    }

    @Test func accordsInForceAndNamedBlocs() {
        // The object of a verb that takes it as existing, or dated before the story, is not planned.
        #expect(events("Turkey alleged that the consortium's plans would have infringed the 1976 Berne agreement between Greece and Turkey.",
                       date: "1987-04-01") == ["GRC agree~TUR"])
        #expect(events("Russia will sign a pact with China.", date: "2018-04-01") == ["CHN agree~RUS planned"])
        #expect(events("Bolivia will propose to Andean Pact countries a summit meeting with U.S. President Reagan.", date: "1987-04-01")
            .allSatisfy { !$0.contains("agree") })
        #expect(events("Reagan needed an arms control accord with Moscow to rebuild his presidency.", date: "1987-04-01") == [])
    }

    @Test func namesInACapitalsHeadline() {
        #expect(events("JAPAN UNDERSTANDS U.S. ATTACK ON IRAN OIL PLATFORM", date: "1987-10-20") == ["USA assault>IRN"])
    }

    @Test func theObjectOfAnEarlierVerbIsNoSubject() {
        #expect(events("Belo would visit the Vatican to see the Pope, and would also meet German Chancellor Helmut Kohl in Bonn.",
                       date: "1996-10-20") == [])
        #expect(events("Putin visited China and met Xi Jinping.", date: "2018-04-01")
            == ["vladimir-putin consult>CHN", "vladimir-putin consult~xi-jinping"])
        // A gerund's or a possessive's antecedent may be an object.
        #expect(events("Arms transfers have helped the Kremlin in its assault on Ukraine.", date: "2024-06-20")
            .contains("RUS assault>UKR"))
    }

    @Test func whoTakesAPersonNotAPlace() {
        #expect(events("He was revealed to be a university graduate from London who flew to Syria despite being on a watch list.",
                       date: "2015-02-26") == [])
        #expect(events("The air attacks from the U.S. Air Force continued against ISIS, who have been defiant.", date: "2015-02-26")
            .allSatisfy { !$0.contains("GBR") })
    }

    @Test func swapsAreTradeAndConditionalSanctionsAreThreats() {
        #expect(events("The Soviet Union has agreed to supply Iran with refined oil products in exchange for crude.", date: "1987-04-01")
            == ["RUS cooperate>IRN"])
        #expect(events("EU foreign ministers agreed to tighten sanctions against Myanmar if it does not improve its record.",
                       date: "2004-09-01") == ["eu threaten>MMR"])
        #expect(events("The EU imposed sanctions on Russia.", date: "2014-09-01") == ["eu sanction>RUS"])
        #expect(events("Indonesia's economic changes have been welcomed by the World Bank.", date: "1987-04-01") == [])
    }

    @Test func adjectivesBeforePrivateHeadsAndComplementThat() {
        #expect(events("Kenya has signed an agreement with British and German interests to establish a shipping line.", date: "1987-04-01") == [])
        #expect(events("Trump threatens British interests and international peace.", date: "2018-04-01") == [])
        #expect(events("British and French troops attacked Libya.", date: "2011-04-01") == ["FRA assault>LBY", "GBR assault>LBY"])
        #expect(events("Pakistan complained to the United Nations today that planes from Afghanistan attacked Pakistani villages.",
                       date: "1987-04-01") == [])
    }

    @Test func aFormerOfficialActsForNoState() {
        #expect(events("Italian Foreign Minister Lamberto Dini on Saturday met former Tanzanian president Julius Nyerere.",
                       date: "1996-04-01") == [])
        #expect(events("Israel's former foreign minister met Putin.", date: "2001-04-01") == [])
        // A head the lexicon names, called former and out of office, is a private person too (docs/judging.md: a
        // person acts for a state in office); without "former" the name stays the person.
        #expect(events("Putin met former US president Bill Clinton.", date: "2001-04-01") == [])
        #expect(events("Putin met Bill Clinton.", date: "2001-04-01") == ["bill-clinton consult~vladimir-putin"])
    }

    @Test func soughtRelationsAndIndustryGroups() {
        #expect(events("South Korea proposed a meeting of prime ministers to improve relations with North Korea.", date: "1987-04-01")
            .allSatisfy { !$0.contains("support") })
        #expect(events("In 2016, the UAE proposed normalising ties with Damascus.", date: "2018-04-01") == [])
        #expect(events("Relations between Russia and China have improved.", date: "2016-04-01") == ["CHN support~RUS"])
        #expect(events("Vietnam and its communist government are the latest to strengthen ties with Russia.", date: "2024-06-20")
            == ["RUS support~VNM"])
        #expect(events("Russia presented itself as a way to appeal to the US.", date: "2018-04-01") == [])
        #expect(events("U.S. CHIPMAKERS URGE SANCTIONS AGAINST JAPAN", date: "1987-04-01") == [])
    }

    @Test func commaListedAdjectivesBeforeAPluralAccord() {
        #expect(events("US SAYS CANADIAN, ISRAELI PACTS SHOULD SPUR TRADE", date: "1987-04-01") == [])
    }

    @Test func cataphoraAndConsideration() {
        #expect(events("Thatcher met Nakasone. During his visit to Tokyo, Howard said he would talk to Japan.", date: "1987-04-01")
            .allSatisfy { !$0.contains("margaret-thatcher consult>JPN") })
        #expect(events("A Soviet official said a visit to Moscow by U.S. Secretary of State George Shultz was under consideration.",
                       date: "1987-04-01") == [])
    }

    @Test func heAfterAnUnknownSpeakerIsNotTheLastLeader() {
        #expect(events("Milosevic met the envoy in Belgrade, Kornblum said. He also planned to travel to Sarajevo.", date: "1996-08-01")
            .allSatisfy { !$0.contains("BIH") })
        #expect(events("Milosevic met the envoy in Belgrade. He also planned to travel to Sarajevo.", date: "1996-08-01")
            == ["slobodan-milosevic consult>BIH planned"])
    }

    @Test func forecastsBeforeTheSubjectAreNoPlans() {
        #expect(events("Economists predict China will become an even more important Japanese trading partner.", date: "1987-04-01") == [])
        #expect(events("Officials tried to kill off speculation Russia would retaliate with an attack against British bases.",
                       date: "2018-04-01") == [])
        #expect(events("Perle said he was confident the United States and Soviet Union were headed for an arms control agreement.",
                       date: "1987-04-01") == [])
        // A schedule is still a plan, and a forecast far from the cue does not reach it.
        #expect(events("Officials expect Putin will visit China next month.", date: "2018-04-01")
            == ["vladimir-putin consult>CHN planned"])
        #expect(events("Speculation the United States will offer wheat to the Soviet Union appears to have reached a new level of intensity "
                       + "in the run-up to Shultz' visit to Moscow later this month.", date: "1987-04-01").contains("USA consult>RUS planned"))
    }

    @Test func examplesOfALargerGroupAreNotPartners() {
        #expect(events("Surplus countries, like West Germany and Japan, agreed to play a role in balanced growth.", date: "1987-04-01") == [])
        #expect(events("Several countries, including France and Germany, signed the treaty.", date: "1990-04-01") == [])
        #expect(events("All members except Zaire and Australia recently agreed to cut exports.", date: "1987-04-01") == [])
        #expect(events("France and Germany signed the treaty.", date: "1990-04-01") == ["DEU agree~FRA"])
    }

    @Test func aPresentWithAWeekdayIsASchedule() {
        #expect(events("Museveni pays a two-day visit to Nairobi on Friday and Saturday.", date: "1996-08-01")
            == ["yoweri-museveni consult>KEN planned"])
        #expect(events("Putin is meeting Xi in Beijing on Friday.", date: "2018-04-01").contains("vladimir-putin consult~xi-jinping planned"))
        // Past tenses, irregular ones too, and headlines report what happened.
        #expect(events("Putin met Xi in Beijing on Friday.", date: "2018-04-01").contains("vladimir-putin consult~xi-jinping"))
        #expect(events("Blair flew to Khartoum on Wednesday.", date: "2004-10-07") == ["tony-blair consult>SDN"])
        #expect(events("Trump's decision follows a phone call with Erdogan on Friday.", date: "2018-12-22")
            .contains("donald-trump consult~recep-tayyip-erdogan"))
        #expect(events("RIA quoted Putin as saying at the start of talks with Kim Jong Un on Wednesday.", date: "2024-06-20")
            .contains("kim-jong-un consult~vladimir-putin"))
    }

    @Test func aConjoinedNameSharesItsCompanyNoun() {
        #expect(events("U.S. And EC business leaders met their Japanese colleagues to discuss the trade problem.", date: "1987-04-01") == [])
        #expect(events("Frolov told a U.S.-USSR business meeting the Soviet Union produces few items.", date: "1987-04-01") == [])
        #expect(events("The United States and Japan signed a trade agreement.", date: "1987-04-01") == ["JPN agree~USA"])
    }

    @Test func aNounStagedInTheFutureIsPlanned() {
        #expect(events("The meeting between Peres and Arafat will take place at Erez, Peres' office said.", date: "1996-04-01")
            == ["shimon-peres consult~yasser-arafat planned"])
        #expect(events("Talks between Japan and the United States are scheduled for Thursday.", date: "1987-04-01")
            == ["JPN consult~USA planned"])
    }

    @Test func aFormerLeaderOutOfOfficeActsForNoState() {
        #expect(events("Arafat had been scheduled to meet former Israeli prime minister Shimon Peres in Ramallah.", date: "1996-08-22") == [])
        #expect(events("Moroccan King meets former Israel PM Peres.", date: "1996-08-22") == [])
        #expect(events("Yasser Arafat will meet Shimon Peres in Gaza on Thursday.", date: "1996-08-22")
            == ["shimon-peres consult~yasser-arafat planned"])
    }

    @Test func aFinancialInstitutionsWarningIsAdvice() {
        #expect(events("The International Monetary Fund has warned Israel that a rise in wages could undo its stabilization.",
                       date: "1987-04-01") == [])
        #expect(events("Japan warned the United States it may take retaliatory measures.", date: "1987-04-01") == ["JPN threaten>USA"])
        // A warning that ends its sentence at "the" reads no clause past it (no backwards range).
        #expect(events("Japan warned the", date: "1987-04-01").isEmpty)
        #expect(events("Japan warned the US.", date: "1987-04-01") == ["JPN threaten>USA"])
    }

    @Test func barredAndTerminatedEventsAreNotCoded() {
        #expect(events("U.S., BRITAIN BAR SANCTIONS AGAINST SOUTH AFRICA", date: "1987-04-01") == [])
        #expect(events("Last year, the US terminated an agreement with the EU.", date: "2021-04-01") == [])
        #expect(events("Last year, the US signed an agreement with the EU.", date: "2021-04-01") == ["USA agree~eu"])
    }

    @Test func armedGroupsNamedAfterAStateAreNotTheState() {
        #expect(events("US troops are supporting the Syrian Democratic Forces in the north.", date: "2018-04-01")
            == ["USA support>syrian-democratic-forces"])
        #expect(events("Ankara launched an offensive last month against the Kurdish People's Protection Units (YPG) in Afrin.",
                       date: "2018-04-01") == ["TUR assault>ypg"])
    }

    @Test func heAfterAnUnknownSubjectIsThatPerson() {
        #expect(events("Assad met Putin. De Mistura reiterated a message when he urged Russia and the US to cooperate.", date: "2018-04-01")
            == ["bashar-al-assad consult~vladimir-putin"])
        #expect(events("Putin met Assad. She also asked about his trip to China.", date: "2018-04-01")
            .contains("bashar-al-assad consult>CHN"))
    }

    @Test func aStateBeforeAnAccordAfterTwoPartiesIsItsTopic() {
        #expect(events("CHINA, PORTUGAL INITIAL MACAO PACT", date: "1987-04-01").allSatisfy { !$0.contains("MAC") })
        #expect(events("BRITAIN WELCOMES ROMANIA-HUNGARY TREATY ACCORD.", date: "1996-08-01").contains("HUN agree~ROU"))
    }

    @Test func anAttackOnARecordIsCriticism() {
        #expect(events("Beijing has come under attack from Western nations for its human rights record.", date: "2004-04-01")
            == ["the-west accuse>CHN"])
        #expect(events("Russia launched an attack on Ukraine.", date: "2022-03-01") == ["RUS assault>UKR"])
        #expect(events("U.K. AND GERMANY LEAD ATTACK ON EC FARM REFORMS", date: "1987-04-01").allSatisfy { !$0.contains("assault") })
    }

    @Test func aQuantityOfSanctionsKeepsTheModal() {
        #expect(events("Washington is likely to announce today a series of tariff sanctions against Japanese products.", date: "1987-04-17")
            == ["USA sanction>JPN planned"])
    }

    @Test func aSettlementAfterItsNounIsDone() {
        #expect(events("The proposed tax also violates the zero duty bindings agreed between the EC and U.S. In 1962.", date: "1987-04-01")
            == ["USA agree~eu"])
        #expect(events("Air Canada said it plans to begin flights to Egypt next year following a bilateral air trade agreement signed between the Egyptian and Canadian governments.",
                       date: "1987-04-01") == ["CAN agree~EGY"])
        // (Not a verb after its subject: "the two sides will sign" stays planned.)
        #expect(events("Russia and China will sign an agreement next week.", date: "2024-06-01") == ["CHN agree~RUS planned"])
    }

    @Test func aSettlementSoughtIsNoEvent() {
        #expect(events("UK SEEKS PACT WITH JAPAN FOR INFORMATION EXCHANGE", date: "1987-04-01").isEmpty)
        #expect(events("EC TO BEGIN TALKS ON ECONOMIC PACT WITH HUNGARY", date: "1987-04-01") == ["HUN consult~eu planned"])
        #expect(events("He said the U.S. should work by seeking a \"compromise\" agreement with Brussels.", date: "1987-04-01").isEmpty)
    }

    @Test func thePartnersOfAStateAreNotTheState() {
        #expect(events("Turkish troops attacked the US military's Kurdish partners inside northern Syria.", date: "2018-01-01")
            .allSatisfy { !$0.contains("assault>USA") })
        #expect(events("Turkish troops attacked Syria's oil fields.", date: "2018-01-01") == ["TUR assault>SYR"])
    }

    @Test func roundsOfTalksUnderAForumAreAVenue() {
        #expect(events("French Foreign Trade Minister Michel Noir had pulled out of the informal GATT talks.", date: "1987-04-01").isEmpty)
        #expect(events("The U.S. made it a top priority for GATT negotiations in Geneva.", date: "1987-04-01").isEmpty)
        // (Talks with the forum are still talks with it.)
        #expect(events("China held talks with the WTO on its entry.", date: "1999-04-01") == ["CHN consult~wto"])
    }

    @Test func anAccordAimedAtIsNoEvent() {
        #expect(events("Stoltenberg said West Germany had a keen interest in a swift agreement between the U.S. and Japan.",
                       date: "1987-04-01").isEmpty)
        #expect(events("Britain and Turkey had begun work on a post-Brexit free trade agreement.", date: "2018-05-15").isEmpty)
        #expect(events("SAUDI ARABIA REITERATES COMMITMENT TO OPEC PACT", date: "1987-04-01") == ["SAU agree~opec"])
        #expect(events("Erdogan is in trouble. He sent officials to Moscow last week to obtain Russia's agreement.", date: "2018-01-22")
            .allSatisfy { !$0.contains("agree") })
    }

    @Test func regionsNamedAfterAStateAreNotTheState() {
        #expect(events("Clinton visited Northern Ireland.", date: "1995-12-01").allSatisfy { !$0.contains("IRL") })
        #expect(events("Erdogan visited Northern Cyprus.", date: "2020-12-01") == ["recep-tayyip-erdogan consult>northern-cyprus"])
        #expect(events("Putin visited northern Syria.", date: "2020-12-01") == ["vladimir-putin consult>SYR"])
    }

    @Test func betterRelationsAsAnAimAreNoEvent() {
        #expect(events("Baldrige leaves on a trip to help spur U.S. trade and improve business relations with China.", date: "1987-04-01").isEmpty)
        #expect(events("Moscow agreed to discuss Afghanistan in its talks with Peking on normalising relations.", date: "1987-04-01")
            .allSatisfy { !$0.contains("support") })
        #expect(events("ASEAN SEES CLOSER ECONOMIC TIES WITH JAPAN", date: "1987-04-01").isEmpty)
        #expect(events("China and Russia have strengthened ties.", date: "2024-04-01") == ["CHN support~RUS"])
    }

    @Test func aCitysMayorIsNotTheState() {
        #expect(events("Trump also criticised London's newly elected Muslim mayor Sadiq Khan.", date: "2018-04-01").isEmpty)
    }

    @Test func aConditionalFutureIsNoPlan() {
        #expect(events("WORLD BANK TO SUPPORT SRI LANKA IF DEFICITS CUT", date: "1987-04-01").isEmpty)
        #expect(events("Arafat says he will only visit Jerusalem once Israeli occupation has ended.", date: "1996-04-01")
            .allSatisfy { !$0.contains("consult") })
        #expect(events("Putin will visit Hanoi on Thursday.", date: "2024-06-17") == ["vladimir-putin consult>VNM planned"])
    }

    @Test func aWarningAboutAPartyIsNoThreatToIt() {
        #expect(events("Britain's chief of defence staff also warned that Islamic State would regroup.", date: "2014-12-01").isEmpty)
        #expect(events("Britain warned Russia that it would face sanctions.", date: "2014-12-01") == ["GBR threaten>RUS"])
    }

    @Test func aPlaceAfterFromIsNoRelativeClausesSubject() {
        #expect(events("Two British men from west London who visited Tanzania say they were arrested.", date: "2014-12-01").isEmpty)
    }

    @Test func termsForTalksAreNoTalks() {
        #expect(events("China sets terms for Taiwan talks", date: "2004-12-01").isEmpty)
        #expect(events("Netanyahu made closure of the offices a condition for resuming negotiations with the PLO.", date: "1996-12-01").isEmpty)
    }

    @Test func aCallForAnotherActIsNotPlannedByTheVerb() {
        #expect(events("The leader of militant Lebanese group Hezbollah rejects a UN call for the organisation to be disbanded.", date: "2004-12-01")
            == ["hezbollah reject>un"])
    }

    @Test func aClaimIsNoReport() {
        #expect(events("Judicial Watch claimed in August that ISIS terrorists were planning to attack the United States.", date: "2014-12-01").isEmpty)
        #expect(events("Trump has claimed that through a revised trade agreement between the US and Mexico, Mexico would pay.", date: "2018-12-01")
            == ["MEX agree~USA"])
    }

    @Test func theVictimsOfAStrikeNamedMakeTheCountryTheVenue() {
        #expect(events("British jihadist al-Britani was reportedly killed in a US air strike on Syria.", date: "2015-08-01").isEmpty)
        #expect(events("Boko Haram militants killed several people in attacks on Nigerian villages.", date: "2014-10-01")
            .allSatisfy { !$0.contains("NGA") })
        #expect(events("The US launched air strikes on Syria.", date: "2017-04-07") == ["USA assault>SYR"])
    }

    @Test func anUnknownOwnersAttacksAreNotTheSubjects() {
        #expect(events("Canada is sending six fighters to help the U.S.-led coalition's air strikes against Islamic State.", date: "2014-10-01")
            .allSatisfy { !$0.contains("assault") })
        #expect(events("Kohl had wanted to meet Belo during the chancellor's official visit to Indonesia last month.", date: "1996-11-01")
            .contains("helmut-kohl consult>IDN"))
    }

    @Test func improvingRelationsAsATopicIsNoEvent() {
        #expect(events("The discussions reportedly focused on fighting terrorism and improving US-Russian economic relations.", date: "2017-05-27").isEmpty)
    }

    @Test func aPlanInThePastPerfectDidNotHappen() {
        #expect(events("Kirchner had been due to visit the Vatican.", date: "2015-01-01").allSatisfy { !$0.contains("consult") })
        #expect(events("Kirchner is due to visit the Vatican.", date: "2015-01-01").contains("cristina-fernandez-de-kirchner consult>VAT planned"))
    }

    @Test func welcomingAPackageIsNoReception() {
        #expect(events("SHULTZ WELCOMES TOKYO ECONOMIC PACKAGE", date: "1987-04-01").isEmpty)
    }

    @Test func aNounCueOpeningTheSentenceIsRead() {
        // (A range built backwards from the cue once trapped here.)
        #expect(events("Talks between Russia and China resumed on Monday.", date: "2024-06-20") == ["CHN consult~RUS"])
    }

    @Test func restartingTalksAsAnAimIsNoEvent() {
        #expect(events("Ministers will go to the region in hopes of restarting Israeli-Palestinian talks.", date: "2004-11-20").isEmpty)
    }

    @Test func aHeadlinesPassiveUrgingHasNoUrger() {
        #expect(events("Blair urged to launch Iraq death toll probe", date: "2004-11-20").isEmpty)
    }

    @Test func aLeadersRegimeIsTheState() {
        #expect(events("U.S. officials blamed Kim Jong Un's regime for the hacking.", date: "2015-01-20") == ["USA accuse>PRK"])
    }

    @Test func activistsAreNotTheirState() {
        #expect(events("Hong Kong democrats accused China of jailing one of their members.", date: "2004-11-20").isEmpty)
    }

    @Test func anAttackThreatenedIsNotDone() {
        #expect(events("The threats of some Western countries to attack Syria are based on lies, Assad's office said.", date: "2018-04-12")
            .allSatisfy { !$0.contains("assault") })
        #expect(events("Russia attacked Ukraine.", date: "2022-03-01") == ["RUS assault>UKR"])
    }

    @Test func warAsAModifierIsNoWar() {
        #expect(events("They were charged with kidnapping two Western war correspondents near the Syrian border with Turkey.", date: "2014-12-01").isEmpty)
    }

    @Test func whatACriticBlamesIsTheCriticsCharge() {
        #expect(events("Iran slammed the US for providing weapons to ISIL.", date: "2015-01-01").allSatisfy { !$0.contains("aid") })
        #expect(events("Iran also slammed the US for providing aid supplies to ISIL.", date: "2015-01-01").allSatisfy { !$0.contains("aid") })
    }

    @Test func providingAnOpportunityIsNoAid() {
        #expect(events("US disengagement from Syria would provide Iran the opportunity to strengthen its position.", date: "2018-01-01")
            .allSatisfy { !$0.contains("aid") })
        #expect(events("Germany provided weapons to Ukraine.", date: "2022-06-01") == ["DEU aid>UKR"])
    }

    @Test func aCountryStruckAgainstAnotherTargetIsTheVenue() {
        #expect(events("Obama announced the commencement of American air strikes on Iraq against ISIS.", date: "2014-09-01")
            .allSatisfy { !$0.contains(">IRQ") })
        // ("Moscow's offensive in Ukraine" is one on Ukraine: a country after "offensive in" stays its target.)
        #expect(events("Moscow depends on authoritarian leaders to carry out its offensive in Ukraine.", date: "2024-06-20") == ["RUS assault>UKR"])
        #expect(events("Turkey launched an offensive against Syria.", date: "2018-01-22") == ["TUR assault>SYR"])
    }

    @Test func aHeadlinesExpectationIsAPlan() {
        #expect(events("U.S. SEES MORE HARMONY IN TALKS WITH FRANCE", date: "1987-04-01") == ["FRA consult~USA planned"])
    }

    @Test func aThatClauseAfterAVerbOfKnowingHasItsOwnSubject() {
        #expect(events("The Pentagon has confirmed that the weapons were indeed seized by ISIS.", date: "2015-01-01").isEmpty)
        #expect(events("South Korean intelligence also learned that a team of doctors from Europe recently went to North Korea.", date: "2015-01-01").isEmpty)
        // ("reports that" may be a noun: the antecedent before it still counts.)
        #expect(events("Iran said reports that it intended to attack shipping were baseless, and warned the U.S. not to interfere.", date: "1987-08-01")
            .contains("IRN threaten>USA"))
    }

    @Test func anOrganizationsAllyIsAFellowMember() {
        #expect(events("Erdoğan has a long list of additional grievances with his Nato ally.", date: "2019-01-01").allSatisfy { !$0.contains("nato") })
        #expect(events("What that involved had stretched ties between Nato allies Turkey and the US.", date: "2019-01-01").allSatisfy { !$0.contains("nato") })
    }

    @Test func aClauseAfterAVerbIsNotItsObject() {
        #expect(events("Donald Trump and Theresa May agreed Bashar al-Assad's regime had a pattern of dangerous behaviour.", date: "2018-04-12")
            .allSatisfy { !$0.contains("SYR") })
        #expect(events("Russia and Vietnam agreed a defense pact.", date: "2024-06-20") == ["RUS agree~VNM"])
    }

    @Test func backingAnOusterIsNoSupport() {
        #expect(events("The Nato allies have backed Assad's overthrow since 2011.", date: "2015-01-01").allSatisfy { !$0.contains("support") })
    }

    @Test func anUnresolvedPersonalPronounIsAnUnknownPerson() {
        #expect(events("Israel said that she had traveled to Iraq.", date: "2014-12-01").isEmpty)
        #expect(events("Israel said that it had attacked Iraq.", date: "2014-12-01") == ["ISR assault>IRQ"])
    }

    @Test func aPossessedOrBracketedNameSharesItsPreposition() {
        #expect(events("Jac Holmes was a volunteer with Syria’s Kurdish People’s Protection Units (YPG), having travelled to northern Syria three times.",
                       date: "2017-10-01").isEmpty)
    }

    @Test func aSharedNameIsTheLeaderNamedInFullBefore() {
        let text = "Rumors spread that former dictator Fidel Castro has died.\n\nCastro has previously blamed the United States for creating the Islamic State."
        #expect(events(text, date: "2015-01-10").contains("fidel-castro accuse>USA"))
        // Without the full name, the date decides: Raúl Castro was in office.
        #expect(events("Castro has previously blamed the United States for creating the Islamic State.", date: "2015-01-10")
            .contains("raul-castro accuse>USA"))
    }

    @Test func aPrepositionGovernsAcrossDeceasedOrOusted() {
        #expect(events("Nasser al-Kidwa, nephew of the deceased Palestinian leader Yasser Arafat, arrived in Paris from Cairo Sunday.",
                       date: "2004-11-21").allSatisfy { !$0.contains("consult") })
    }

    @Test func upToNowIsNoInfinitive() {
        #expect(events("Up to now, Jordan had struck ISIS targets in Syria.", date: "2015-02-06") == ["JOR assault>isis"])
    }

    @Test func whatOneStateSaysAnotherMustDoIsADemand() {
        #expect(events("Russia said on Tuesday that Sudan must return a Mi-26 helicopter that was captured last week.", date: "2004-06-01")
            == ["RUS request>SDN"])
        #expect(events("Japan said it must cut its trade surplus with the United States.", date: "1987-06-01").isEmpty)
        #expect(events("Analysts said Iran must negotiate with the United States.", date: "2004-06-01").isEmpty)
    }

    @Test func aStatesProposalNamesTheState() {
        #expect(events("Bangladesh has once again rejected an Indian proposal for signing a free trade agreement.", date: "2004-10-01")
            == ["BGD reject>IND"])
        // (A proposal shot down is rejected, not attacked.)
        #expect(events("France shot down a German proposal to set up processing centres.", date: "2004-10-01").allSatisfy { !$0.contains("assault") })
    }

    @Test func haltingAidOrTalksIsASanction() {
        #expect(events("Japan said on Tuesday it had halted economic aid to Serbia.", date: "1992-06-01") == ["JPN sanction>SRB"])
        #expect(events("Italy announced a suspension of air links with Serbia on Wednesday.", date: "1992-06-01") == ["ITA sanction>SRB"])
        #expect(events("Russia broke off talks with Ukraine.", date: "2014-06-01") == ["RUS sanction>UKR"])
        #expect(events("Japan did not halt aid to Serbia.", date: "1992-06-01").isEmpty)
    }

    @Test func refusingToMeetIsARejection() {
        #expect(events("Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in Tel Aviv.", date: "2003-06-01")
            == ["ISR reject>JOR"])
        #expect(events("China refused to condemn Russia.", date: "2022-03-01").isEmpty)
        #expect(events("The Turkish government has refused to commit to any direct assistance to the US-led war against Iraq.", date: "2003-03-01")
            .allSatisfy { !$0.contains("IRQ") })
    }

    @Test func matchAsAVerbIsNoSport() {
        #expect(events("Palestinian officials demanded Friday that the United States match the European Union's support.", date: "2003-06-01")
            == ["PSE request>USA"])
        #expect(events("Spain travels to Belgium for first-round matches.", date: "1987-06-01").isEmpty)
    }

    @Test func liftingSanctionsOrWithdrawingTroopsIsARetreat() {
        #expect(events("The United States lifted sanctions on Burma on Friday.", date: "2003-06-01") == ["USA retreat>MMR"])
        #expect(events("Russia withdrew its troops from Georgia.", date: "2008-10-01") == ["RUS retreat>GEO"])
        #expect(events("Britain withdrew from the treaty with France.", date: "2008-10-01").isEmpty)
    }

    @Test func officialComplaintsSharingAndApologies() {
        #expect(events("Serbia lodged an official protest with Albania today.", date: "1991-06-01") == ["SRB accuse>ALB"])
        #expect(events("China summoned the US ambassador on Monday.", date: "2001-04-02") == ["CHN accuse>USA"])
        #expect(events("Argentina has apologized to Brazil for the incident.", date: "1991-06-01") == ["ARG support>BRA"])
        #expect(events("Israeli intelligence officials have shared evidence with the U.S.", date: "2003-06-01") == ["ISR cooperate>USA"])
        #expect(events("Russia shared a border with China.", date: "2003-06-01").isEmpty)
    }

    @Test func aPresentTenseAfterUntilIsACondition() {
        #expect(events("He will not negotiate with Ankara until Turkey withdraws its troops from Cyprus.", date: "1987-06-01")
            .allSatisfy { !$0.contains("retreat") })
        #expect(events("The fighting went on until Russia withdrew its troops from Georgia.", date: "2008-10-01") == ["RUS retreat>GEO"])
    }

    @Test func theOwnerOfStruckPositionsIsTheTarget() {
        #expect(events("Israeli helicopters shelled positions of the Palestinian security forces near Rafah.", date: "2001-06-01")
            == ["ISR assault>PSE"])
    }

    @Test func aDemonymWithTheBeforeAVerbIsTheState() {
        #expect(events("The Palestinians blamed Israel for the bombing.", date: "2002-01-15") == ["PSE accuse>ISR"])
        #expect(events("The British relinquished control of Hong Kong to China in 1997.", date: "2007-06-01") == ["GBR retreat>CHN"])
        #expect(events("He called on Americans to pressure Congress.", date: "2002-01-15").isEmpty)
        #expect(events("The Spanish photojournalist went to Syria in 2011.", date: "2014-06-01").isEmpty)
        #expect(events("Just recently the Armenians of Israel protested the government for selling arms to Azerbaijan.", date: "2016-06-01")
            .allSatisfy { !$0.hasPrefix("ARM") })
    }

    @Test func aFriendlyIsAMatch() {
        #expect(events("But when Germany meets Iran in a friendly this weekend, Kahn is not going to be between the posts.", date: "2004-10-01").isEmpty)
        #expect(events("Germany and Iran have friendly ties.", date: "2004-10-01") == ["DEU support~IRN"])
    }

    @Test func himAfterAnUnknownObjectIsThatPerson() {
        let text = "Putin met Xi.\n\nIn 2007, the United States government labeled Hamid Karimi as a terrorist and levied sanctions against him."
        #expect(events(text, date: "2015-01-01").allSatisfy { !$0.contains("sanction") })
        // A pronoun that opens its sentence reads no word before it (a backwards range would trap).
        #expect(events("Putin met Xi.\n\nhim and the United States.", date: "2015-01-01").allSatisfy { !$0.contains("USA") })
    }

    @Test func aFirstPersonsExpectationIsAnOpinion() {
        #expect(events("I would expect the foreign secretary Boris Johnson to urge the Americans and the Syrians to accept it.", date: "2018-07-01")
            .isEmpty)
        #expect(events("Boris Johnson urged the Americans to accept it.", date: "2018-07-01") == ["boris-johnson request>USA"])
    }

    @Test func hisInAnAdjunctIsTheSubjects() {
        let text = "Although Erdoğan appears to have lessened his determination to see Bashar al-Assad removed, as part of his growing cooperation with Russia over Syria's future, he still regards Assad as a foe."
        let coded = events(text, date: "2018-02-01")
        #expect(coded.contains("RUS cooperate~recep-tayyip-erdogan"))
        #expect(coded.allSatisfy { !$0.contains("cooperate~bashar-al-assad") })
    }
    @Test func aPossessorBeforeAYearIsTheActor() {
        let coded = events("The United States offered full and direct approval to Indonesia's 1975 invasion of East Timor.", date: "2001-12-07")
        #expect(coded.contains("IDN assault>TLS"))
        #expect(coded.allSatisfy { !$0.hasPrefix("USA assault") })
    }

    @Test func attacksPreventedOrAfterwardsAreNotTheSubjects() {
        #expect(events("Sharon said Arafat is working to foil terror attacks against Israel.", date: "2001-12-07")
            .allSatisfy { !$0.contains("assault") })
        #expect(events("The Palestinian Authority has launched a crackdown on militants in the wake of a weekend of deadly bomb attacks against Israel.",
                       date: "2001-12-07").allSatisfy { !$0.contains("assault") })
        #expect(events("Hamas launched a wave of attacks on Israel.", date: "2001-12-07") == ["hamas assault>ISR"])
        // A visit's time is still the subject's visit.
        #expect(events("Rumsfeld declared that America was winning the war during a visit to Iraq.", date: "2005-01-01")
            .contains("USA consult>IRQ"))
    }

    @Test func coSubjectsWhoMeetATitledPersonDoNotMeetEachOther() {
        #expect(events("Israeli Prime Minister Ariel Sharon and Palestinian leader Yasser Arafat met Mr Zinni yesterday.", date: "2001-12-07")
            .allSatisfy { !$0.contains("consult") })
        #expect(events("BRITAIN, JAPAN AGREE ON FLIGHTS OVER SIBERIA", date: "1987-03-01") == ["GBR agree~JPN"])
    }

    @Test func troopsArrivingAreNoVisit() {
        #expect(events("Defence Minister Robert Hill has confirmed Australian troops arrived in Afghanistan this morning.", date: "2001-12-07")
            .isEmpty)
    }

    @Test func aPurposeIsAnAim() {
        #expect(events("Powell said the US and Germany were working to get the violence down in order to get back to peace talks.", date: "2001-12-07")
            .allSatisfy { !$0.contains("consult") })
    }
    @Test func consideredOrArguedForAttacksAreNotEvents() {
        #expect(events("The United States considers a military attack against Baghdad.", date: "2002-12-01").isEmpty)
        #expect(events("The White House is making efforts to build support for an attack on Iraq.", date: "2002-12-01").isEmpty)
        #expect(events("An Afghan commander said that bin Laden had probably gone to Pakistan.", date: "2001-12-15").isEmpty)
    }

    @Test func aPlanInALaterPredicateIsNotTheCues() {
        #expect(events("Hamas had shifted the focus in its war against Israel, and now planned to attack strategic targets.", date: "2001-12-15")
            == ["hamas assault>ISR"])
    }
    @Test func anUnresolvedPronounBeforeTheVerbIsItsSubject() {
        #expect(events("After two weeks of frustration, he has given Israel and the Palestinians a 48 hour deadline to make some progress or he would go back to Washington.",
                       date: "2001-12-15").isEmpty)
    }
    @Test func aWarningAboutAThingIsNoThreatAndARebukeIsAnAccusation() {
        #expect(events("Washington has sharply rebuked Russia over bombings of Georgian villages, warning the raids violated Georgian sovereignty and could worsen tensions between Moscow and Tbilisi.",
                       date: "2002-08-01") == ["USA accuse>RUS"])
        #expect(events("Japan warned the United States it may take retaliatory measures.", date: "1987-04-01") == ["JPN threaten>USA"])
    }
    @Test func heAfterATitledUnknownSpeakerIsThatSpeaker() {
        let text = "Chief Palestinian negotiator Saeb Erakat, speaking after Mr Sharon's speech Monday evening, said the words amounted to a declaration of war. He called on the United States and Europe to rein in Mr Sharon."
        #expect(events(text, date: "2001-12-04").allSatisfy { !$0.hasPrefix("ariel-sharon request") })
        // A sentence that opens with its first word gives no title before it (no backwards range).
        #expect(events("Erakat said so. He called on the United States to act.", date: "2001-12-04").isEmpty)
    }
    @Test func aProgressiveWithAMonthIsPlanned() {
        #expect(events("Australia and Indonesia are co-hosting an international summit on people smuggling in February.", date: "2001-12-01")
            == ["AUS consult~IDN planned"])
        #expect(events("Australia and Indonesia held a summit in February.", date: "2002-03-01") == ["AUS consult~IDN"])
    }
    @Test func aMedallistsTripIsSport() {
        #expect(events("The Irish cross country bronze medallist will go to Madrid with high hopes.", date: "2005-01-01").isEmpty)
    }
    @Test func closeToASettlementIsPlannedAndAnAdmittedPlanIsDone() {
        #expect(events("Iraq and Russia are close to an agreement.", date: "2002-08-01") == ["IRQ agree~RUS planned"])
        #expect(events("Osama bin Laden admitted planning the September 11 terrorist attacks on the United States.", date: "2001-12-14")
            .contains("osama-bin-laden assault>USA"))
    }
    @Test func aResumptionDiscussedIsNotInForce() {
        #expect(events("Australia and Indonesia are also discussing the resumption of military ties.", date: "2001-12-15")
            == ["AUS consult~IDN"])
        #expect(events("Australia and Indonesia announced the resumption of military ties.", date: "2001-12-15") == ["AUS support~IDN"])
    }
    @Test func aClosedRelativeClauseBeforeBeAndANounIsNotTheSubject() {
        #expect(events("The former deputy foreign minister, who is currently battling the Taliban around the city of Kandahar, is an ally of the exiled Afghan king.",
                       date: "2001-12-05").isEmpty)
    }
    @Test func aMonthOfLastYearIsPast() {
        #expect(events("This agreement was signed by the U.S. and Ukraine in October of last year.", date: "1994-03-02") == ["UKR agree~USA"])
        #expect(events("The agreement will be signed by the U.S. and Ukraine in October.", date: "1994-03-02") == ["UKR agree~USA planned"])
        // A month at the end of a sentence reads no further (no backwards range).
        #expect(events("The U.S. and Ukraine signed the agreement in October", date: "1994-03-02").count == 1)
    }
    @Test func aQuotedFutureBeforeTheSpeakerDoesNotMakeHisMeetingPlanned() {
        let text = "\"If there is an action for peace, Syria will be there,\" Assad said after his second meeting with French President Jacques Chirac at the Elysee palace."
        #expect(events(text, date: "1998-07-17") == ["hafez-al-assad consult~jacques-chirac"])
    }
    @Test func aParticipleAfterAPrepositionsObjectIsThatObjectsAct() {
        #expect(events("The United States welcomed on Thursday the statement of the Arab countries calling on Iraq to reverse its ban on U.N. weapons inspections.",
                       date: "1997-11-13").isEmpty)
        // Not across "and": "pounding targets from the air and supporting Iraqi troops" is the forces' support.
        #expect(events("US forces pounded targets from the air and supporting Iraqi troops in raids.", date: "2005-06-01") == ["USA support>IRQ"])
    }
    @Test func aSuspendedAidIsNoAid() {
        #expect(events("Another U.S. policy that is likely to remain unchanged is the suspension of U.S. aid to Pakistan.", date: "1994-03-01").isEmpty)
    }
    @Test func aLeaderInAnotherActorsOfficeSpeaksForThatActor() {
        // Shevardnadze's `country` is the Soviet Union's continuator; in 1998 he was Georgia's president.
        #expect(events("Georgian President Eduard Shevardnadze visited the U.S. on Monday.", date: "1998-03-02") == ["GEO consult>USA"])
        #expect(events("Dutch Prime Minister Mark Rutte visited China on Monday.", date: "2016-03-02") == ["NLD consult>CHN"])
        // An office of the leader's own actor on the same date comes first: Arafat in 1996 was also the PLO's chairman.
        #expect(events("Palestinian President Yasser Arafat has demanded that Israel release Yassin.", date: "1996-12-20")
            == ["yasser-arafat request>ISR"])
    }
    @Test func nationalsOfAnInternationalBodyAreNotTheirState() {
        #expect(events("Iraq threatened to oust U.S. members of the U.N. weapons inspection team last month.", date: "1998-01-10").isEmpty)
        #expect(events("Iraq threatened the United States last month.", date: "1998-01-10") == ["IRQ threaten>USA"])
    }
    @Test func welcomingAWillingnessIsNoVisit() {
        #expect(events("Switzerland welcomes the LTTE's continuing willingness to negotiate.", date: "2004-01-10").isEmpty)
    }
    @Test func cooperationAsTheAimOfAnAccordOrATopicIsNotReported() {
        #expect(events("Hashimoto and Kohl also agreed to sign a pact to enhance bilateral environmental cooperation.", date: "1996-05-02")
            .allSatisfy { !$0.contains("cooperate") })
        #expect(events("Zhirinovsky will hold talks with Iraqi officials to discuss means of enhancing cooperation between Iraq and Russia.",
                       date: "1998-01-10").allSatisfy { !$0.contains("cooperate") })
        #expect(events("Russia and China agreed to step up cooperation.", date: "1998-01-10").contains("CHN cooperate~RUS"))
    }
    @Test func anUnnamedOutletsReportIsAClaimAndAWayOfDoingIsNotDone() {
        #expect(events("The exiles began casting votes as a British newspaper reported the United States and Britain have privately agreed on a way of withdrawing their troops from Iraq.",
                       date: "2005-01-30").isEmpty)
        #expect(events("The United States and Britain agreed to withdraw their troops from Iraq.", date: "2005-01-30").contains("GBR agree~USA"))
    }
    @Test func aCurrencyIsNoActor() {
        #expect(events("The British government said it would cancel 7.3 million pounds (about 12 million U.S. dollars) of debt owed by Jamaica to provide aid to the Caribbean country.",
                       date: "1998-04-07").allSatisfy { !$0.hasPrefix("USA") })
    }
    @Test func combiningFormsNameTheirCountries() {
        #expect(events("Cassoulides said the Cyprus government has been briefed on the Greco-Israeli agreement.", date: "1998-04-07") == ["GRC agree~ISR"])
        #expect(events("The two countries held Sino-Japanese talks in Beijing on Monday.", date: "1998-04-07") == ["CHN consult~JPN"])
    }
    @Test func anAmbiguousKabilaIsTheOneInOffice() {
        #expect(events("This is Kabila's first state visit to Ethiopia since he assumed power.", date: "1998-04-07") == ["laurent-desire-kabila consult>ETH"])
        #expect(events("This is Kabila's first state visit to Ethiopia since he assumed power.", date: "2005-04-07") == ["joseph-kabila consult>ETH"])
    }
    @Test func aWordOfAnAccordsTitleIsNoEventOfItsOwn() {
        #expect(events("The two sides signed the Memorandum of Understanding on Financial Cooperation between the People's Republic of China and the Kingdom of Spain.",
                       date: "1998-04-07").allSatisfy { !$0.contains("cooperate") })
        #expect(events("China and Spain signed an Agreement on Economic Cooperation. The ceremony was brief.", date: "1998-04-07") == ["CHN agree~ESP"])
    }
    @Test func welcomingInvestmentIsNoVisitAndImprovedTiesSoughtAreNotReported() {
        #expect(events("He said China welcomes investment from Spain.", date: "1998-04-07").isEmpty)
        #expect(events("At the time, Beijing was eager for improved relations with Nepal.", date: "1998-04-07").isEmpty)
    }
    @Test func aMinistersCounterpartIsAMinisterNotTheLeader() {
        #expect(events("Speaking to reporters after the meeting, the Greek defense minister announced that his Egyptian counterpart was due to visit Athens in the near future.",
                       date: "1998-10-12") == ["EGY consult>GRC planned"])
    }
    @Test func aPassiveWhoseAgentIsNoActorHasNoSource() {
        #expect(events("U.S. intelligence agencies now believe that the bomb-making designs provided by the network to Iran in the 1990s were more significant.",
                       date: "2004-02-12").isEmpty)
    }
    @Test func betterRelationsForecastAreNotReported() {
        #expect(events("He stressed that the acquittal would promote the establishment of good relations between Poland and Ukraine.",
                       date: "1994-03-02").isEmpty)
    }
    @Test func anAPUnderscoreDatelineNamesNoActor() {
        #expect(events("CAIRO, Egypt (AP) _ In mosques and in McDonald's, Arabs on Friday criticized U.S. missile strikes in Sudan.", date: "1998-08-21").isEmpty)
    }
    @Test func setUpIsNoPlanAndIsToMakeAVisitIsPlanned() {
        #expect(events("Kazakhstan has set up closer and wide-ranging cooperation with Russia, Tokayev said.", date: "1996-09-09") == ["KAZ cooperate~RUS"])
        #expect(events("Russia is set to sign a pact with China.", date: "1998-10-03") == ["CHN agree~RUS planned"])
        #expect(events("British Prime Minister Tony Blair is to make his first visit to Moscow on Sunday.", date: "2000-10-03")
            == ["tony-blair consult>RUS planned"])
    }
    @Test func aLeadersKinAreNotTheLeader() {
        #expect(events("Syrian President Bashar Assad offered his country's condolences and support to Hariri's family.", date: "2005-02-15")
            .allSatisfy { !$0.contains("rafik-hariri") })
    }
    @Test func aPositionForTheResumptionOfTalksIsNoTalks() {
        #expect(events("The minister said Oman supports the Syrian position for the resumption of talks with Israel.", date: "1998-05-15")
            .allSatisfy { !$0.contains("consult") })
        #expect(events("Israel and Syria announced the resumption of talks.", date: "1998-05-15") == ["ISR consult~SYR"])
    }
    @Test func aRelativeFuturePassiveAndAPurposeOfAFutureOrAMissionArePlanned() {
        #expect(events("The basic political treaty between Lithuania and Romania that will be signed in Vilnius will raise relations to a higher level.",
                       date: "1994-03-02").contains("LTU agree~ROU planned"))
        #expect(events("Russia's first deputy Foreign Minister Igor Ivanov was sent to the Middle East to meet with the PLO Chairman Yasir Arafat.",
                       date: "1994-03-02") == ["RUS consult~plo planned"])
    }
    @Test func aStanceForBetterTiesAndAnInterestInCooperationAreNotReported() {
        #expect(events("He stressed that Zagreb stands for normalising relations with Belgrade.", date: "1994-03-02").isEmpty)
        #expect(events("The Russian intelligence service is interested in continuing cooperation with the U.S. intelligence service.",
                       date: "1994-03-02").isEmpty)
    }
}

import Testing

@testable import AllianceGraph

/// Small alliance graphs for the isolation measures.
enum IsolationFixtures {
    static func tie(
        _ source: ActorID, _ target: ActorID, _ type: EventType, sources: Int = 1, mutual: Bool = false,
        planned: Bool = false
    ) -> Edge {
        let intensity = type.defaultIntensity
        return Edge(
            key: EdgeKey(source: source, target: target, type: type, mutual: mutual, planned: planned),
            intensity: intensity, sources: sources,
            weight: EdgeWeighting.weight(intensity: intensity, sources: sources), evidence: [])
    }

    static func country(_ id: ActorID) -> Node { Node(id: id, label: id.rawValue, kind: .country) }

    /// Modelled on the news: Russia sanctioned by the West and the USA and its president wanted by the ICC,
    /// but cooperating with North Korea, Belarus, Iran, Syria, China and Vietnam; Vietnam also a partner
    /// of the USA, Germany and China; China a partner of many; North Korea under sanctions.
    static let news: Graph = {
        let countries: [ActorID] = [
            "RUS", "PRK", "BLR", "IRN", "SYR", "CHN", "VNM", "USA", "DEU", "FRA", "GBR", "JPN", "KOR", "UKR",
            "IND", "BRA", "ZAF", "PAK", "IDN",
        ]
        var nodes = countries.map(country)
        nodes += [
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .leader, country: "RUS"),
            Node(id: "kim-jong-un", label: "Kim Jong Un", kind: .leader, country: "PRK"),
            Node(id: "to-lam", label: "Tô Lâm", kind: .leader, country: "VNM"),
            Node(id: "xi-jinping", label: "Xi Jinping", kind: .leader, country: "CHN"),
            Node(id: "icc", label: "International Criminal Court", kind: .organization),
            Node(id: "un", label: "United Nations", kind: .organization),
            Node(id: "the-west", label: "the West", kind: .group),
        ]
        let edges = [
            // Hostility.
            tie("the-west", "RUS", .sanction, sources: 4), tie("USA", "RUS", .sanction, sources: 3),
            tie("icc", "vladimir-putin", .coerce, sources: 2), tie("UKR", "RUS", .accuse, sources: 2),
            tie("RUS", "UKR", .assault, sources: 4), tie("GBR", "RUS", .sanction),
            tie("un", "PRK", .sanction, sources: 2), tie("USA", "PRK", .sanction), tie("KOR", "PRK", .accuse),
            tie("JPN", "PRK", .protest), tie("USA", "IRN", .sanction),
            // Russia's partners.
            tie("kim-jong-un", "vladimir-putin", .agree, sources: 3, mutual: true), tie("RUS", "PRK", .cooperate),
            tie("BLR", "RUS", .cooperate, sources: 2, mutual: true), tie("RUS", "IRN", .aid),
            tie("RUS", "SYR", .support), tie("CHN", "RUS", .agree, sources: 2, mutual: true),
            tie("to-lam", "vladimir-putin", .consult, mutual: true),
            // Vietnam's partners.
            tie("USA", "VNM", .agree, sources: 3, mutual: true), tie("DEU", "VNM", .cooperate),
            tie("to-lam", "xi-jinping", .agree, sources: 2, mutual: true),
            tie("xi-jinping", "VNM", .consult, planned: true),
            // China's partners.
            tie("CHN", "PAK", .cooperate, sources: 2, mutual: true), tie("BRA", "CHN", .agree, mutual: true),
            tie("CHN", "ZAF", .cooperate, mutual: true), tie("CHN", "IDN", .agree, sources: 2, mutual: true),
            tie("CHN", "IRN", .cooperate, mutual: true), tie("CHN", "DEU", .consult, sources: 2, mutual: true),
            tie("CHN", "IND", .consult, mutual: true), tie("CHN", "PRK", .consult),
            // The West, and the BRICS among themselves.
            tie("USA", "DEU", .cooperate, sources: 2, mutual: true), tie("USA", "JPN", .agree, mutual: true),
            tie("USA", "KOR", .cooperate, mutual: true), tie("USA", "GBR", .agree, mutual: true),
            tie("FRA", "USA", .consult, mutual: true), tie("DEU", "FRA", .agree, sources: 2, mutual: true),
            tie("FRA", "GBR", .cooperate, mutual: true), tie("JPN", "KOR", .consult, mutual: true),
            tie("USA", "UKR", .aid, sources: 3), tie("DEU", "UKR", .aid, sources: 2), tie("GBR", "UKR", .aid),
            tie("BRA", "IND", .agree, mutual: true), tie("IND", "ZAF", .consult, mutual: true),
            tie("USA", "IND", .agree), tie("IDN", "JPN", .cooperate),
            // Structural ties do not enter the measures.
            tie("RUS", "un", .memberOf), tie("USA", "un", .memberOf),
            tie("vladimir-putin", "RUS", .leads), tie("kim-jong-un", "PRK", .leads),
        ]
        return try! Graph(nodes: nodes, edges: edges)
    }()

    /// Who stands for whom in ``news``: the West is its five Western states, the UN every country, the
    /// ICC the seven states parties among them.
    static let newsMembership = StateMembership(
        members: [
            "the-west": ["USA", "DEU", "FRA", "GBR", "JPN"],
            "un": Set(news.nodes.filter { $0.kind == .country }.map(\.id)),
            "icc": ["DEU", "FRA", "GBR", "JPN", "KOR", "BRA", "ZAF"],
        ],
        states: Set(news.nodes.filter { $0.kind == .country }.map(\.id)))

    /// A hand graph for the breadth measures: the club (BBB, CCC, DDD, EEE) sanctions AAA, but BBB
    /// cooperates with AAA; FFF attacks EEE; the club cooperates with its member CCC and sanctions its
    /// member BBB; FFF's leader cooperates with DDD.
    static let club: Graph = {
        var nodes = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"].map(country)
        nodes.append(Node(id: "club", label: "Club", kind: .organization))
        nodes.append(Node(id: "fff-leader", label: "FFF's leader", kind: .leader, country: "FFF"))
        let edges = [
            tie("club", "AAA", .sanction), tie("AAA", "BBB", .cooperate, mutual: true),
            tie("FFF", "EEE", .assault), tie("club", "CCC", .aid), tie("club", "BBB", .sanction),
            tie("fff-leader", "DDD", .agree), tie("fff-leader", "FFF", .leads),
        ]
        return try! Graph(nodes: nodes, edges: edges)
    }()

    static let clubMembership = StateMembership(members: ["club": ["BBB", "CCC", "DDD", "EEE"]])
}

@Suite("Isolation report")
struct IsolationTests {
    @Test func russiaAndNorthKoreaAreAmongTheMostIsolatedCountries() throws {
        let report = try IsolationReport(graph: IsolationFixtures.news, membership: IsolationFixtures.newsMembership)
        let countries = report.ranking(kinds: [.country])
        let position = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($1.id, $0) })
        let score = Dictionary(uniqueKeysWithValues: countries.map { ($0.id, $0.score) })
        // Among the five most isolated of the 19 countries; Vietnam and China among the five least isolated.
        #expect(position["RUS"]! < 5)
        #expect(position["PRK"]! < 5)
        #expect(position["VNM"]! >= countries.count - 5)
        #expect(position["CHN"]! >= countries.count - 5)
        for isolated: ActorID in ["RUS", "PRK"] {
            for integrated: ActorID in ["VNM", "CHN"] {
                #expect(score[isolated]! - score[integrated]! > 0.15, "\(isolated) vs \(integrated)")
            }
        }
    }

    @Test func scoreIsExplainedByItsComponentsAndTies() throws {
        let report = try IsolationReport(graph: IsolationFixtures.news, membership: IsolationFixtures.newsMembership)
        let russia = try #require(report.score(of: "RUS"))
        #expect(russia.components.map(\.measure) == IsolationMeasure.allCases)
        #expect(abs(russia.components.map(\.weightInComposite).reduce(0, +) - 1) < 1e-12)
        #expect(abs(russia.components.map(\.contribution).reduce(0, +) - russia.score) < 1e-12)
        for component in russia.components {
            #expect(component.contribution == component.value * component.weightInComposite)
        }
        // The ties behind the score: heaviest first, the ICC warrant against its leader folded in,
        // structural ties left out.
        #expect(zip(russia.ties, russia.ties.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(russia.ties.contains { $0.source == "icc" && $0.target == "vladimir-putin" && $0.type == .coerce })
        #expect(!russia.ties.contains { $0.type.isStructural })
        #expect(russia.ties.first?.type == .assault && russia.ties.first?.target == "UKR")
        // By reach, the ICC's warrant comes first: seven states stand behind it.
        #expect(russia.tiesByReach.first?.edge.source == "icc" && russia.tiesByReach.first?.states == 7)
        #expect(Set(russia.tiesByReach.map(\.edge)) == Set(russia.ties))
        #expect(russia.worldSize == 18)
        #expect(abs(russia.component(.hostileReach).value - Double(russia.hostileStates.count) / 18) < 1e-15)
        // A leader folded into its country has no score of its own at the country level.
        #expect(report.score(of: "vladimir-putin") == nil)
    }

    @Test func plannedTiesCountOnlyWhenAsked() throws {
        let planned = { (e: Edge) in e.isPlanned }
        let actual = try IsolationReport(graph: IsolationFixtures.news)
        #expect(!(try #require(actual.score(of: "VNM"))).ties.contains(where: planned))
        let withPlans = try IsolationReport(
            graph: IsolationFixtures.news, options: AnalysisOptions(includePlanned: true))
        #expect((try #require(withPlans.score(of: "VNM"))).ties.contains(where: planned))
    }

    @Test func rankingIsByScoreThenIdAndCoversEveryNode() throws {
        let report = try IsolationReport(graph: IsolationFixtures.news)
        #expect(report.scores.count == report.cooperative.nodeCount)
        #expect(report.scores.map(\.rank) == Array(1...report.scores.count))
        for (a, b) in zip(report.scores, report.scores.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.id < b.id))
        }
        for score in report.scores {
            #expect(score.score >= 0 && score.score <= 1)
            #expect(score.components.allSatisfy { $0.value >= 0 && $0.value <= 1 })
        }
        #expect(report.ranking(kinds: [.organization]).map(\.id).sorted() == ["icc", "un"])
        #expect(report.ranking().count == report.scores.count)
    }

    @Test func imposingSanctionsDoesNotIsolateTheImposer() throws {
        let graph = try Graph(
            nodes: ["AAA", "BBB", "CCC", "DDD"].map(IsolationFixtures.country),
            edges: [
                IsolationFixtures.tie("AAA", "BBB", .sanction),
                IsolationFixtures.tie("CCC", "DDD", .threaten, mutual: true),
                IsolationFixtures.tie("AAA", "CCC", .cooperate),
            ])
        let report = try IsolationReport(graph: graph)
        let hostility = { (id: ActorID) in report.score(of: id)!.component(.hostileReach).value }
        // One state of the three others is hostile to BBB; none to AAA; a mutual tie counts for both ends.
        #expect(hostility("AAA") == 0)
        #expect(hostility("BBB") == 1.0 / 3)
        #expect(hostility("CCC") == 1.0 / 3)
        #expect(hostility("DDD") == 1.0 / 3)
        #expect(report.score(of: "AAA")!.component(.cooperativeReach).value == 1 - 1.0 / 3)
    }

    @Test func breadthCountsTheStatesBehindEachAct() throws {
        let report = try IsolationReport(graph: IsolationFixtures.club, membership: IsolationFixtures.clubMembership)
        let score = { (id: ActorID) in try #require(report.score(of: id)) }
        // The world: the six countries and nothing else (the club stands for four of them).
        #expect(try score("AAA").worldSize == 5)
        // The club's sanction stands for its four members, but BBB cooperates with AAA directly.
        #expect(try score("AAA").hostileStates == ["CCC", "DDD", "EEE"])
        #expect(try score("AAA").cooperativeStates == ["BBB"])
        #expect(try score("AAA").component(.hostileReach).value == 3.0 / 5)
        // An attack by one state, however heavy, is one state's hostility.
        #expect(try score("EEE").hostileStates == ["FFF"])
        #expect(try score("EEE").component(.hostileReach).value == 1.0 / 5)
        // A member's own state is not behind the club's acts toward it.
        #expect(try score("BBB").hostileStates == ["CCC", "DDD", "EEE"])
        #expect(try score("CCC").cooperativeStates == ["BBB", "DDD", "EEE"])
        #expect(try score("CCC").component(.cooperativeReach).value == 1 - 3.0 / 5)
        // A leader stands for its country.
        #expect(try score("DDD").cooperativeStates == ["FFF"])
        // The club itself is scored: the only act toward it is none, its world is the six countries.
        #expect(try score("club").worldSize == 6)
        #expect(try score("club").hostileStates.isEmpty)
        // Ties listed by the states they stand for: the sanction first.
        let aaa = try score("AAA")
        #expect(aaa.tiesByReach.map(\.states) == [4, 1])
        #expect(aaa.tiesByReach.first?.edge.type == .sanction)
        // Hostile breadth ranks AAA above EEE, whose single attacker sent the heavier act.
        #expect(try score("AAA").component(.signed).value > score("EEE").component(.signed).value)
    }

    @Test func withoutMembershipEveryActorStandsForItself() throws {
        let report = try IsolationReport(graph: IsolationFixtures.club)
        let aaa = try #require(report.score(of: "AAA"))
        #expect(aaa.hostileStates == ["club"])
        #expect(aaa.worldSize == 6)
        #expect(aaa.component(.hostileReach).value == 1.0 / 6)
        #expect(aaa.tiesByReach.map(\.states) == [1, 1])
    }

    @Test func nodeWithoutTiesIsFullyIsolatedExceptForHostility() throws {
        let graph = try Graph(
            nodes: ["AAA", "BBB", "ZZZ"].map(IsolationFixtures.country),
            edges: [IsolationFixtures.tie("AAA", "BBB", .agree, mutual: true)])
        let lone = try #require(try IsolationReport(graph: graph).score(of: "ZZZ"))
        #expect(lone.component(.hostileReach).value == 0)
        #expect(lone.component(.cooperativeReach).value == 1)
        #expect(lone.component(.dependence).value == 1)
        #expect(lone.component(.partnerIsolation).value == 1)
        #expect(lone.component(.signed).value == 1)
        #expect(lone.ties.isEmpty && lone.tiesByReach.isEmpty)
    }

    @Test func pnCentralityMatchesADirectSolve() throws {
        // numpy: x = np.linalg.solve(np.eye(4) - A / 6, np.ones(4)) with A = (P - 2N) / 1.2, P the
        // cooperative strengths (AAA–BBB 1.2, BBB–CCC 0.4) and N[i][j] the hostility i receives from j
        // (CCC from DDD 0.4, AAA from DDD 0.3, DDD from AAA 0.3).
        let graph = try Graph(
            nodes: ["AAA", "BBB", "CCC", "DDD"].map(IsolationFixtures.country),
            edges: [
                IsolationFixtures.tie("AAA", "BBB", .cooperate, sources: 2, mutual: true),
                IsolationFixtures.tie("BBB", "CCC", .agree),
                IsolationFixtures.tie("DDD", "CCC", .sanction),
                IsolationFixtures.tie("AAA", "DDD", .accuse, mutual: true),
            ])
        let options = AnalysisOptions()
        let cooperative = AnalysisGraph(projecting: graph, options: options)
        let signed = _SignedTies(graph: graph, options: options, nodes: cooperative)
        let pn = try _pnCentrality(signed: signed)
        expectClose(pn, [1.1315912584374792, 1.2423979148566466, 0.9683886921071977, 0.9057007284635433], "PN")
        let report = try IsolationReport(graph: graph)
        expectClose(
            report.values[.signed]!, [0.3290988487495039, 0.0, 0.8138150059547441, 1.0], "signed isolation")
    }

    @Test func compositeWeights() throws {
        let hostileOnly = try IsolationReport(graph: IsolationFixtures.news, weights: [.hostileReach: 2])
        for score in hostileOnly.scores {
            #expect(score.score == score.component(.hostileReach).value)
            #expect(score.component(.dependence).weightInComposite == 0)
        }
        #expect(throws: MetricError.self) {
            try IsolationReport(graph: IsolationFixtures.news, weights: [.dependence: -1, .signed: 2])
        }
        #expect(throws: MetricError.invalidParameter("isolation weights sum to 0")) {
            try IsolationReport(graph: IsolationFixtures.news, weights: [:])
        }
    }

    @Test func actorLevelKeepsLeadersApart() throws {
        let report = try IsolationReport(graph: IsolationFixtures.news, options: AnalysisOptions(level: .actor))
        let putin = try #require(report.score(of: "vladimir-putin"))
        #expect(putin.component(.hostileReach).value > 0)
        #expect(putin.ties.contains { $0.type == .leads })
        #expect(report.ranking(kinds: [.leader]).count == 4)
    }

    @Test func measureNamesAreStable() {
        #expect(
            IsolationMeasure.allCases.map(\.rawValue) == [
                "hostile_reach", "cooperative_reach", "dependence", "partner_isolation", "signed",
            ])
        #expect(IsolationMeasure.equalWeights.values.allSatisfy { $0 == 0.2 })
    }
}

import Testing

@testable import AllianceGraph

/// A chain A – B – C – D of countries, Putin-like leader `la` of A, a hostile tie from D to B and an
/// organization O that B is a member of.
private enum ViewFixtures {
    static func e(
        _ s: ActorID, _ t: ActorID, _ type: EventType, _ mutual: Bool = false, _ planned: Bool = false,
        _ evidence: [Evidence] = []
    ) -> Edge {
        DiagramFixtures.edge(s, t, type, mutual: mutual, planned: planned, evidence: evidence)
    }

    static func ev(_ document: String, _ sentence: String, cue: String, intensity: Double) -> Evidence {
        DiagramFixtures.evidence(document, sentence, cue: cue, intensity: intensity)
    }

    static let graph: Graph = try! Graph(
        nodes: [
            Node(id: "A", label: "Alpha", kind: .country), Node(id: "B", label: "Beta", kind: .country),
            Node(id: "C", label: "Gamma", kind: .country), Node(id: "D", label: "Delta", kind: .country),
            Node(id: "la", label: "Leader of Alpha", kind: .leader, country: "A"),
            Node(id: "O", label: "Org", kind: .organization),
        ],
        edges: [
            e("A", "B", .agree, true, false, [ev("d1", "Alpha and Beta agreed.", cue: "agreed", intensity: 0.4)]),
            e("la", "B", .agree, true, false, [
                ev("d2", "The leader of Alpha and Beta agreed.", cue: "agreed", intensity: 0.8),
            ]),
            e("la", "C", .aid, false, false, [ev("d3", "The leader sent aid to Gamma.", cue: "sent aid", intensity: 0.7)]),
            e("B", "C", .consult, false, false, [ev("d1", "Beta consulted Gamma.", cue: "consulted", intensity: 0.3)]),
            e("C", "D", .cooperate, false, true, [ev("d4", "Gamma will cooperate with Delta.", cue: "will cooperate", intensity: 0.6)]),
            e("D", "B", .sanction, false, false, [ev("d4", "Delta sanctioned Beta.", cue: "sanctioned", intensity: 0.4)]),
            e("la", "A", .leads),
            e("B", "O", .memberOf),
        ])

    static func ids(_ g: Graph) -> [String] { g.nodes.map(\.id.rawValue) }
}

@Suite struct GraphViewTests {
    let g = ViewFixtures.graph

    @Test func wholeViewIsTheGraph() throws {
        #expect(try GraphView().apply(to: g) == g)
        #expect(GraphView().isWhole && GraphView().caption(in: g).isEmpty)
    }

    @Test func egoDepthOneAndTwo() throws {
        // A's neighbours: B (agree) and la (leads); C and D are two and three ties away.
        #expect(ViewFixtures.ids(try GraphView(center: "A", depth: 1).apply(to: g)) == ["A", "B", "la"])
        let two = try GraphView(center: "A", depth: 2).apply(to: g)
        #expect(ViewFixtures.ids(two) == ["A", "B", "C", "D", "O", "la"])
        // Every tie among the reached nodes is kept, not only the ties of the tree.
        #expect(two.edges.contains { $0.source == "D" && $0.target == "B" })
        #expect(ViewFixtures.ids(g.egoNetwork(of: "O", depth: 0)) == ["O"])
        #expect(g.egoNetwork(of: "nobody", depth: 1).nodes.isEmpty)
    }

    @Test func typeAndPolarityFiltersDropUntiedActors() throws {
        let sanctions = try GraphView(types: [.sanction]).apply(to: g)
        #expect(ViewFixtures.ids(sanctions) == ["B", "D"])
        #expect(sanctions.edges.map(\.type) == [.sanction])
        let hostile = try GraphView(polarities: [.hostile]).apply(to: g)
        #expect(ViewFixtures.ids(hostile) == ["B", "D"])
        // Structural ties pass a polarity filter but do not keep an actor on their own.
        let cooperative = try GraphView(polarities: [.cooperative]).apply(to: g)
        #expect(ViewFixtures.ids(cooperative) == ["A", "B", "C", "D", "O", "la"].filter { $0 != "O" })
        #expect(cooperative.edges.contains { $0.type == .leads })
    }

    @Test func minimumWeight() throws {
        let heavy = try GraphView(minWeight: 0.65).apply(to: g)
        #expect(Set(heavy.edges.filter { !$0.type.isStructural }.map(\.type)) == [.agree, .aid])
        #expect(ViewFixtures.ids(heavy) == ["B", "C", "la"])
    }

    @Test func countryLevelFoldsLeadersAndMergesTheirTies() throws {
        let folded = try GraphView(level: .country).apply(to: g, storyOf: { $0 })
        #expect(!ViewFixtures.ids(folded).contains("la"))
        // The leader's agree with B merges with A's: evidence pooled, two stories, intensity 0.8.
        let agree = try #require(folded.edges.first { $0.type == .agree })
        #expect(agree.source == "A" && agree.target == "B" && agree.isMutual)
        #expect(agree.evidence.count == 2 && agree.sources == 2)
        #expect(agree.weight == EdgeWeighting.weight(intensity: 0.8, sources: 2))
        // The leader's aid becomes A's; `leads` became a self-loop and is gone.
        #expect(folded.edges.contains { $0.source == "A" && $0.target == "C" && $0.type == .aid })
        #expect(!folded.edges.contains { $0.type == .leads })
        // Copies of one story count once.
        let oneStory = g.foldingLeaders { _ in "story" }
        #expect(oneStory.edges.first { $0.type == .agree }?.sources == 1)
        // An ego view centred on a folded leader is centred on the country.
        let ego = try GraphView(center: "la", depth: 1, level: .country).apply(to: g)
        #expect(ViewFixtures.ids(ego) == ["A", "B", "C"])
    }

    @Test func topKeepsTheBestScoredAndTheCentre() throws {
        let scores: [ActorID: Double] = ["B": 0.5, "C": 0.3, "A": 0.3, "D": 0.1]
        let top = try GraphView(top: 2).apply(to: g, scores: { _ in scores })
        #expect(ViewFixtures.ids(top) == ["A", "B"])  // C and A tie at 0.3: A comes first by id
        let ego = try GraphView(center: "D", depth: 1, top: 1).apply(to: g, scores: { _ in scores })
        #expect(ViewFixtures.ids(ego) == ["B", "D"])
    }

    @Test func filtersCombine() throws {
        let view = GraphView(center: "B", depth: 1, polarities: [.cooperative], minWeight: 0.3, level: .country)
        let drawn = try view.apply(to: g)
        #expect(ViewFixtures.ids(drawn) == ["A", "B", "C"])
        #expect(view.caption(in: g) == "ego Beta, depth 1 · cooperative · weight ≥ 0.30 · leaders folded into countries")
    }

    @Test func invalidViewsThrow() {
        #expect(throws: ViewError.unknownCenter("Z")) { try GraphView(center: "Z").apply(to: g) }
        #expect(throws: ViewError.invalidDepth(0)) { try GraphView(center: "A", depth: 0).apply(to: g) }
        #expect(throws: ViewError.invalidTop(0)) { try GraphView(top: 0).apply(to: g) }
        #expect(throws: ViewError.invalidWeight(-1)) { try GraphView(minWeight: -1).apply(to: g) }
    }
}

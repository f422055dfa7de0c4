import Testing

@testable import AllianceGraph

/// Links from the diagram to the report, ids shared with it, bloc fills and hostile text in the DOT.
@Suite struct DiagramLinksTests {
    @Test func edgesLinkToTheirEvidenceAndNodesToTheirRows() {
        let options = DiagramOptions(title: "t", linkBase: "report.html")
        let dot = DOTEncoder(options: options).encode(DiagramFixtures.golden)
        let elements = DiagramElements(graph: DiagramFixtures.golden)
        for edge in elements.edges {
            let line = dot.split(separator: "\n").first { $0.contains("[id=\"\(edge.id)\"") } ?? ""
            if edge.polarity == nil {
                #expect(!line.contains("URL="), "structural ties have no evidence to link to")
            } else {
                #expect(line.contains("URL=\"report.html#\(edge.evidenceAnchor)\""))
            }
        }
        #expect(elements.edges.map(\.evidenceAnchor).contains("ev_PRK_RUS_cooperative"))
        #expect(dot.contains("id=\"n_RUS\"") && dot.contains("URL=\"report.html#a_RUS\""))
        #expect(DiagramElements.anchor(ofNodeID: "n_vladimir-putin") == "a_vladimir-putin")
        // Without a base, no links at all.
        #expect(!DOTEncoder().encode(DiagramFixtures.golden).contains("URL="))
    }

    @Test func elementIDsAreTheOnesInTheDOT() {
        let graph = DiagramFixtures.golden
        let dot = DOTEncoder().encode(graph)
        let elements = DiagramElements(graph: graph)
        for id in elements.nodeIDs.values { #expect(dot.contains("[id=\"\(id)\"")) }
        for edge in elements.edges { #expect(dot.contains("[id=\"\(edge.id)\"")) }
        #expect(elements.edges.count == 4)
        #expect(DiagramElements(graph: graph, includePlanned: false).edges.count == 3)
    }

    @Test func blocsFillNodesWhenThereIsNoIsolationScore() {
        let metrics = DiagramMetrics(nodes: ["RUS": .init(bloc: 1), "PRK": .init(bloc: 2)])
        let dot = DOTEncoder().encode(DiagramFixtures.golden, metrics: metrics)
        let rus = dot.split(separator: "\n").first { $0.contains("id=\"n_RUS\"") } ?? ""
        #expect(rus.contains("fillcolor=\"\(DiagramStyle.blocFill(1))\"") && rus.contains("label=\"Russia\\nbloc 1\""))
        #expect(rus.contains("color=\"\(DiagramStyle.blocColor(1))\""))
        // The legend names each bloc drawn.
        #expect(dot.contains(">bloc 1<") && dot.contains(">bloc 2<"))
        #expect(DiagramStyle.blocFill(1) != DiagramStyle.blocFill(2))
        #expect(DiagramStyle.labelColor(onFill: DiagramStyle.blocFill(5)) == DiagramStyle.textColor)
    }

    @Test func viewSubtitleCountsTheDrawingOutOfTheWhole() throws {
        let snapshot = Snapshot(graph: DiagramFixtures.golden, documents: [])
        let drawing = DiagramFixtures.golden.egoNetwork(of: "icc", depth: 1)
        let options = DiagramOptions(snapshot: snapshot, drawing: drawing, view: "ego International Criminal Court, depth 1")
        #expect(options.subtitle == "0 documents · 2 of 4 actors · 1 of 4 ties · ego International Criminal Court, depth 1")
    }

    @Test func scriptInASentenceStaysText() throws {
        let sentence = "He wrote <script>alert(1)</script> & \"left\"."
        let graph = try Graph(
            nodes: [
                Node(id: "A", label: "<img src=x onerror=alert(1)>", kind: .country),
                Node(id: "B", label: "Tô Lâm 🚀", kind: .leader),
            ],
            edges: [DiagramFixtures.edge("A", "B", .accuse, evidence: [
                DiagramFixtures.evidence("d1", sentence, cue: "wrote", intensity: 0.4),
            ])])
        let dot = DOTEncoder(options: DiagramOptions(title: "</B><script>", linkBase: "report.html")).encode(graph)
        // In DOT strings `<` is harmless text (Graphviz escapes it in SVG); in the HTML-like caption it is an entity.
        #expect(dot.contains("&lt;/B&gt;&lt;script&gt;"))
        #expect(dot.contains("“He wrote <script>alert(1)</script> &amp; \\\"left\\\".”"))
        #expect(dot.contains("label=\"Tô Lâm 🚀\""))
    }
}

@Suite struct EdgeBundlingTests {
    @Test func bothDirectionsAndMutualTiesShareOneLine() throws {
        let e = DiagramFixtures.edge
        let graph = try Graph(
            nodes: [Node(id: "PRK", label: "North Korea", kind: .country), Node(id: "RUS", label: "Russia", kind: .country)],
            edges: [
                e("PRK", "RUS", .agree, true, false, []), e("PRK", "RUS", .aid, false, false, []),
                e("RUS", "PRK", .support, false, false, []), e("RUS", "PRK", .consult, false, true, []),
            ])
        let elements = DiagramElements(graph: graph)
        #expect(elements.edges.map(\.id) == ["e_PRK_RUS_cooperative", "e_RUS_PRK_cooperative_planned"])
        let both = elements.edges[0]
        #expect(both.isBothWays && !both.isMutual && both.arrow == "⇄" && both.ties.count == 3)
        // The planned visit goes one way only, so its line points from Russia to North Korea.
        #expect(elements.edges[1].arrow == "→" && elements.edges[1].source == "RUS")
        let dot = DOTEncoder().encode(graph)
        let line = dot.split(separator: "\n").first { $0.contains("id=\"e_PRK_RUS_cooperative\"") } ?? ""
        #expect(line.contains("dir=\"both\"") && line.contains("label=\"agree, support, aid\""))
        #expect(line.contains("class=\"cooperative verbal_cooperation material_cooperation mutual both-ways\""))
        #expect(dot.contains("both ways"))
        let tooltip = EdgeBundle.bundles(of: graph, includePlanned: true)[0].tooltip(in: graph)
        #expect(tooltip.hasPrefix("North Korea ⇄ Russia\nmutual: agree\nNorth Korea → Russia: aid\nRussia → North Korea: support\n"))
    }
}

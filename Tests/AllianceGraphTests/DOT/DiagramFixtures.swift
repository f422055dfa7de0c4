@testable import AllianceGraph

/// Small hand-built graphs for the DOT encoder tests.
enum DiagramFixtures {
    static func evidence(_ document: String, _ sentence: String, cue: String, intensity: Double) -> Evidence {
        Evidence(
            document: document, start: 0, end: sentence.unicodeScalars.count, sentence: sentence, cue: cue,
            intensity: intensity)
    }

    static func edge(
        _ source: ActorID, _ target: ActorID, _ type: EventType, mutual: Bool = false, planned: Bool = false,
        evidence: [Evidence] = []
    ) -> Edge {
        let key = EdgeKey(source: source, target: target, type: type, mutual: mutual, planned: planned)
        if evidence.isEmpty {
            return Edge(key: key, intensity: 1, sources: 1, weight: 1, evidence: [])
        }
        return EdgeWeighting.edge(key: key, evidence: evidence) { $0 }
    }

    /// Russia, North Korea, Vladimir Putin (leader of Russia) and the ICC: a mutual `agree`, a planned
    /// `consult`, a hostile `coerce` from the ICC to Putin, and Putin's `leads` tie.
    static let golden: Graph = try! Graph(
        nodes: [
            Node(id: "RUS", label: "Russia", kind: .country),
            Node(id: "PRK", label: "North Korea", kind: .country),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .leader, country: "RUS"),
            Node(id: "icc", label: "International Criminal Court", kind: .organization),
        ],
        edges: [
            edge("RUS", "PRK", .agree, mutual: true, evidence: [
                evidence("kcna-2024-06-19", "Pyongyang and Moscow signed a comprehensive strategic partnership treaty.",
                         cue: "signed", intensity: 0.7),
                evidence("tass-2024-06-19", "Russia and North Korea signed a treaty on comprehensive strategic partnership.",
                         cue: "signed", intensity: 0.7),
            ]),
            edge("RUS", "PRK", .consult, planned: true, evidence: [
                evidence("tass-2024-06-01", "Putin is set to visit Pyongyang in the coming weeks.", cue: "is set to visit",
                         intensity: 0.3),
            ]),
            edge("icc", "vladimir-putin", .coerce, evidence: [
                evidence("icc-2023-03-17", "The ICC issued an arrest warrant for Vladimir Putin.",
                         cue: "issued an arrest warrant", intensity: 0.7),
            ]),
            edge("vladimir-putin", "RUS", .leads),
        ])

    /// Metrics for every node of ``golden``, with one value out of range and one NaN.
    static let goldenMetrics = DiagramMetrics(
        nodes: [
            "RUS": .init(size: 1, isolation: 0.1, bloc: 1),
            "PRK": .init(size: 0.5, isolation: 0.6, bloc: 1),
            "vladimir-putin": .init(size: 0.25, isolation: 1.5, bloc: 1),
            "icc": .init(size: .nan, isolation: 0.95, bloc: 2),
        ],
        sizeCaption: "harmonic centrality", isolationCaption: "isolation")

    static let goldenOptions = DiagramOptions(
        title: "Russia and North Korea", subtitle: "4 documents · 2023-03-17 – 2024-06-19 · 4 actors · 4 ties")
}

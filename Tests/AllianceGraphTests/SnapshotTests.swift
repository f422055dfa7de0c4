import Foundation
import Testing

@testable import AllianceGraph

/// A small graph modelled on the seeds: two countries, a leader, a court, a mutual agreement, a planned
/// visit, a warrant and the leader's `leads` tie.
func sampleSnapshot() throws -> Snapshot {
    let nodes = [
        Node(id: "RUS", label: "Russia", kind: .country),
        Node(id: "PRK", label: "North Korea", kind: .country),
        Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .leader, country: "RUS"),
        Node(id: "icc", label: "International Criminal Court", kind: .organization),
    ]
    let ev = { (doc: String, cue: String, i: Double) in
        Evidence(document: doc, start: 10, end: 60, sentence: "The two countries \"signed\" a pact.", cue: cue, intensity: i)
    }
    let story = { (d: String) in d == "b" ? "a" : d }
    let edges = [
        EdgeWeighting.edge(key: EdgeKey(source: "RUS", target: "PRK", type: .agree, mutual: true),
                           evidence: [ev("a", "signed", 0.8), ev("b", "signed", 0.8), ev("c", "pact", 0.7)], storyOf: story),
        EdgeWeighting.edge(key: EdgeKey(source: "vladimir-putin", target: "PRK", type: .consult, planned: true),
                           evidence: [ev("c", "visit", 0.4)], storyOf: story),
        EdgeWeighting.edge(key: EdgeKey(source: "icc", target: "vladimir-putin", type: .coerce),
                           evidence: [ev("a", "arrest warrant", 0.8)], storyOf: story),
        Edge(key: EdgeKey(source: "vladimir-putin", target: "RUS", type: .leads), intensity: 1, sources: 1, weight: 1, evidence: []),
    ]
    let docs = [
        DocumentRecord(id: "a", path: "a.txt", title: "A", date: "2024-06-19", sha256: "00", characters: 100),
        DocumentRecord(id: "b", path: "b.txt", sha256: "11", characters: 90, story: "a", storySimilarity: 0.4),
        DocumentRecord(id: "c", path: "c.txt", date: "2024-06-01", sha256: "22", characters: 80),
    ]
    return Snapshot(graph: try Graph(nodes: nodes, edges: edges), documents: docs, parameters: ["k": "v"], lexiconVersion: "test")
}

@Suite struct SnapshotTests {
    @Test func roundTripIsByteIdentical() throws {
        let data = try sampleSnapshot().jsonData()
        let decoded = try Snapshot(jsonData: data)
        #expect(decoded.jsonData() == data)
        #expect(decoded == (try sampleSnapshot()))
    }

    @Test func sameGraphSameBytes() throws {
        #expect(try sampleSnapshot().jsonData() == (try sampleSnapshot().jsonData()))
    }

    @Test func nodeLinkShape() throws {
        let object = try JSONSerialization.jsonObject(with: try sampleSnapshot().jsonData()) as! [String: Any]
        #expect(object["schema"] as? String == "alliance-graph/1")
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == true)
        let edges = object["edges"] as! [[String: Any]]
        #expect(edges.count == 4)
        #expect(edges.allSatisfy { $0["source"] != nil && $0["target"] != nil && $0["key"] != nil })
        let agree = edges.first { $0["key"] as? String == "agree:mutual" }!
        #expect(agree["source"] as? String == "PRK")  // mutual edges store the smaller id first
        #expect(agree["sources"] as? Int == 2)  // a and its copy b count once, c once
        #expect(agree["polarity"] as? String == "cooperative")
        #expect(agree["cameo_root"] as? String == "03")
        let graph = object["graph"] as! [String: Any]
        #expect(graph["date_start"] as? String == "2024-06-01")
        #expect(graph["date_end"] as? String == "2024-06-19")
    }

    @Test func weightCountsIndependentStories() throws {
        let edge = try sampleSnapshot().graph.edges.first { $0.type == .agree }!
        #expect(edge.sources == 2)
        #expect(edge.intensity == 0.8)
        #expect(edge.weight == EdgeWeighting.round6(0.8 * 2))
    }

    @Test(arguments: [
        ("not json", "not a valid alliance-graph snapshot"),
        ("{\"schema\": \"other/9\"}", "not a valid"),
        ("[1, 2]", "not a valid"),
    ])
    func malformedInputThrows(text: String, prefix: String) {
        #expect(throws: SnapshotError.self) { try Snapshot(jsonData: Data(text.utf8)) }
    }

    @Test func wrongSchemaIsNamed() throws {
        var object = try JSONSerialization.jsonObject(with: try sampleSnapshot().jsonData()) as! [String: Any]
        object["schema"] = "alliance-graph/99"
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: SnapshotError.unsupportedSchema("alliance-graph/99")) { try Snapshot(jsonData: data) }
    }

    @Test func edgeToUnknownNodeIsRejected() throws {
        var object = try JSONSerialization.jsonObject(with: try sampleSnapshot().jsonData()) as! [String: Any]
        var nodes = object["nodes"] as! [[String: Any]]
        nodes.removeAll { $0["id"] as? String == "icc" }
        object["nodes"] = nodes
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: SnapshotError.self) { try Snapshot(jsonData: data) }
    }
}

@Suite struct ModelTests {
    @Test func mutualKeysAreOrdered() {
        let k = EdgeKey(source: "VNM", target: "RUS", type: .agree, mutual: true)
        #expect(k.source == "RUS" && k.target == "VNM")
        #expect(k.name == "agree:mutual")
        #expect(EdgeKey(source: "VNM", target: "RUS", type: .consult, planned: true).source == "VNM")
    }

    @Test func eventTypesKnowTheirClass() {
        #expect(EventType.allCases.count == 18)
        #expect(EventType.allCases.filter { !$0.isStructural }.count == 16)
        #expect(EventType.sanction.polarity == .hostile && EventType.sanction.quadClass == .materialConflict)
        #expect(EventType.consult.polarity == .cooperative && EventType.consult.quadClass == .verbalCooperation)
        #expect(EventType.request.polarity == .neutral)
        for t in EventType.allCases where !t.isStructural {
            #expect(t.cameoRoot != nil && t.goldstein != nil)
            #expect(t.defaultIntensity > 0 && t.defaultIntensity <= 1)
        }
    }

    @Test func weightFormula() {
        #expect(EdgeWeighting.weight(intensity: 0.5, sources: 1) == 0.5)
        #expect(EdgeWeighting.weight(intensity: 0.5, sources: 4) == 1.5)
    }

    @Test func slugs() {
        #expect(ActorID.slug("Kim Jong Un") == "kim-jong-un")
        #expect(ActorID.slug("Tô Lâm") == "to-lam")
        #expect(ActorID.slug("Bashar al-Assad") == "bashar-al-assad")
    }

    @Test func graphRejectsDuplicates() {
        #expect(throws: GraphError.duplicateNode("RUS")) {
            try Graph(nodes: [Node(id: "RUS", label: "a", kind: .country), Node(id: "RUS", label: "b", kind: .country)], edges: [])
        }
    }

    @Test func analysisProjectionFoldsLeaders() throws {
        let g = try sampleSnapshot().graph
        let country = AnalysisGraph(projecting: g, options: AnalysisOptions(level: .country))
        #expect(country.ids == ["PRK", "RUS", "icc"])
        #expect(country.edgeCount == 1)  // the hostile warrant and the planned visit add no strength
        let planned = AnalysisGraph(projecting: g, options: AnalysisOptions(level: .country, includePlanned: true))
        #expect(planned.strengths[planned.adjacency(of: planned.index(of: "PRK")!)].reduce(0, +) == 1.6 + 0.4)
        let actor = AnalysisGraph(projecting: g, options: AnalysisOptions(level: .actor))
        #expect(actor.ids.contains("vladimir-putin"))
        #expect(actor.edgeCount == 2)  // agree + leads
    }
}

import Testing

@testable import AllianceGraph

@Suite struct ComparisonTests {
    func variant() throws -> Snapshot {
        var s = try sampleSnapshot()
        var nodes = s.graph.nodes.filter { $0.id != "icc" }
        nodes.append(Node(id: "VNM", label: "Vietnam", kind: .country))
        let ev = Evidence(document: "d", start: 0, end: 10, sentence: "Russia and Vietnam signed a pact.", cue: "signed", intensity: 0.8)
        var edges = s.graph.edges.filter { $0.source != "icc" && $0.target != "icc" }
        edges.append(EdgeWeighting.edge(key: EdgeKey(source: "RUS", target: "VNM", type: .agree, mutual: true), evidence: [ev]) { $0 })
        // The agreement with North Korea is now reported by one more independent story: stronger.
        if let i = edges.firstIndex(where: { $0.type == .agree && $0.target == "RUS" }) {
            var e = edges[i]
            e = EdgeWeighting.edge(key: e.key, evidence: e.evidence + [Evidence(document: "d", start: 0, end: 5, sentence: "x", cue: "pact", intensity: 0.8)]) { $0 == "b" ? "a" : $0 }
            edges[i] = e
        }
        s.graph = try Graph(nodes: nodes, edges: edges)
        return s
    }

    @Test func nodesAndEdgesMatchedById() throws {
        let c = try SnapshotComparison(old: try sampleSnapshot(), new: try variant())
        #expect(c.addedNodes.map(\.id) == ["VNM"])
        #expect(c.removedNodes.map(\.id) == ["icc"])
        #expect(c.edges(.added).map(\.key.name) == ["agree:mutual"])
        #expect(c.edges(.added).first?.key.target == "VNM")
        #expect(c.edges(.removed).map(\.key.type) == [.coerce])
        #expect(c.edges(.strengthened).count == 1)
        #expect(c.edges(.strengthened)[0].delta > 0)
        #expect(c.edges(.unchanged).count == 2)
    }

    @Test func identicalSnapshotsHaveNoChanges() throws {
        let c = try SnapshotComparison(old: try sampleSnapshot(), new: try sampleSnapshot())
        #expect(c.addedNodes.isEmpty && c.removedNodes.isEmpty)
        #expect(c.edges.allSatisfy { $0.kind == .unchanged })
        #expect(c.ranks.isEmpty && c.isolation.isEmpty)
    }

    @Test func isolationChangesCarryReasons() throws {
        let c = try SnapshotComparison(old: try sampleSnapshot(), new: try variant())
        let russia = try #require(c.isolation.first { $0.id == "RUS" })
        #expect(russia.reasons.contains { $0.kind == .added && $0.key.target == "VNM" })
        #expect(russia.reasons.contains { $0.kind == .removed && $0.key.type == .coerce })
        #expect(abs(russia.contributions.map(\.delta).reduce(0, +) - russia.delta) < 1e-9)
    }
}

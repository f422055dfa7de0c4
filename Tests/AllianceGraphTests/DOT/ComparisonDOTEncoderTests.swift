import Testing

@testable import AllianceGraph

/// The diff diagram: the union of two graphs, ties styled by how they changed.
@Suite struct ComparisonDOTEncoderTests {
    typealias F = DiagramFixtures

    /// Old: the golden graph. New: the planned consult came true, the agreement gained a source, the ICC
    /// warrant is gone (and the ICC with it), and Vietnam appeared with an agreement.
    static let new: Graph = try! Graph(
        nodes: [
            Node(id: "RUS", label: "Russia", kind: .country),
            Node(id: "PRK", label: "North Korea", kind: .country),
            Node(id: "VNM", label: "Vietnam", kind: .country),
            Node(id: "vladimir-putin", label: "Vladimir Putin", kind: .leader, country: "RUS"),
        ],
        edges: [
            F.edge("RUS", "PRK", .agree, mutual: true, evidence: [
                F.evidence("a", "Pyongyang and Moscow signed a treaty.", cue: "signed", intensity: 0.7),
                F.evidence("b", "Russia and North Korea signed a treaty.", cue: "signed", intensity: 0.7),
                F.evidence("c", "The two signed a pact.", cue: "signed", intensity: 0.7),
            ]),
            F.edge("vladimir-putin", "PRK", .consult, evidence: [
                F.evidence("d", "Putin visited Pyongyang.", cue: "visited", intensity: 0.5),
            ]),
            F.edge("RUS", "VNM", .agree, mutual: true, evidence: [
                F.evidence("e", "Russia and Vietnam signed 11 agreements.", cue: "signed", intensity: 0.7),
            ]),
            F.edge("vladimir-putin", "RUS", .leads),
        ])

    @Test func golden() {
        let dot = ComparisonDOTEncoder(title: "What changed", subtitle: "old · new").encode(old: F.golden, new: Self.new)
        assertSnapshot(dot, named: "comparisonGraph")
    }

    @Test func everyChangeIsToldApartWithoutColour() {
        let dot = ComparisonDOTEncoder().encode(old: F.golden, new: Self.new)
        #expect(dot.contains("\"cd_PRK_RUS_cooperative_strengthened\""))
        #expect(dot.contains("label=\"▲ agree\""))
        #expect(dot.contains("label=\"+ agree\""))
        #expect(dot.contains("\"cd_RUS_PRK_cooperative_removed_planned\"") || dot.contains("\"cd_PRK_RUS_cooperative_removed_planned\""))
        #expect(dot.contains("label=\"− consult (planned)\""))
        #expect(dot.contains("Vietnam\\n(new)"))
        #expect(dot.contains("International\\nCriminal Court\\n(gone)") || dot.contains("(gone)"))
        #expect(dot.contains("unchanged tie") == false)  // `leads` is unchanged but structural: no legend row for it
        #expect(dot.contains("comparison_legend"))
    }

    @Test func identicalGraphsShowOnlyUnchangedTies() {
        let dot = ComparisonDOTEncoder().encode(old: F.golden, new: F.golden)
        for change in ["added", "removed", "strengthened", "weakened"] { #expect(!dot.contains("_\(change)\"")) }
        #expect(dot.contains("_unchanged\""))
    }
}

import Testing

@testable import AllianceGraph

/// A partition found by ``AnalysisGraph/louvainCommunities(resolution:threshold:)`` and the modularity
/// networkx 3.6.1 gives it: `nx.community.modularity(G, parts, weight="strength")`, with `G` built as in
/// `NetworkXReference+Cases.swift` and `parts` the sets of nodes with the same label.
struct CommunityCase: Sendable, CustomTestStringConvertible {
    let name: String
    let labels: [Int]
    let modularity: Double
    var testDescription: String { name }

    var graph: AnalysisGraph {
        if name == "twoCliques" { return CommunityTests.twoCliques }
        let reference = NetworkXReference.all.first { $0.name == name }!
        return reference.graph
    }

    static let all: [CommunityCase] = [
        CommunityCase(name: "path3", labels: [0, 0, 0], modularity: 0.0),
        CommunityCase(name: "path5", labels: [0, 0, 0, 1, 1], modularity: 0.21875),
        CommunityCase(name: "star", labels: [0, 0, 0, 0, 0, 0], modularity: 0.0),
        CommunityCase(name: "complete5", labels: [0, 0, 0, 0, 0], modularity: 0.0),
        CommunityCase(
            name: "twoComponentsAndIsolated", labels: [0, 0, 0, 0, 1, 1, 1, 2], modularity: 0.4444444444444444),
        CommunityCase(name: "weighted", labels: [0, 1, 0, 1, 2, 2, 0], modularity: 0.2411544421487604),
        CommunityCase(
            name: "random200",
            labels: [
                0, 0, 1, 2, 3, 4, 2, 5, 6, 0, 7, 4, 5, 0, 4, 0, 7, 8, 5, 6, 9, 10, 0, 7, 11, 1, 1, 8, 11, 12, 0,
                11, 1, 4, 13, 4, 2, 2, 8, 0, 8, 0, 8, 5, 8, 2, 4, 5, 1, 12, 0, 8, 8, 13, 6, 1, 8, 0, 12, 13, 8,
                4, 12, 12, 6, 6, 11, 8, 6, 1, 13, 1, 11, 5, 1, 3, 5, 2, 4, 13, 14, 11, 1, 6, 8, 3, 13, 12, 5, 8,
                5, 12, 5, 1, 11, 11, 13, 6, 8, 11, 13, 7, 13, 8, 0, 15, 12, 13, 11, 3, 2, 0, 5, 8, 5, 8, 8, 5,
                1, 8, 0, 1, 1, 0, 1, 3, 8, 8, 12, 5, 7, 6, 3, 2, 13, 16, 5, 1, 7, 11, 5, 0, 12, 8, 8, 0, 13, 2,
                2, 11, 5, 4, 8, 6, 6, 12, 5, 6, 11, 3, 5, 0, 1, 11, 7, 8, 1, 7, 8, 7, 8, 7, 8, 11, 12, 4, 1, 13,
                8, 12, 8, 1, 8, 4, 2, 1, 8, 6, 2, 11, 2, 8, 7, 1, 8, 5, 17, 1, 5, 4,
            ],
            modularity: 0.6246248262126508),
        CommunityCase(name: "twoCliques", labels: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], modularity: 0.45238095238095233),
    ]
}

@Suite("Louvain communities and modularity")
struct CommunityTests {
    /// Two 5-cliques joined by one tie.
    static let twoCliques: AnalysisGraph = {
        var pairs: [(Int, Int, Double)] = []
        for base in [0, 5] {
            for i in 0..<5 {
                for j in (i + 1)..<5 { pairs.append((base + i, base + j, 1)) }
            }
        }
        pairs.append((4, 5, 1))
        return MetricsFixtures.graph(nodeCount: 10, pairs: pairs)
    }()

    @Test(arguments: CommunityCase.all)
    func partitionAndModularityMatchNetworkX(_ reference: CommunityCase) {
        let partition = reference.graph.louvainCommunities()
        #expect(partition.labels == reference.labels)
        #expect(partition.count == (reference.labels.max() ?? -1) + 1)
        #expect(abs(partition.modularity - reference.modularity) <= 1e-9)
        #expect(abs(reference.graph.modularity(of: reference.labels) - reference.modularity) <= 1e-9)
    }

    @Test func labelsAreNumberedBySmallestMember() {
        let partition = Self.twoCliques.louvainCommunities()
        #expect(partition.labels == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(partition.communities == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
        // Any labelling of the same partition has the same modularity.
        #expect(Self.twoCliques.modularity(of: [3, 3, 3, 3, 3, 0, 0, 0, 0, 0]) == partition.modularity)
    }

    @Test func resolutionChangesTheExpectedTerm() {
        // networkx 3.6.1: nx.community.modularity(G, [set(range(10))], weight="strength", resolution=0.5) == 0.5
        let whole = Self.twoCliques.modularity(of: Array(repeating: 0, count: 10), resolution: 0.5)
        #expect(abs(whole - 0.5) < 1e-12)
    }
}

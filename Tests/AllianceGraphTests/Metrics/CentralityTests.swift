import Testing

@testable import AllianceGraph

@Suite("Centrality metrics against networkx 3.6.1")
struct CentralityTests {
    @Test(arguments: NetworkXReference.all)
    func degreeAndStrength(_ reference: NetworkXReference) {
        let g = reference.graph
        expectClose(g.degreeCentrality(), reference.degree, "degree")
        expectClose(g.nodeStrengths(), reference.strength, "strength")
    }

    @Test(arguments: NetworkXReference.all)
    func betweenness(_ reference: NetworkXReference) {
        let g = reference.graph
        expectClose(g.betweennessCentrality(), reference.betweenness, "betweenness")
        expectClose(g.betweennessCentrality(weighting: .unweighted), reference.betweennessHops, "betweenness (hops)")
    }

    @Test(arguments: NetworkXReference.all)
    func closenessAndHarmonic(_ reference: NetworkXReference) {
        let g = reference.graph
        expectClose(g.closenessCentrality(), reference.closeness, "closeness")
        expectClose(g.closenessCentrality(weighting: .unweighted), reference.closenessHops, "closeness (hops)")
        expectClose(g.harmonicCentrality(), reference.harmonic, "harmonic")
        expectClose(g.harmonicCentrality(weighting: .unweighted), reference.harmonicHops, "harmonic (hops)")
    }

    @Test(arguments: NetworkXReference.all)
    func eigenvectorAndPageRank(_ reference: NetworkXReference) throws {
        let g = reference.graph
        expectClose(try g.eigenvectorCentrality(), reference.eigenvector, "eigenvector")
        let pagerank = try g.pageRank()
        expectClose(pagerank, reference.pagerank, tolerance: 1e-10, "pagerank")
        #expect(abs(pagerank.reduce(0, +) - 1) < 1e-12)
    }

    @Test(arguments: NetworkXReference.all)
    func structuralHolesAndCores(_ reference: NetworkXReference) {
        let g = reference.graph
        expectClose(g.burtConstraint(), reference.constraint, "constraint")
        expectClose(g.effectiveSize(), reference.effectiveSize, "effective size")
        #expect(g.coreNumbers().map(Double.init) == reference.coreNumber)
    }

    @Test func isolatedNodesGetDocumentedValuesNotNaN() throws {
        // networkx 3.6.1 gives NaN for constraint and effective size of an isolated node; we define 1 and 0.
        let g = MetricsFixtures.graph(nodeCount: 4, pairs: [(0, 1, 2), (1, 2, 0.5)])
        let table = try g.centralities()
        for metric in Metric.allCases {
            #expect(table.values[metric]!.allSatisfy { $0.isFinite }, "\(metric)")
        }
        #expect(table.values[.constraint]![3] == 1)
        #expect(table.values[.effectiveSize]![3] == 0)
        #expect(table.values[.eigenvector]![3] == 0)
        #expect(table.values[.betweenness]![3] == 0)
        #expect(table.values[.closeness]![3] == 0)
        #expect(table.values[.coreNumber]![3] == 0)
    }

    /// Closed forms: the Lanczos iteration must stop at once on invariant Krylov spaces (a regular graph,
    /// where the start vector is the answer; a star, two steps) and keep tied components in proportion.
    @Test func eigenvectorClosedForms() throws {
        let cycle = MetricsFixtures.graph(nodeCount: 5, pairs: [(0, 1, 2), (1, 2, 2), (2, 3, 2), (3, 4, 2), (4, 0, 2)])
        expectClose(try cycle.eigenvectorCentrality(), Array(repeating: 1 / 5.0.squareRoot(), count: 5), "cycle")
        let star = MetricsFixtures.graph(nodeCount: 4, pairs: [(0, 1, 1), (0, 2, 1), (0, 3, 1)])
        expectClose(try star.eigenvectorCentrality(), [1 / 2.0.squareRoot()] + Array(repeating: 1 / 6.0.squareRoot(), count: 3), "star")
        let twoTriangles = MetricsFixtures.graph(
            nodeCount: 7, pairs: [(0, 1, 1), (1, 2, 1), (2, 0, 1), (3, 4, 1), (4, 5, 1), (5, 3, 1)])
        expectClose(try twoTriangles.eigenvectorCentrality(), Array(repeating: 1 / 6.0.squareRoot(), count: 6) + [0], "two triangles")
    }

    @Test func graphWithoutTies() throws {
        let g = MetricsFixtures.graph(nodeCount: 3, pairs: [])
        // Our choice: eigenvector centrality is 0 everywhere (networkx returns 1/√n for every node).
        #expect(try g.eigenvectorCentrality() == [0, 0, 0])
        #expect(try g.pageRank() == [1.0 / 3, 1.0 / 3, 1.0 / 3])
        #expect(g.betweennessCentrality() == [0, 0, 0])
        #expect(g.harmonicCentrality() == [0, 0, 0])
        let partition = g.louvainCommunities()
        #expect(partition.labels == [0, 1, 2])
        #expect(partition.modularity == 0)
    }

    @Test func singleNodeAndEmptyGraph() throws {
        // networkx gives degree centrality 1 to the only node of a one-node graph; we give 0 (it is isolated).
        let one = MetricsFixtures.graph(nodeCount: 1, pairs: [])
        #expect(one.degreeCentrality() == [0])
        #expect(one.closenessCentrality() == [0])
        #expect(try one.pageRank() == [1])
        let empty = MetricsFixtures.graph(nodeCount: 0, pairs: [])
        let table = try empty.centralities()
        #expect(table.values.values.allSatisfy { $0.isEmpty })
        #expect(table.modularity == 0)
    }

    @Test func nonConvergenceThrows() {
        let g = MetricsFixtures.graph(nodeCount: 3, pairs: [(0, 1, 1), (1, 2, 3)])
        #expect(throws: MetricError.failedToConverge(metric: .eigenvector, iterations: 2)) {
            try g.eigenvectorCentrality(maxIterations: 2)
        }
        #expect(throws: MetricError.failedToConverge(metric: .pagerank, iterations: 2)) {
            try g.pageRank(maxIterations: 2)
        }
        #expect(throws: MetricError.self) { try g.pageRank(damping: 1) }
        #expect(
            MetricError.failedToConverge(metric: .pagerank, iterations: 2).description
                == "pagerank centrality did not converge in 2 iterations")
    }

    @Test func tableComputesOnlyWhatIsAsked() throws {
        let g = MetricsFixtures.graph(nodeCount: 3, pairs: [(0, 1, 1), (1, 2, 1)])
        let table = try g.centralities([.harmonic, .degree, .harmonic])
        #expect(table.metrics == [.degree, .harmonic])
        #expect(table.modularity == nil)
        #expect(table.value(.degree, of: "n001") == 1)
        #expect(table.value(.pagerank, of: "n001") == nil)
        #expect(table.value(.degree, of: "nope") == nil)
        #expect(try g.centralities([.community]).modularity != nil)
    }

    @Test func metricNamesAreStable() {
        #expect(
            Metric.allCases.map(\.rawValue) == [
                "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "constraint",
                "effective_size", "core_number", "community",
            ])
    }
}

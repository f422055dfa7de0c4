import Testing

@testable import AllianceGraph

/// SplitMix64 (Steele, Lea & Flood 2014, doi:10.1145/2714064.2660195): a tiny seeded generator whose
/// sequence the NetworkX reference script reproduces exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum MetricsFixtures {
    /// Node ids `n000`, `n001`, …: sorted like their indices.
    static func ids(_ count: Int) -> [ActorID] {
        (0..<count).map { i in
            let digits = String(i)
            return ActorID("n" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits)
        }
    }

    static func graph(nodeCount: Int, pairs: [(Int, Int, Double)]) -> AnalysisGraph {
        AnalysisGraph(ids: ids(nodeCount), pairs: pairs)
    }

    /// A G(n, p) random graph with p = perMille / 1000 and strengths drawn from six levels (whose
    /// reciprocals are inexact, so that path lengths tie only sometimes). Same as `random_pairs` in the
    /// reference script.
    static func randomPairs(nodeCount: Int, perMille: UInt64, seed: UInt64) -> [(Int, Int, Double)] {
        var rng = SplitMix64(seed: seed)
        let levels = [0.3, 0.5, 0.6, 1.0, 1.2, 2.1]
        var pairs: [(Int, Int, Double)] = []
        for i in 0..<nodeCount {
            for j in (i + 1)..<max(i + 1, nodeCount) where rng.next() % 1000 < perMille {
                pairs.append((i, j, levels[Int(rng.next() % 6)]))
            }
        }
        return pairs
    }
}

/// Expects two vectors to agree entry by entry within `tolerance · max(1, |expected|)`.
func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): count", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance * max(1, abs(e))) {
        Issue.record("\(what)[\(i)] = \(a), expected \(e)", sourceLocation: sourceLocation)
        return
    }
}

/// A graph and the values NetworkX 3.6.1 gives for it (see `NetworkXReference+Cases.swift`).
struct NetworkXReference: Sendable, CustomTestStringConvertible {
    let name: String
    let nodeCount: Int
    let pairs: [(Int, Int, Double)]
    let degree, strength, betweenness, betweennessHops, closeness, closenessHops: [Double]
    let harmonic, harmonicHops, eigenvector, pagerank, constraint, effectiveSize, coreNumber: [Double]

    var graph: AnalysisGraph { MetricsFixtures.graph(nodeCount: nodeCount, pairs: pairs) }
    var testDescription: String { name }
}

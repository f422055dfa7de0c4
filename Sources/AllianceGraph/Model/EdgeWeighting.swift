import Foundation

/// How mentions become an edge's intensity, independent-source count and weight.
///
/// For an edge with evidence from documents whose stories are `S` (copies of one story share a story id):
///
///     sources   = |S|                                 (independent stories, copies counted once)
///     intensity = max over evidence of cue intensity  (in (0, 1])
///     weight    = intensity × (1 + log2(sources))
///
/// The logarithm gives diminishing returns: a tie reported by 4 independent stories weighs 3× a tie
/// reported once, not 4×, so that one heavily covered event does not dwarf the rest of the network.
/// Weights are rounded to 6 decimal places, so that they print the same in every language.
public enum EdgeWeighting {
    /// Rounds to 6 decimal places (the precision every number in a snapshot is kept to).
    public static func round6(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }

    /// The weight of an edge with this intensity and this many independent sources.
    public static func weight(intensity: Double, sources: Int) -> Double {
        round6(intensity * (1 + log2(Double(max(sources, 1)))))
    }

    /// Builds an edge from its evidence. `storyOf` maps a document id to its story id.
    public static func edge(key: EdgeKey, evidence: [Evidence], storyOf: (String) -> String) -> Edge {
        let stories = Set(evidence.map { storyOf($0.document) })
        let intensity = round6(evidence.map(\.intensity).max() ?? key.type.defaultIntensity)
        let sources = max(stories.count, 1)
        return Edge(
            key: key, intensity: intensity, sources: sources,
            weight: weight(intensity: intensity, sources: sources), evidence: evidence)
    }
}

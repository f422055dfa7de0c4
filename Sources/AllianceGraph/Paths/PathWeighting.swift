/// How path-based measures (betweenness, closeness, harmonic) turn tie strengths into path lengths.
///
/// Strengths are similarities: a stronger tie brings two actors closer. Shortest paths need distances,
/// so the default length of a tie is `1 / strength`, as NetworkX does when it is given a `distance`
/// edge attribute equal to the reciprocal of the strength.
public enum PathWeighting: String, Sendable, CaseIterable, Codable {
    /// Every tie has length 1; shortest paths are found by breadth-first search.
    case unweighted
    /// A tie of strength `s` has length `1 / s`; shortest paths are found by Dijkstra's algorithm.
    case inverseStrength = "inverse_strength"
}

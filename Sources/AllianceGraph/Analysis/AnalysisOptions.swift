/// Which actors the analysis graph keeps apart.
public enum AnalysisLevel: String, Sendable, CaseIterable, Codable {
    /// Every actor is its own node; a leader is tied to the country it leads by a `leads` tie of strength 1.
    case actor
    /// Leaders are folded into the countries they lead (their ties become the country's ties).
    case country
}

/// How the alliance graph is projected to the analysis graph.
public struct AnalysisOptions: Sendable, Hashable {
    public var level: AnalysisLevel
    /// Count planned or reported-future ties ("is set to visit") as if they had happened.
    public var includePlanned: Bool

    public init(level: AnalysisLevel = .country, includePlanned: Bool = false) {
        self.level = level
        self.includePlanned = includePlanned
    }
}

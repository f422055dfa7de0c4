/// An actor in the alliance graph.
public struct Node: Sendable, Hashable, Codable {
    /// Stable identifier: an ISO 3166-1 alpha-3 code for countries, a slug otherwise.
    public let id: ActorID
    /// Human-readable name ("North Korea", "Kim Jong Un").
    public var label: String
    public var kind: ActorKind
    /// For leaders: the country they lead. `nil` for every other kind.
    public var country: ActorID?

    public init(id: ActorID, label: String, kind: ActorKind, country: ActorID? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.country = country
    }
}

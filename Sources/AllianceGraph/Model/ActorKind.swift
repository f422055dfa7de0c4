/// What kind of actor a node is. The diagram draws each kind with its own shape.
public enum ActorKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A sovereign state or territory with an ISO 3166-1 code.
    case country
    /// A head of state or government; it ``Node/country`` names the state it leads.
    case leader
    /// An international or intergovernmental organization (UN, ICC, NATO, ...).
    case organization
    /// A looser group of actors ("the West", an armed group).
    case group

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The sign of a tie: whether it brings two actors closer or sets them against each other.
public enum Polarity: String, Sendable, Codable, CaseIterable, Comparable {
    case cooperative
    case neutral
    case hostile

    public static func < (lhs: Polarity, rhs: Polarity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// PLOVER's "quad class" of an event type, plus a class for the structural ties of the graph.
public enum QuadClass: String, Sendable, Codable, CaseIterable {
    case verbalCooperation = "verbal_cooperation"
    case materialCooperation = "material_cooperation"
    case verbalConflict = "verbal_conflict"
    case materialConflict = "material_conflict"
    /// Not an event: who leads whom, who is a member of what.
    case structural

    /// Material ties (arms, troops, sanctions, attacks) as opposed to verbal ones (statements, visits).
    public var isMaterial: Bool { self == .materialCooperation || self == .materialConflict }
}

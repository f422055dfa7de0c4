/// One of the measures an ``IsolationReport`` combines. Each is in [0, 1], where 1 is more isolated;
/// `docs/metrics.md` gives each one's formula and reference.
public enum IsolationMeasure: String, Sendable, CaseIterable, Codable, Comparable {
    /// Hostility received, in states: the share of the world's states behind the hostile acts a node
    /// receives (sanctions, warrants, accusations, rejections, threats, attacks). Imposing sanctions
    /// does not isolate; an organization's act stands for its member states.
    case hostileReach = "hostile_reach"
    /// 1 − the share of the world's states behind cooperative ties with the node.
    case cooperativeReach = "cooperative_reach"
    /// Burt's constraint (reliance on few, interconnected partners), capped at 1; 1 with no partner.
    case dependence
    /// The (damped) strength-weighted mean isolation of a node's partners, defined recursively: a tie to
    /// an isolated partner counts for less.
    case partnerIsolation = "partner_isolation"
    /// PN centrality (Everett & Borgatti 2014) on the signed graph, ties weighted by the states they
    /// stand for, rescaled so that the node with the lowest standing gets 1 and the highest 0.
    case signed

    /// Every measure with the same weight, 1/5: the default composite.
    public static var equalWeights: [IsolationMeasure: Double] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, 1.0 / Double(allCases.count)) })
    }

    public static func < (lhs: IsolationMeasure, rhs: IsolationMeasure) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

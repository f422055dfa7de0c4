/// Which states an organization or a group stands for, and which states make up the world.
///
/// The isolation measures count **states**, not actors: an act of an organization or a group stands for
/// the acts of its member states ("the West sanctions Russia" is the sanctions of some forty states, a
/// UN Security Council sanction binds all 193 member states). The core does not know who belongs to
/// what: the caller passes the table (the command-line tool builds it from the lexicon's `members` plus a
/// documented table for groups; see `docs/metrics.md`).
///
/// Rules (``IsolationReport`` applies them to every tie it counts):
/// - a **country** stands for itself;
/// - a **leader** stands for the country it leads;
/// - an actor with an entry in ``members`` (an organization or a group) stands for those states;
/// - any other actor (an organization or group whose membership is unknown, an armed group) stands
///   for itself, as one actor.
///
/// The **world** the breadth measures divide by is ``states`` together with every state or actor that
/// some node of the graph stands for, so that every share is in [0, 1].
public struct StateMembership: Sendable, Equatable {
    /// The member states of organizations and groups, by the organization's or group's id.
    public var members: [ActorID: Set<ActorID>]
    /// The world's states (for example the 193 UN member states); may be empty.
    public var states: Set<ActorID>

    public init(members: [ActorID: Set<ActorID>] = [:], states: Set<ActorID> = []) {
        self.members = members
        self.states = states
    }

    /// No membership and no world beyond the graph: every actor stands for itself.
    public static let none = StateMembership()

    /// The states an actor of `graph` stands for (see the type's rules). O(1) expected.
    public func states(behind id: ActorID, in graph: Graph) -> Set<ActorID> {
        if let group = members[id] { return group }
        if let node = graph.node(id), node.kind == .leader, let country = node.country { return [country] }
        return [id]
    }

    /// Whether the actor's states are its own (a country, a leader, an actor without known members)
    /// rather than those of an organization or group it stands for.
    public func actsDirectly(_ id: ActorID) -> Bool { members[id] == nil }
}

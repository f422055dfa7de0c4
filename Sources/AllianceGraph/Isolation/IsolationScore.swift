/// One measure's part in a node's composite isolation score.
public struct IsolationComponent: Sendable, Hashable {
    public let measure: IsolationMeasure
    /// The node's value of the measure, in [0, 1].
    public let value: Double
    /// The measure's weight in the composite (the weights sum to 1).
    public let weightInComposite: Double
    /// `value × weightInComposite`: what the measure adds to the score.
    public let contribution: Double

    public init(measure: IsolationMeasure, value: Double, weightInComposite: Double) {
        self.measure = measure
        self.value = value
        self.weightInComposite = weightInComposite
        self.contribution = value * weightInComposite
    }
}

/// A tie behind an isolation score, with the number of states it stands for.
public struct IsolationTie: Sendable, Hashable {
    public let edge: Edge
    /// How many states the actor at the other end stands for toward this node (its own state left out):
    /// 1 for a country or leader, the member states for an organization or group (0 when they are all
    /// the node's own, as for a leader's `leads` tie).
    public let states: Int

    public init(edge: Edge, states: Int) {
        self.edge = edge
        self.states = states
    }

    /// `weight × max(states, 1)`: the tie's weight in the signed measure; ties are listed by it.
    public var reach: Double { edge.weight * Double(Swift.max(states, 1)) }
}

/// A node's composite isolation score, with what it is made of.
public struct IsolationScore: Sendable, Hashable {
    public let id: ActorID
    public let label: String
    public let kind: ActorKind
    /// The composite score in [0, 1]: the sum of the components' contributions. 1 is most isolated.
    public let score: Double
    /// The node's position among all nodes (1 = most isolated; score descending, then id ascending).
    public let rank: Int
    /// One component per measure, in ``IsolationMeasure`` order.
    public let components: [IsolationComponent]
    /// The ties behind the score: every edge of the alliance graph that entered the measures and touches
    /// the node (at the country level, also those of the leaders folded into it), heaviest first, then in
    /// edge-key order.
    public let ties: [Edge]
    /// The same ties with the number of states each stands for, by ``IsolationTie/reach`` descending,
    /// then weight descending, then edge-key order: the ties that weigh most in the breadth measures first.
    public let tiesByReach: [IsolationTie]
    /// The states (or actors without known members) behind hostile acts the node receives, sorted.
    public let hostileStates: [ActorID]
    /// The states (or actors without known members) behind cooperative ties with the node, sorted.
    public let cooperativeStates: [ActorID]
    /// The number of states or actors that could take a side toward the node: the denominator of
    /// ``IsolationMeasure/hostileReach`` and ``IsolationMeasure/cooperativeReach``.
    public let worldSize: Int

    /// - Parameter ties: the ties in any order; ``ties`` and ``tiesByReach`` are sorted from them.
    public init(
        id: ActorID, label: String, kind: ActorKind, score: Double, rank: Int, components: [IsolationComponent],
        ties: [IsolationTie], hostileStates: [ActorID] = [], cooperativeStates: [ActorID] = [], worldSize: Int = 0
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.score = score
        self.rank = rank
        self.components = components
        self.tiesByReach = ties.sorted {
            if $0.reach != $1.reach { return $0.reach > $1.reach }
            if $0.edge.weight != $1.edge.weight { return $0.edge.weight > $1.edge.weight }
            return $0.edge.key < $1.edge.key
        }
        self.ties = ties.map(\.edge).sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
        self.hostileStates = hostileStates
        self.cooperativeStates = cooperativeStates
        self.worldSize = worldSize
    }

    /// The component of one measure.
    public func component(_ measure: IsolationMeasure) -> IsolationComponent {
        components.first { $0.measure == measure }!
    }
}

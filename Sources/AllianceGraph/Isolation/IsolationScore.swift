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

    public init(
        id: ActorID, label: String, kind: ActorKind, score: Double, rank: Int, components: [IsolationComponent],
        ties: [Edge]
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.score = score
        self.rank = rank
        self.components = components
        self.ties = ties
    }

    /// The component of one measure.
    public func component(_ measure: IsolationMeasure) -> IsolationComponent {
        components.first { $0.measure == measure }!
    }
}

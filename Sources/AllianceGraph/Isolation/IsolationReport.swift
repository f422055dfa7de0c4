/// How isolated each actor of an alliance graph is: five measures in [0, 1] and their weighted mean.
///
/// Isolation is counted in **states**: an act of an organization or a group stands for its member states
/// (``StateMembership``), so that sanctions by the West weigh as the sanctions of its forty-odd states and
/// a tie to one small state as one state. The measures (1 = more isolated; formulas and references in
/// `docs/metrics.md`), with `U_i` the world less `i`'s own state:
/// - ``IsolationMeasure/hostileReach``: `h_i = |H_i| / |U_i|`, `H_i` the states behind hostile acts
///   `i` receives (sanctions, warrants, accusations, rejections, threats, protests, mobilizations,
///   attacks; hostility sent does not count, a mutual hostile tie counts for both ends). A member of a
///   hostile organization that cooperates with `i` directly is not counted: direct evidence comes first.
/// - ``IsolationMeasure/cooperativeReach``: `r_i = 1 − |C_i| / |U_i|`, `C_i` the states behind
///   cooperative ties with `i` (either direction), by the same rule.
/// - ``IsolationMeasure/dependence``: `d_i = min(1, c_i)`, Burt's constraint on the cooperative
///   projection; 1 for a node with no partner.
/// - ``IsolationMeasure/signed``: `g_i = (PN_max − PN_i) / (PN_max − PN_min)`, PN centrality of the signed
///   graph whose ties are weighted by the states behind them, rescaled to [0, 1]; when every node has
///   the same PN, 1 if it is at most 1 (no net positive standing) and 0 otherwise.
/// - ``IsolationMeasure/partnerIsolation``: the fixed point of `p_i = Σ_j W_ij ((1 − α) b_j + α p_j)`,
///   where `b_j` is the mean of the four measures above, `W_ij = s_ij / Σ_k s_ik` the share of `i`'s
///   cooperative strength invested in `j`, and α = 0.5; 1 for a node with no partner. A tie to an
///   isolated partner counts for less than a tie to a well-connected one.
///
/// The composite is `Σ_m w_m · v_m(i)` with weights that sum to 1 (equal by default), so it is in [0, 1].
///
/// Nodes are those of ``AnalysisGraph/init(projecting:options:)`` (at the country level, leaders are
/// folded into their countries, and their ties with them); every node is ranked, whatever its kind:
/// filter with ``ranking(kinds:)``.
public struct IsolationReport: Sendable {
    public let options: AnalysisOptions
    /// Who stands for which states.
    public let membership: StateMembership
    /// The cooperative projection the measures are computed on.
    public let cooperative: AnalysisGraph
    /// The weight of each measure in the composite, normalized to sum to 1.
    public let weights: [IsolationMeasure: Double]
    /// Each measure's value for each node index of ``cooperative``.
    public let values: [IsolationMeasure: [Double]]
    /// Every node's score, most isolated first (score descending, then id ascending).
    public let scores: [IsolationScore]
    /// For each node index of ``cooperative``, the position of its score in ``scores``.
    private let positions: [Int]
    /// The damping α of ``IsolationMeasure/partnerIsolation``.
    public static let partnerDamping = 0.5

    /// Computes every measure and the composite score.
    /// - Parameters:
    ///   - graph: the full signed alliance graph (hostile ties are read from it).
    ///   - options: how it is projected (level, planned ties).
    ///   - membership: the states organizations and groups stand for, and the world's states (default:
    ///     none; every actor then stands for itself and the world is the graph).
    ///   - weights: each measure's weight in the composite (missing measures weigh 0); normalized to sum
    ///     to 1.
    /// - Throws: ``MetricError/invalidParameter(_:)`` for a negative or non-finite weight or weights that
    ///   sum to 0; ``MetricError/isolationFailedToConverge(measure:iterations:)`` if a fixed point is not
    ///   reached (it is a contraction, so only on degenerate input).
    /// - Complexity: O(|E_all| · k) set operations for the breadth measures (k = states behind a tie),
    ///   O(Σ deg²) for the constraint, O(t · (|V| + |E|)) for the two fixed points.
    public init(
        graph: Graph, options: AnalysisOptions = AnalysisOptions(), membership: StateMembership = .none,
        weights: [IsolationMeasure: Double] = IsolationMeasure.equalWeights
    ) throws(MetricError) {
        let total = weights.values.reduce(0, +)
        for (measure, w) in weights where !(w.isFinite && w >= 0) {
            throw .invalidParameter("weight \(w) of \(measure.rawValue) is not a finite number ≥ 0")
        }
        guard total > 0 else { throw .invalidParameter("isolation weights sum to 0") }
        self.options = options
        self.membership = membership
        let normalized = Dictionary(
            uniqueKeysWithValues: IsolationMeasure.allCases.map { ($0, (weights[$0] ?? 0) / total) })
        self.weights = normalized
        let cooperative = AnalysisGraph(projecting: graph, options: options)
        self.cooperative = cooperative
        let n = cooperative.nodeCount
        let signed = _SignedTies(graph: graph, options: options, nodes: cooperative, membership: membership)

        var hostileStates: [Set<ActorID>] = []
        var cooperativeStates: [Set<ActorID>] = []
        var hostility = [Double](repeating: 0, count: n)
        var reach = [Double](repeating: 1, count: n)
        for i in 0..<n {
            hostileStates.append(signed.hostileStates(i))
            cooperativeStates.append(signed.cooperativeStates(i))
            let world = Double(signed.worldSize(for: i))
            if world > 0 {
                hostility[i] = Swift.min(1, Double(hostileStates[i].count) / world)
                reach[i] = Swift.max(0, 1 - Double(cooperativeStates[i].count) / world)
            }
        }
        let dependence = cooperative.burtConstraint().map { Swift.min($0, 1) }
        let pn = try _pnCentrality(signed: signed)
        let (low, high) = (pn.min() ?? 1, pn.max() ?? 1)
        let standing: [Double] = pn.map { high - low > 1e-12 ? (high - $0) / (high - low) : ($0 <= 1 ? 1.0 : 0.0) }
        var base = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let direct: Double = hostility[i] + reach[i] + dependence[i] + standing[i]
            base[i] = direct / 4
        }
        let partners = try Self.partnerIsolation(cooperative, base: base)
        let values: [IsolationMeasure: [Double]] = [
            .hostileReach: hostility, .cooperativeReach: reach, .dependence: dependence,
            .partnerIsolation: partners, .signed: standing,
        ]
        self.values = values

        var unranked: [(i: Int, score: Double, components: [IsolationComponent])] = []
        for i in 0..<n {
            let components = IsolationMeasure.allCases.map { m in
                IsolationComponent(measure: m, value: values[m]![i], weightInComposite: normalized[m]!)
            }
            let score = Swift.min(1, Swift.max(0, components.reduce(0) { $0 + $1.contribution }))
            unranked.append((i, score, components))
        }
        unranked.sort { $0.score != $1.score ? $0.score > $1.score : cooperative.ids[$0.i] < cooperative.ids[$1.i] }
        var positions = [Int](repeating: 0, count: n)
        for (position, entry) in unranked.enumerated() { positions[entry.i] = position }
        self.positions = positions
        scores = unranked.enumerated().map { position, entry in
            let i = entry.i
            let ties = signed.ties[i].map { IsolationTie(edge: graph.edges[$0.edge], states: $0.states) }
            return IsolationScore(
                id: cooperative.ids[i], label: cooperative.labels[i], kind: cooperative.kinds[i],
                score: entry.score, rank: position + 1, components: entry.components, ties: ties,
                hostileStates: hostileStates[i].sorted(), cooperativeStates: cooperativeStates[i].sorted(),
                worldSize: signed.worldSize(for: i))
        }
    }

    /// The score of one node, or `nil` when the report has no such node (at the country level, a leader
    /// folded into its country has none: look up the country). O(log n).
    public func score(of id: ActorID) -> IsolationScore? {
        cooperative.index(of: id).map { scores[positions[$0]] }
    }

    /// The scores of the nodes of the given kinds, most isolated first.
    public func ranking(kinds: Set<ActorKind> = Set(ActorKind.allCases)) -> [IsolationScore] {
        scores.filter { kinds.contains($0.kind) }
    }

    /// The fixed point of `p = W ((1 − α) b + α p)` (with `(W x)_i = 1` for a node with no partner), by
    /// Jacobi iteration; a contraction of factor α.
    static func partnerIsolation(_ g: AnalysisGraph, base: [Double], maxIterations: Int = 10_000)
        throws(MetricError) -> [Double]
    {
        let n = g.nodeCount
        let alpha = partnerDamping
        let strength = g.nodeStrengths()
        var p = [Double](repeating: 1, count: n)
        var next = p
        for _ in 0..<maxIterations {
            var change = 0.0
            for i in 0..<n {
                var mean = 1.0
                if strength[i] > 0 {
                    mean = 0
                    for k in g.adjacency(of: i) {
                        let j = Int(g.neighbors[k])
                        mean += g.strengths[k] * ((1 - alpha) * base[j] + alpha * p[j])
                    }
                    mean /= strength[i]
                }
                next[i] = mean
                change = Swift.max(change, abs(next[i] - p[i]))
            }
            swap(&p, &next)
            if change < 1e-13 { return p.map { Swift.min(1, Swift.max(0, $0)) } }
        }
        throw .isolationFailedToConverge(measure: .partnerIsolation, iterations: maxIterations)
    }
}

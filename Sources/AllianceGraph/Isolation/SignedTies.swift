/// The ties of an alliance graph that isolation measures read, on the nodes of its cooperative
/// projection: who is hostile to whom and who cooperates with whom, in actors and in the states they
/// stand for (``StateMembership``).
///
/// The rules follow ``AnalysisGraph/init(projecting:options:)``: at the country level leaders are folded
/// into the countries they lead; planned ties count only with ``AnalysisOptions/includePlanned``;
/// ties that fold into a self-loop are dropped; structural ties are left out except `leads` at the actor
/// level (a cooperative tie of strength 1, as in the projection).
///
/// Hostility counts for its target only (a mutual hostile tie for both ends); cooperation counts for both
/// ends, whatever its direction. The states behind an act toward a node never include the node's own
/// state (the UN's sanctions against North Korea stand for the 192 other member states).
struct _SignedTies {
    /// Per node: the states behind hostile acts it receives, each with the id of an actor whose act
    /// brought it in, split into direct acts (a country, its leader, an actor without known members) and
    /// acts of organizations and groups the state belongs to.
    var hostileDirect: [Set<ActorID>]
    var hostileByMembership: [Set<ActorID>]
    var cooperativeDirect: [Set<ActorID>]
    var cooperativeByMembership: [Set<ActorID>]
    /// Per node: `(from, weight × states)` summed per acting node, for cooperative ties received (both
    /// ends of a cooperative tie receive it) and hostile ties received; sorted by node.
    var positive: [[(node: Int, weight: Double)]]
    var negative: [[(node: Int, weight: Double)]]
    /// Per node: the counted ties touching it, as (index in `graph.edges`, number of states on the
    /// other end that the tie stands for toward this node).
    var ties: [[(edge: Int, states: Int)]]
    /// Per node: its own states (itself, and the country of a leader), never counted for it.
    var own: [Set<ActorID>]
    /// Every state or actor that can take a side: ``StateMembership/states`` and whatever a node of the
    /// graph stands for.
    var world: Set<ActorID>

    init(graph: Graph, options: AnalysisOptions, nodes: AnalysisGraph, membership: StateMembership = .none) {
        let n = nodes.nodeCount
        var hostileDirect = Array(repeating: Set<ActorID>(), count: n)
        var hostileByMembership = hostileDirect
        var cooperativeDirect = hostileDirect
        var cooperativeByMembership = hostileDirect
        var ties = Array(repeating: [(edge: Int, states: Int)](), count: n)
        let own = nodes.ids.map { id in
            var mine: Set<ActorID> = [id]
            if let node = graph.node(id), node.kind == .leader, let country = node.country { mine.insert(country) }
            return mine
        }
        var world = membership.states
        for node in graph.nodes { world.formUnion(membership.states(behind: node.id, in: graph)) }
        var positiveRows = Array(repeating: [Int: Double](), count: n)
        var negativeRows = positiveRows
        let folded = { (id: ActorID) in AnalysisGraph.fold(id, in: graph, level: options.level) }
        for (e, edge) in graph.edges.enumerated() {
            let weight: Double
            switch edge.type {
            case .leads where options.level == .actor: weight = 1
            case .leads, .memberOf: continue
            case _ where !edge.isPlanned || options.includePlanned: weight = edge.weight
            default: continue
            }
            guard weight > 0, let u = nodes.index(of: folded(edge.source)),
                let v = nodes.index(of: folded(edge.target)), u != v
            else { continue }
            let cooperative = edge.polarity == .cooperative || edge.type == .leads
            let hostile = edge.polarity == .hostile
            // `actor` acts toward node `t`: the states behind it, less t's own.
            func behind(_ actor: ActorID, toward t: Int) -> Set<ActorID> {
                membership.states(behind: actor, in: graph).subtracting(own[t])
            }
            let towardV = behind(edge.source, toward: v)
            let towardU = behind(edge.target, toward: u)
            ties[u].append((e, towardU.count))
            ties[v].append((e, towardV.count))
            if cooperative {
                for (t, from, actor, states) in [(v, u, edge.source, towardV), (u, v, edge.target, towardU)] {
                    if membership.actsDirectly(actor) {
                        cooperativeDirect[t].formUnion(states)
                    } else {
                        cooperativeByMembership[t].formUnion(states)
                    }
                    positiveRows[t][from, default: 0] += weight * Double(Swift.max(1, states.count))
                }
            } else if hostile {
                var receivers = [(v, u, edge.source, towardV)]
                if edge.isMutual { receivers.append((u, v, edge.target, towardU)) }
                for (t, from, actor, states) in receivers {
                    if membership.actsDirectly(actor) {
                        hostileDirect[t].formUnion(states)
                    } else {
                        hostileByMembership[t].formUnion(states)
                    }
                    negativeRows[t][from, default: 0] += weight * Double(Swift.max(1, states.count))
                }
            }
        }
        let sortedRow = { (row: [Int: Double]) in row.keys.sorted().map { (node: $0, weight: row[$0]!) } }
        self.hostileDirect = hostileDirect
        self.hostileByMembership = hostileByMembership
        self.cooperativeDirect = cooperativeDirect
        self.cooperativeByMembership = cooperativeByMembership
        self.ties = ties
        self.own = own
        self.world = world
        positive = positiveRows.map(sortedRow)
        negative = negativeRows.map(sortedRow)
    }

    /// The states hostile to node `t`: those acting directly, and the members of hostile organizations
    /// and groups, except members that cooperate with `t` directly (direct evidence comes first).
    func hostileStates(_ t: Int) -> Set<ActorID> {
        hostileDirect[t].union(hostileByMembership[t].subtracting(cooperativeDirect[t]))
    }

    /// The states cooperating with node `t`, by the same rule.
    func cooperativeStates(_ t: Int) -> Set<ActorID> {
        cooperativeDirect[t].union(cooperativeByMembership[t].subtracting(hostileDirect[t]))
    }

    /// The number of states or actors that could take a side toward node `t`: the world less `t`'s own.
    func worldSize(for t: Int) -> Int {
        world.count - own[t].intersection(world).count
    }
}

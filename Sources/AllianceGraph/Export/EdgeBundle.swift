/// The ties between two actors that a diagram draws as one edge: same pair of actors (in either
/// direction, mutual or not), same category (polarity, or structural) and same plannedness.
///
/// One line per pair and polarity keeps a dense diagram readable (Russia and North Korea have seven
/// kinds of cooperative tie in the seeds); arrowheads keep the directions: at the target when some tie
/// goes source → target, at the source when some goes the other way, none when every tie is mutual.
/// The bundle is oriented so that a one-way bundle points the way its ties go; otherwise the smaller
/// id is the source.
struct EdgeBundle: Sendable {
    var source: ActorID
    var target: ActorID
    var category: EdgeCategory
    var planned: Bool
    /// The bundled edges, in key order (so by source, target, then event type).
    var edges: [Edge]

    /// The bundles of `graph`, in key order: source, target, category, planned.
    /// - Complexity: O(|E| log |E|).
    static func bundles(of graph: Graph, includePlanned: Bool) -> [EdgeBundle] {
        var index: [BundleKey: Int] = [:]
        var bundles: [EdgeBundle] = []
        for edge in graph.edges where includePlanned || !edge.isPlanned {
            let category = EdgeCategory(edge.type)
            let (low, high) = edge.source < edge.target ? (edge.source, edge.target) : (edge.target, edge.source)
            let key = BundleKey(source: low, target: high, category: category, planned: edge.isPlanned)
            if let i = index[key] {
                bundles[i].edges.append(edge)
            } else {
                index[key] = bundles.count
                bundles.append(EdgeBundle(source: low, target: high, category: category, planned: edge.isPlanned, edges: [edge]))
            }
        }
        for i in bundles.indices where bundles[i].backward && !bundles[i].forward {
            (bundles[i].source, bundles[i].target) = (bundles[i].target, bundles[i].source)
        }
        return bundles.sorted { $0.key < $1.key }
    }

    var key: BundleKey { BundleKey(source: source, target: target, category: category, planned: planned) }

    /// Whether some tie goes from ``source`` to ``target`` (not mutual).
    var forward: Bool { edges.contains { !$0.isMutual && $0.source == source } }
    /// Whether some tie goes from ``target`` to ``source`` (not mutual).
    var backward: Bool { edges.contains { !$0.isMutual && $0.source == target } }
    /// Whether every bundled tie is mutual: the edge is drawn without arrowheads.
    var mutual: Bool { !forward && !backward }
    /// Whether some bundled tie is mutual.
    var hasMutual: Bool { edges.contains(where: \.isMutual) }

    /// The summed weight of the bundled edges.
    var weight: Double { edges.reduce(0) { $0 + $1.weight } }

    /// Whether any bundled tie is material (arms, troops, sanctions, attacks) rather than verbal.
    var isMaterial: Bool { category == .structural || edges.contains { $0.type.quadClass.isMaterial } }

    /// The distinct quad classes of the bundled ties, in declaration order.
    var quadClasses: [QuadClass] {
        QuadClass.allCases.filter { q in edges.contains { $0.type.quadClass == q } }
    }

    /// The distinct event types, in PLOVER order.
    var types: [EventType] { EventType.allCases.filter { t in edges.contains { $0.type == t } } }

    /// The event types, joined by ", " and wrapped after about 24 characters; "(planned)" when planned.
    var label: String {
        var lines: [String] = []
        var current = ""
        for name in types.map(\.displayName) {
            if current.isEmpty {
                current = name
            } else if current.count + 2 + name.count <= 24 {
                current += ", " + name
            } else {
                lines.append(current + ",")
                current = name
            }
        }
        lines.append(current)
        if planned { lines[lines.count - 1] += " (planned)" }
        return lines.joined(separator: "\n")
    }

    /// The symbol between the two actors: "–" mutual only, "→" one way, "⇄" both ways.
    var arrow: String { mutual ? "–" : forward && backward ? "⇄" : forward ? "→" : "–" }

    /// Who to whom; the types of each direction (mutual, source → target, target → source); the polarity,
    /// weight and amount of evidence; and the first supporting sentence (cut to 200 characters).
    func tooltip(in graph: Graph) -> String {
        let name = { (id: ActorID) in graph.node(id)?.label ?? id.rawValue }
        let (from, to) = (name(source), name(target))
        var lines = ["\(from) \(category == .structural ? "–" : arrow) \(to)"]
        let groups: [(String, [Edge])] = [
            ("mutual", edges.filter(\.isMutual)),
            ("\(from) → \(to)", edges.filter { !$0.isMutual && $0.source == source }),
            ("\(to) → \(from)", edges.filter { !$0.isMutual && $0.source == target }),
        ].filter { !$0.1.isEmpty }
        for (direction, ties) in groups {
            let types = EventType.allCases.filter { t in ties.contains { $0.type == t } }.map(\.displayName)
            let text = types.joined(separator: ", ") + (planned ? " (planned)" : "")
            lines.append(groups.count == 1 && category != .structural && direction != "mutual" ? text : "\(direction): \(text)")
        }
        let mentions = edges.reduce(0) { $0 + $1.evidence.count }
        lines.append("\(category.name) · weight \(DOTText.fixed(weight, 2)) · \(mentions) mention\(mentions == 1 ? "" : "s")")
        if let sentence = edges.lazy.compactMap({ $0.evidence.first?.sentence }).first {
            let cut = sentence.count > 200 ? String(sentence.prefix(199)) + "…" : sentence
            lines.append("“\(cut)”")
        }
        return lines.joined(separator: "\n")
    }
}

struct BundleKey: Hashable, Comparable {
    var source: ActorID
    var target: ActorID
    var category: EdgeCategory
    var planned: Bool

    static func < (lhs: BundleKey, rhs: BundleKey) -> Bool {
        (lhs.source, lhs.target, lhs.category, lhs.planned ? 1 : 0)
            < (rhs.source, rhs.target, rhs.category, rhs.planned ? 1 : 0)
    }
}

extension EventType {
    /// The type as a diagram writes it: `member_of` as "member of".
    var displayName: String { self == .memberOf ? "member of" : rawValue }
}

/// The ties between two actors that a diagram draws as one edge: same source, target, category
/// (polarity, or structural), mutuality and plannedness.
struct EdgeBundle {
    var source: ActorID
    var target: ActorID
    var category: EdgeCategory
    var mutual: Bool
    var planned: Bool
    /// The bundled edges, in key order (so by event type).
    var edges: [Edge]

    /// The bundles of `graph`, in key order: source, target, category, mutual, planned.
    /// - Complexity: O(|E| log |E|).
    static func bundles(of graph: Graph, includePlanned: Bool) -> [EdgeBundle] {
        var index: [BundleKey: Int] = [:]
        var bundles: [EdgeBundle] = []
        for edge in graph.edges where includePlanned || !edge.isPlanned {
            let category = EdgeCategory(edge.type)
            let key = BundleKey(
                source: edge.source, target: edge.target, category: category, mutual: edge.isMutual,
                planned: edge.isPlanned)
            if let i = index[key] {
                bundles[i].edges.append(edge)
            } else {
                index[key] = bundles.count
                bundles.append(EdgeBundle(
                    source: edge.source, target: edge.target, category: category, mutual: edge.isMutual,
                    planned: edge.isPlanned, edges: [edge]))
            }
        }
        return bundles.sorted { $0.key < $1.key }
    }

    var key: BundleKey {
        BundleKey(source: source, target: target, category: category, mutual: mutual, planned: planned)
    }

    /// The summed weight of the bundled edges.
    var weight: Double { edges.reduce(0) { $0 + $1.weight } }

    /// Whether any bundled tie is material (arms, troops, sanctions, attacks) rather than verbal.
    var isMaterial: Bool { category == .structural || edges.contains { $0.type.quadClass.isMaterial } }

    /// The distinct quad classes of the bundled ties, in declaration order.
    var quadClasses: [QuadClass] {
        QuadClass.allCases.filter { q in edges.contains { $0.type.quadClass == q } }
    }

    /// The event types, joined by ", " and wrapped after about 24 characters; "(planned)" when planned.
    var label: String {
        var lines: [String] = []
        var current = ""
        for name in edges.map(\.type.displayName) {
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

    /// Who to whom, the types, the weight, how much evidence, and the first supporting sentence
    /// (cut to 200 characters).
    func tooltip(in graph: Graph) -> String {
        let from = graph.node(source)?.label ?? source.rawValue
        let to = graph.node(target)?.label ?? target.rawValue
        var lines = ["\(from) \(mutual || category == .structural ? "–" : "→") \(to)"]
        var types = edges.map(\.type.displayName).joined(separator: ", ")
        if planned { types += " (planned)" }
        lines.append("\(types) · \(category.name)")
        let mentions = edges.reduce(0) { $0 + $1.evidence.count }
        lines.append("weight \(DOTText.fixed(weight, 2)) · \(mentions) mention\(mentions == 1 ? "" : "s")")
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
    var mutual: Bool
    var planned: Bool

    static func < (lhs: BundleKey, rhs: BundleKey) -> Bool {
        (lhs.source, lhs.target, lhs.category, lhs.mutual ? 1 : 0, lhs.planned ? 1 : 0)
            < (rhs.source, rhs.target, rhs.category, rhs.mutual ? 1 : 0, rhs.planned ? 1 : 0)
    }
}

extension EventType {
    /// The type as a diagram writes it: `member_of` as "member of".
    var displayName: String { self == .memberOf ? "member of" : rawValue }
}

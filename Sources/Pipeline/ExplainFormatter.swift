import AllianceGraph

/// `alliance explain`: the evidence behind the edges of one entity or one pair, grouped by edge type.
public struct ExplainFormatter {
    public let snapshot: Snapshot

    public init(snapshot: Snapshot) {
        self.snapshot = snapshot
    }

    public func explain(_ a: ActorID, _ b: ActorID?) -> String {
        let graph = snapshot.graph
        let edges = b.map { graph.edges(between: a, and: $0) } ?? graph.edges(touching: a)
        let label = { (id: ActorID) in graph.node(id)?.label ?? id.rawValue }
        var out = b.map { "Evidence between \(label(a)) (\(a)) and \(label($0)) (\($0)): \(edges.count) edge(s)\n" }
            ?? "Evidence for \(label(a)) (\(a)): \(edges.count) edge(s)\n"
        let docs = Dictionary(uniqueKeysWithValues: snapshot.documents.map { ($0.id, $0) })
        for type in EventType.allCases {
            let ofType = edges.filter { $0.type == type }
            guard !ofType.isEmpty else { continue }
            out += "\n\(type.rawValue) (\(type.polarity.rawValue), \(type.quadClass.rawValue.replacingOccurrences(of: "_", with: " ")))\n"
            for e in ofType {
                let arrow = e.isMutual ? "<->" : "->"
                out += "  \(label(e.source)) \(arrow) \(label(e.target))\(e.isPlanned ? " [planned]" : "")"
                out += "  weight \(TextFormatting.fixed(e.weight, 3)), \(e.sources) independent source(s), \(e.evidence.count) mention(s)\n"
                for ev in e.evidence {
                    let story = docs[ev.document].map { $0.story == $0.id ? "" : " (copy of \($0.story), similarity \(TextFormatting.fixed($0.storySimilarity, 2)))" } ?? ""
                    out += "    [\(ev.document):\(ev.start)-\(ev.end)\(story)] cue \"\(ev.cue)\"\n      \(ev.sentence)\n"
                }
            }
        }
        return out
    }
}

import AllianceGraph

/// Output formats of `alliance compare`.
public enum ComparisonFormat: String, CaseIterable, Sendable { case text, markdown, json }

/// Writes a ``SnapshotComparison`` for people (text, Markdown) or programs (JSON, docs/comparison.md).
public struct ComparisonFormatter {
    public let comparison: SnapshotComparison
    public let old: Snapshot
    public let new: Snapshot

    public init(comparison: SnapshotComparison, old: Snapshot, new: Snapshot) {
        self.comparison = comparison
        self.old = old
        self.new = new
    }

    public func format(_ format: ComparisonFormat) -> String {
        switch format {
        case .json: json()
        case .markdown: markdown()
        case .text: markdown(plain: true)
        }
    }

    private func label(_ id: ActorID) -> String {
        new.graph.node(id)?.label ?? old.graph.node(id)?.label ?? id.rawValue
    }

    func describe(_ c: SnapshotComparison.EdgeChange) -> String {
        let arrow = c.key.mutual ? "↔" : "→"
        let type = c.key.type.rawValue + (c.key.planned ? " (planned)" : "")
        return "\(label(c.key.source)) \(arrow) \(label(c.key.target)): \(type)"
    }

    /// One line on why an isolation score moved: its largest contributions and changed ties.
    public func reason(_ change: SnapshotComparison.IsolationChange) -> String {
        let verb = change.delta < 0 ? "fell" : "rose"
        let measures = change.contributions.filter { abs($0.delta) > 1e-6 }
            .sorted { abs($0.delta) > abs($1.delta) }.prefix(2)
            .map { "\($0.measure.rawValue.replacingOccurrences(of: "_", with: " ")) \($0.delta > 0 ? "+" : "")\(TextFormatting.fixed($0.delta, 3))" }
        let ties = change.reasons.prefix(3).map { "\($0.kind.rawValue) \(describe($0))" }
        var text = "\(change.label)'s isolation \(verb) by \(TextFormatting.fixed(abs(change.delta), 3))"
        if change.old == nil { text = "\(change.label) appears with isolation \(TextFormatting.fixed(change.new ?? 0, 3))" }
        if change.new == nil { text = "\(change.label) is gone (isolation was \(TextFormatting.fixed(change.old ?? 0, 3)))" }
        if !measures.isEmpty { text += " (\(measures.joined(separator: ", ")))" }
        if !ties.isEmpty { text += ": " + ties.joined(separator: "; ") }
        return text
    }

    func markdown(plain: Bool = false) -> String {
        let md = { (s: String) in plain ? s : TextFormatting.markdown(s) }
        let h = { (level: Int, s: String) in plain ? s + "\n" + String(repeating: level == 1 ? "=" : "-", count: s.count) : String(repeating: "#", count: level) + " " + s }
        let c = comparison
        var out = h(1, "What changed") + "\n\n"
        out += "- old: \(old.documents.count) documents\(old.dateRange.map { ", \($0.lowerBound) to \($0.upperBound)" } ?? ""), \(old.graph.nodes.count) actors, \(old.graph.edges.count) ties\n"
        out += "- new: \(new.documents.count) documents\(new.dateRange.map { ", \($0.lowerBound) to \($0.upperBound)" } ?? ""), \(new.graph.nodes.count) actors, \(new.graph.edges.count) ties\n\n"
        out += h(2, "Actors") + "\n\n"
        out += "- added: " + (c.addedNodes.isEmpty ? "none" : c.addedNodes.map { md("\($0.label) (\($0.id))") }.joined(separator: ", ")) + "\n"
        out += "- removed: " + (c.removedNodes.isEmpty ? "none" : c.removedNodes.map { md("\($0.label) (\($0.id))") }.joined(separator: ", ")) + "\n\n"
        for kind in [SnapshotComparison.EdgeChangeKind.added, .removed, .strengthened, .weakened] {
            let list = c.edges(kind).filter { !$0.key.type.isStructural }
            out += h(2, "Ties \(kind.rawValue) (\(list.count))") + "\n\n"
            for e in list {
                out += "- " + md(describe(e)) + ", weight \(TextFormatting.fixed(e.old?.weight ?? 0, 3)) → \(TextFormatting.fixed(e.new?.weight ?? 0, 3))\n"
                if kind == .added, let ev = e.new?.evidence.first {
                    out += "  - " + md("[\(ev.document)] \(ev.sentence)") + "\n"
                }
            }
            out += "\n"
        }
        out += h(2, "Isolation") + "\n\n"
        for change in c.isolation.prefix(15) { out += "- " + md(reason(change)) + "\n" }
        out += "\n" + h(2, "Centrality rank changes") + "\n\n"
        for r in c.ranks.filter({ $0.oldRank != $0.newRank }).prefix(20) {
            out += "- " + md("\(label(r.id)) \(r.metric.rawValue): rank \(r.oldRank.map(String.init) ?? "–") → \(r.newRank.map(String.init) ?? "–")") + "\n"
        }
        return out
    }

    func json() -> String {
        let s = TextFormatting.jsonString
        let n = TextFormatting.jsonNumber
        let c = comparison
        func node(_ x: Node) -> String { "{\"id\": \(s(x.id.rawValue)), \"label\": \(s(x.label)), \"kind\": \(s(x.kind.rawValue))}" }
        func edge(_ e: SnapshotComparison.EdgeChange) -> String {
            var f = [
                "\"source\": \(s(e.key.source.rawValue))", "\"target\": \(s(e.key.target.rawValue))",
                "\"key\": \(s(e.key.name))", "\"type\": \(s(e.key.type.rawValue))", "\"change\": \(s(e.kind.rawValue))",
                "\"old_weight\": \(e.old.map { n($0.weight) } ?? "null")", "\"new_weight\": \(e.new.map { n($0.weight) } ?? "null")",
            ]
            if e.kind == .added, let ev = e.new?.evidence {
                f.append("\"evidence\": [" + ev.map { "{\"document\": \(s($0.document)), \"start\": \($0.start), \"end\": \($0.end), \"sentence\": \(s($0.sentence))}" }.joined(separator: ", ") + "]")
            }
            return "{" + f.joined(separator: ", ") + "}"
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n      " + items.joined(separator: ",\n      ") + "\n    ]" }
        let changed = c.edges.filter { $0.kind == .strengthened || $0.kind == .weakened }
        let ranks = c.ranks.map { r in
            "{\"id\": \(s(r.id.rawValue)), \"metric\": \(s(r.metric.rawValue)), \"old\": \(r.old.map(n) ?? "null"), \"new\": \(r.new.map(n) ?? "null"), \"old_rank\": \(r.oldRank.map(String.init) ?? "null"), \"new_rank\": \(r.newRank.map(String.init) ?? "null")}"
        }
        let iso = c.isolation.map { i in
            let contributions = i.contributions.map { "\(s($0.measure.rawValue)): \(n(EdgeWeighting.round6($0.delta)))" }.joined(separator: ", ")
            return "{\"id\": \(s(i.id.rawValue)), \"old\": \(i.old.map(n) ?? "null"), \"new\": \(i.new.map(n) ?? "null"), \"delta\": \(n(EdgeWeighting.round6(i.delta))), \"contributions\": {\(contributions)}, \"reason\": \(s(reason(i)))}"
        }
        return """
            {
              "schema": "alliance-comparison/1",
              "nodes": {
                "added": \(list(c.addedNodes.map(node))),
                "removed": \(list(c.removedNodes.map(node)))
              },
              "edges": {
                "added": \(list(c.edges(.added).map(edge))),
                "removed": \(list(c.edges(.removed).map(edge))),
                "changed": \(list(changed.map(edge)))
              },
              "metrics": {
                "changed": \(list(ranks))
              },
              "isolation": \(list(iso))
            }

            """
    }
}

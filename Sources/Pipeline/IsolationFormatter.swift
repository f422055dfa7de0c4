import AllianceGraph

/// Writes isolation rankings and their explanations.
public struct IsolationFormatter {
    public let report: IsolationReport

    public init(report: IsolationReport) {
        self.report = report
    }

    /// The Markdown ranking written to Output/isolation.md.
    public func markdown(title: String, kinds: Set<ActorKind> = [.country]) -> String {
        let measures = IsolationMeasure.allCases
        var out = "# \(TextFormatting.markdown(title))\n\n"
        out += "Composite isolation score in [0, 1] (1 = most isolated): the weighted mean of the measures below, "
        out += "each in [0, 1]. Definitions and references: docs/metrics.md. Level: \(report.options.level.rawValue); "
        out += "planned ties \(report.options.includePlanned ? "counted" : "not counted").\n\n"
        out += "| rank | actor | id | score | " + measures.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: " | ") + " |\n"
        out += "|---:|---|---|---:|" + String(repeating: "---:|", count: measures.count) + "\n"
        for (i, s) in report.ranking(kinds: kinds).enumerated() {
            out += "| \(i + 1) | \(TextFormatting.markdown(s.label)) | \(s.id) | \(TextFormatting.fixed(s.score, 3)) | "
            out += measures.map { TextFormatting.fixed(s.component($0).value, 3) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A plain-text explanation of one score: each measure's value and contribution, the states behind
    /// the hostility and the cooperation, then the ties (those standing for the most states first).
    public func explain(_ score: IsolationScore, maxTies: Int = 12, maxStates: Int = 12) -> String {
        var out = "\(score.label) (\(score.id)): isolation \(TextFormatting.fixed(score.score, 3)), rank \(score.rank)\n"
        let rows = score.components.map { c in
            [c.measure.rawValue, TextFormatting.fixed(c.value, 3), TextFormatting.fixed(c.weightInComposite, 3),
             TextFormatting.fixed(c.contribution, 3)]
        }
        out += TextFormatting.table(header: ["measure", "value", "weight", "contribution"], rows: rows, rightAligned: [1, 2, 3])
        func list(_ ids: [ActorID]) -> String {
            guard !ids.isEmpty else { return "" }
            let shown = ids.prefix(maxStates).map(\.rawValue).joined(separator: ", ")
            return ": " + shown + (ids.count > maxStates ? ", ... and \(ids.count - maxStates) more" : "")
        }
        out += "hostile states: \(score.hostileStates.count) of \(score.worldSize)\(list(score.hostileStates))\n"
        out += "cooperating states: \(score.cooperativeStates.count) of \(score.worldSize)\(list(score.cooperativeStates))\n"
        if !score.tiesByReach.isEmpty {
            out += "ties behind it (by weight × states they stand for):\n"
            for tie in score.tiesByReach.prefix(maxTies) {
                let e = tie.edge
                let arrow = e.isMutual ? "<->" : "->"
                let states = tie.states == 1 ? "1 state" : "\(tie.states) states"
                out += "  \(e.source) \(arrow) \(e.target)  \(e.key.name)  \(e.polarity.rawValue)  weight \(TextFormatting.fixed(e.weight, 3))  sources \(e.sources)  \(states)\n"
            }
            if score.tiesByReach.count > maxTies { out += "  ... and \(score.tiesByReach.count - maxTies) more\n" }
        }
        return out
    }
}

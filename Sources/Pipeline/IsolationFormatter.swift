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

    /// A plain-text explanation of one score: each measure's value and contribution, then the ties.
    public func explain(_ score: IsolationScore, maxTies: Int = 12) -> String {
        var out = "\(score.label) (\(score.id)): isolation \(TextFormatting.fixed(score.score, 3)), rank \(score.rank)\n"
        let rows = score.components.map { c in
            [c.measure.rawValue, TextFormatting.fixed(c.value, 3), TextFormatting.fixed(c.weightInComposite, 3),
             TextFormatting.fixed(c.contribution, 3)]
        }
        out += TextFormatting.table(header: ["measure", "value", "weight", "contribution"], rows: rows, rightAligned: [1, 2, 3])
        if !score.ties.isEmpty {
            out += "ties behind it (heaviest first):\n"
            for e in score.ties.prefix(maxTies) {
                let arrow = e.isMutual ? "<->" : "->"
                out += "  \(e.source) \(arrow) \(e.target)  \(e.key.name)  \(e.polarity.rawValue)  weight \(TextFormatting.fixed(e.weight, 3))  sources \(e.sources)\n"
            }
            if score.ties.count > maxTies { out += "  ... and \(score.ties.count - maxTies) more\n" }
        }
        return out
    }
}

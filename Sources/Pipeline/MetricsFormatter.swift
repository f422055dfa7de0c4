import AllianceGraph

/// Output formats of `alliance metrics`.
public enum MetricsFormat: String, CaseIterable, Sendable { case table, csv, json }

/// Writes a centrality table (plus the isolation score) in a chosen format.
public struct MetricsFormatter {
    public let table: CentralityTable
    public let isolation: IsolationReport?
    /// The level the snapshot was analyzed at (written in JSON); `nil` for graphs that are not snapshots.
    public let level: AnalysisLevel?
    /// Whether to write each node's kind (snapshots; other graphs have none).
    public let showsKind: Bool

    public init(table: CentralityTable, isolation: IsolationReport?, level: AnalysisLevel? = nil, showsKind: Bool = true) {
        self.table = table
        self.isolation = isolation
        self.level = level ?? isolation?.options.level
        self.showsKind = showsKind
    }

    private var metrics: [Metric] { table.metrics }

    private func isolationValue(_ i: Int) -> Double? {
        isolation?.score(of: table.graph.ids[i])?.score
    }

    /// Nodes in id order.
    public func format(_ format: MetricsFormat) -> String {
        switch format {
        case .json: json()
        case .csv: csv()
        case .table: text()
        }
    }

    func json() -> String {
        let g = table.graph
        var out = "{"
        var first = true
        if let level {
            out += "\n  \"level\": " + TextFormatting.jsonString(level.rawValue)
            first = false
        }
        if let q = table.modularity {
            out += (first ? "\n" : ",\n") + "  \"modularity\": " + TextFormatting.jsonNumber(q)
            first = false
        }
        out += (first ? "\n" : ",\n") + "  \"nodes\": ["
        for i in 0..<g.nodeCount {
            var fields = [
                "\"id\": " + TextFormatting.jsonString(g.ids[i].rawValue),
                "\"label\": " + TextFormatting.jsonString(g.labels[i]),
            ]
            if showsKind { fields.append("\"kind\": " + TextFormatting.jsonString(g.kinds[i].rawValue)) }
            for m in metrics { fields.append("\"\(m.rawValue)\": " + TextFormatting.jsonNumber(table.values[m]![i])) }
            if let iso = isolationValue(i) { fields.append("\"isolation\": " + TextFormatting.jsonNumber(iso)) }
            out += (i == 0 ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}"
        }
        out += g.nodeCount == 0 ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    func csv() -> String {
        let g = table.graph
        var header = (showsKind ? ["id", "label", "kind"] : ["id", "label"]) + metrics.map(\.rawValue)
        if isolation != nil { header.append("isolation") }
        var out = header.joined(separator: ",") + "\n"
        for i in 0..<g.nodeCount {
            var row = (showsKind ? [g.ids[i].rawValue, g.labels[i], g.kinds[i].rawValue] : [g.ids[i].rawValue, g.labels[i]])
                .map(TextFormatting.csvCell)
            row += metrics.map { TextFormatting.jsonNumber(table.values[$0]![i]) }
            if isolation != nil { row.append(isolationValue(i).map(TextFormatting.jsonNumber) ?? "") }
            out += row.joined(separator: ",") + "\n"
        }
        return out
    }

    func text() -> String {
        let g = table.graph
        var header = ["id", "label"] + metrics.map(\.rawValue)
        if isolation != nil { header.append("isolation") }
        let rows = (0..<g.nodeCount).map { i -> [String] in
            var r = [g.ids[i].rawValue, g.labels[i]]
            r += metrics.map { m in
                m == .community || m == .coreNumber ? String(Int(table.values[m]![i])) : TextFormatting.fixed(table.values[m]![i])
            }
            if isolation != nil { r.append(isolationValue(i).map { TextFormatting.fixed($0) } ?? "") }
            return r
        }
        var out = TextFormatting.table(header: header, rows: rows, rightAligned: Set(2..<header.count))
        if let q = table.modularity { out += "\nmodularity of the blocs: \(TextFormatting.fixed(q))\n" }
        return out
    }
}

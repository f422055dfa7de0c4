import AllianceGraph
import Foundation

/// Writes a timeline as a CSV table (one row per window and actor) and as an SVG line chart.
public struct TimelineFormatter: Sendable {
    public let result: TimelineJob.Result

    public init(result: TimelineJob.Result) { self.result = result }

    /// The CSV table, long format for pandas, R and spreadsheets:
    /// `window,start,end,documents,entity,label,isolation,<metric>...`; a cell is empty where the actor
    /// is absent from the window's graph. Cells are quoted and neutralized against formula injection.
    public func csv() -> String {
        let c = TextFormatting.csvCell
        var lines = [(["window", "start", "end", "documents", "entity", "label", "isolation"] + result.metrics.map(\.rawValue)).joined(separator: ",")]
        for w in result.windows {
            for (id, label) in result.entities {
                let v = w.values[id]
                var row = [c(w.label), w.start ?? "", w.end ?? "", String(w.documents.count), c(id.rawValue), c(label)]
                row.append(v.map { TextFormatting.fixed($0.isolation, 6) } ?? "")
                for m in result.metrics { row.append(v?.metrics[m].map { TextFormatting.fixed($0, 6) } ?? "") }
                lines.append(row.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Chart

    /// Okabe & Ito (2008) colours, with a marker shape each, so that lines are told apart without colour.
    static let colors = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
    static let markers = ["circle", "square", "triangle", "diamond", "down", "cross", "circle", "square"]

    /// The SVG chart: one panel per series (isolation score, then each metric), windows on a shared time
    /// axis (days for day, week and month windows, so that gaps in coverage show; document order for
    /// document windows), one line and marker per actor, a legend on the right. A line breaks where an
    /// actor is absent from a window's graph.
    public func svg(title: String? = nil) -> String {
        let e = HTMLText.escape
        let series: [(name: String, value: (TimelineJob.Window, ActorID) -> Double?)] =
            [("isolation score", { w, id in w.values[id]?.isolation })]
            + result.metrics.map { m in (Self.metricName(m), { w, id in w.values[id]?.metrics[m] }) }
        let (left, right, top, panelHeight, gap, plotWidth) = (70.0, 210.0, 90.0, 200.0, 80.0, 640.0)
        let width = left + plotWidth + right
        let height = top + Double(series.count) * (panelHeight + gap) + 10
        let positions = result.windows.map { Double($0.position) }
        let (xMin, xMax) = (positions.min() ?? 0, positions.max() ?? 1)
        let x = { (p: Double) -> Double in
            xMax > xMin ? left + 10 + (p - xMin) / (xMax - xMin) * (plotWidth - 20) : left + plotWidth / 2
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.n(width))" height="\(Self.n(height))" viewBox="0 0 \(Self.n(width)) \(Self.n(height))" font-family="Helvetica, Arial, sans-serif">
            <rect width="100%" height="100%" fill="#FFFFFF"/>

            """
        let heading = title ?? "Over time, by \(result.grouping.rawValue)\(result.cumulative ? " (cumulative)" : "")"
        out += "<text x=\"\(Self.n(left))\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#1A1A1A\">\(e(heading))</text>\n"
        let docs = Set(result.windows.flatMap(\.documents)).count
        var sub = "\(result.windows.count) windows · \(docs) documents"
        if result.undated > 0 { sub += " · \(result.undated) undated left out" }
        out += "<text x=\"\(Self.n(left))\" y=\"48\" font-size=\"12\" fill=\"#555555\">\(e(sub))</text>\n"
        for (k, s) in series.enumerated() {
            let y0 = top + Double(k) * (panelHeight + gap)
            let values = result.windows.flatMap { w in result.entities.compactMap { s.value(w, $0.id) } }
            let yMax = s.name == "isolation score" ? 1.0 : Self.niceMax(values.max() ?? 1)
            let y = { (v: Double) -> Double in y0 + panelHeight - v / yMax * panelHeight }
            out += "<g class=\"panel\" id=\"panel-\(k)\">\n"
            out += "<text x=\"\(Self.n(left))\" y=\"\(Self.n(y0 - 10))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1A1A1A\">\(e(s.name))</text>\n"
            for t in 0...4 {
                let v = yMax * Double(t) / 4
                out += "<line x1=\"\(Self.n(left))\" x2=\"\(Self.n(left + plotWidth))\" y1=\"\(Self.n(y(v)))\" y2=\"\(Self.n(y(v)))\" stroke=\"#E5E5E5\"/>\n"
                out += "<text x=\"\(Self.n(left - 6))\" y=\"\(Self.n(y(v) + 4))\" font-size=\"10\" text-anchor=\"end\" fill=\"#555555\">\(Self.tick(v))</text>\n"
            }
            out += "<line x1=\"\(Self.n(left))\" x2=\"\(Self.n(left))\" y1=\"\(Self.n(y0))\" y2=\"\(Self.n(y0 + panelHeight))\" stroke=\"#333333\"/>\n"
            out += "<line x1=\"\(Self.n(left))\" x2=\"\(Self.n(left + plotWidth))\" y1=\"\(Self.n(y0 + panelHeight))\" y2=\"\(Self.n(y0 + panelHeight))\" stroke=\"#333333\"/>\n"
            // Window labels: at most 12, evenly spread.
            let step = max(1, (result.windows.count + 11) / 12)
            for (i, w) in result.windows.enumerated() where i % step == 0 || i == result.windows.count - 1 {
                let px = x(Double(w.position))
                let py = y0 + panelHeight + 14
                out += "<text x=\"\(Self.n(px))\" y=\"\(Self.n(py))\" font-size=\"10\" text-anchor=\"end\" fill=\"#555555\" transform=\"rotate(-30 \(Self.n(px)) \(Self.n(py)))\">\(e(w.label))</text>\n"
            }
            for (j, entity) in result.entities.enumerated() {
                let color = Self.colors[j % Self.colors.count]
                let dash = j >= Self.colors.count ? " stroke-dasharray=\"5 3\"" : ""
                var runs: [[(Double, Double)]] = [[]]
                for w in result.windows {
                    if let v = s.value(w, entity.id) { runs[runs.count - 1].append((x(Double(w.position)), y(v))) } else if !runs.last!.isEmpty { runs.append([]) }
                }
                out += "<g class=\"series\" id=\"s\(k)-\(DiagramElements.token(entity.id.rawValue))\"><title>\(e(entity.label)): \(e(s.name))</title>\n"
                for run in runs where run.count > 1 {
                    let points = run.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
                    out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>\n"
                }
                for run in runs { for (px, py) in run { out += Self.marker(Self.markers[j % Self.markers.count], x: px, y: py, color: color) } }
                out += "</g>\n"
            }
            out += "</g>\n"
        }
        // Legend.
        let lx = left + plotWidth + 30
        out += "<g class=\"legend\" id=\"legend\">\n<text x=\"\(Self.n(lx))\" y=\"\(Self.n(top - 10))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1A1A1A\">Actors</text>\n"
        for (j, entity) in result.entities.enumerated() {
            let ly = top + 10 + Double(j) * 22
            let color = Self.colors[j % Self.colors.count]
            out += "<line x1=\"\(Self.n(lx))\" x2=\"\(Self.n(lx + 28))\" y1=\"\(Self.n(ly))\" y2=\"\(Self.n(ly))\" stroke=\"\(color)\" stroke-width=\"2\"\(j >= Self.colors.count ? " stroke-dasharray=\"5 3\"" : "")/>\n"
            out += Self.marker(Self.markers[j % Self.markers.count], x: lx + 14, y: ly, color: color)
            out += "<text x=\"\(Self.n(lx + 36))\" y=\"\(Self.n(ly + 4))\" font-size=\"12\" fill=\"#1A1A1A\">\(e(entity.label))</text>\n"
        }
        out += "</g>\n</svg>\n"
        return out
    }

    static func metricName(_ m: Metric) -> String {
        switch m {
        case .pagerank: "PageRank"
        case .coreNumber: "k-core number"
        case .effectiveSize: "effective size"
        case .community: "bloc"
        default: m.rawValue + " centrality"
        }
    }

    private static func marker(_ shape: String, x: Double, y: Double, color: String) -> String {
        let r = 4.0
        switch shape {
        case "square":
            return "<rect x=\"\(n(x - r))\" y=\"\(n(y - r))\" width=\"\(n(2 * r))\" height=\"\(n(2 * r))\" fill=\"\(color)\"/>\n"
        case "triangle":
            return "<polygon points=\"\(n(x)),\(n(y - r - 1)) \(n(x - r - 1)),\(n(y + r)) \(n(x + r + 1)),\(n(y + r))\" fill=\"\(color)\"/>\n"
        case "down":
            return "<polygon points=\"\(n(x)),\(n(y + r + 1)) \(n(x - r - 1)),\(n(y - r)) \(n(x + r + 1)),\(n(y - r))\" fill=\"\(color)\"/>\n"
        case "diamond":
            return "<polygon points=\"\(n(x)),\(n(y - r - 1)) \(n(x + r + 1)),\(n(y)) \(n(x)),\(n(y + r + 1)) \(n(x - r - 1)),\(n(y))\" fill=\"\(color)\"/>\n"
        case "cross":
            return "<path d=\"M\(n(x - r)),\(n(y - r))L\(n(x + r)),\(n(y + r))M\(n(x - r)),\(n(y + r))L\(n(x + r)),\(n(y - r))\" stroke=\"\(color)\" stroke-width=\"2.5\"/>\n"
        default:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(color)\"/>\n"
        }
    }

    /// A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `x`.
    static func niceMax(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let p = pow(10, floor(log10(x)))
        for f in [1.0, 2, 5, 10] where f * p >= x { return f * p }
        return 10 * p
    }

    private static func tick(_ v: Double) -> String {
        v == v.rounded() && abs(v) >= 1 ? String(Int(v)) : String(format: "%.3g", v)
    }

    /// Coordinates with two decimals.
    private static func n(_ x: Double) -> String { String(format: "%.2f", x) }
}

import AllianceGraph
import Foundation

/// The report's "What changed" section: two snapshots compared (``ComparisonJob``), with the diff
/// diagram inline, the isolation moves with their reasons, and the changed ties with their evidence.
public struct ComparisonSection: Sendable {
    public var job: ComparisonJob
    /// The diff diagram as Graphviz wrote it (SVG).
    public var svg: Data
    /// Where the Markdown form of the comparison is, relative to the report (`comparison.md`).
    public var markdownLink: String?

    public init(job: ComparisonJob, svg: Data, markdownLink: String? = nil) {
        self.job = job
        self.svg = svg
        self.markdownLink = markdownLink
    }

    func html() -> String {
        let c = job.comparison
        let formatter = ComparisonFormatter(comparison: c, old: job.old, new: job.new)
        let e = HTMLText.escape
        var out = "<section id=\"comparison\">\n<h2>What changed</h2>\n<p class=\"note\">"
        out += e(ComparisonJob.describe(job.old, as: "Old snapshot") + "; " + ComparisonJob.describe(job.new, as: "new snapshot") + ". ")
        out += "Actors and ties are matched by id; a planned tie that came true shows as a removed planned tie and an added one."
        if let markdownLink { out += " Also as <a href=\"\(e(markdownLink))\">\(e(markdownLink))</a>." }
        out += "</p>\n<figure class=\"diagram\">\n" + HTMLReport.inlineSVG(svg) + "\n</figure>\n"
        out += "<h3>Isolation</h3>\n<ul>\n"
        for change in c.isolation.prefix(12) { out += "<li>\(e(formatter.reason(change)))</li>\n" }
        if c.isolation.isEmpty { out += "<li>No isolation score changed.</li>\n" }
        out += "</ul>\n"
        for kind in [SnapshotComparison.EdgeChangeKind.added, .removed, .strengthened, .weakened] {
            let list = c.edges(kind).filter { !$0.key.type.isStructural }
            out += "<h3>Ties \(kind.rawValue) (\(list.count))</h3>\n"
            guard !list.isEmpty else { continue }
            out += "<ul>\n"
            for change in list {
                let weights = "weight \(TextFormatting.fixed(change.old?.weight ?? 0, 3)) → \(TextFormatting.fixed(change.new?.weight ?? 0, 3))"
                out += "<li>\(e(formatter.describe(change))), \(e(weights))"
                if kind == .added, let ev = change.new?.evidence.first {
                    out += "<blockquote>\(e(ev.sentence)) <cite>[\(e(ev.document))]</cite></blockquote>"
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }
}

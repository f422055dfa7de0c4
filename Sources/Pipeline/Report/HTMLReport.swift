import AllianceGraph
import Foundation

/// The HTML report `alliance build` writes as `report.html`: the network diagram inline, the isolation
/// ranking with its decomposition, a sortable centrality table, the evidence behind every drawn edge,
/// the documents, and a place for the comparison of snapshots.
///
/// The page is one self-contained file that works offline: its style sheet and its one small script
/// are inline, and its Content-Security-Policy (`default-src 'none'`, the script allowed by its hash)
/// stops it from loading anything, or running any other script, even if some text slipped through.
/// Every text from the corpus is escaped (``HTMLText``). The same inputs give the same bytes: no date,
/// every list in a fixed order.
///
/// Anchors, shared with the diagram's links (``DiagramElements``):
/// - `ev_<source>_<target>_<polarity>[_mutual][_planned]`: a drawn edge's evidence (``DrawnEdge/evidenceAnchor``);
/// - `a_<id>`: a node's row in the centrality table (a leader folded into its country: in the country's row);
/// - `doc_<id>`: a document in the document list.
public struct HTMLReport {
    public var snapshot: Snapshot
    /// The graph the diagram draws, whole (at the level of the drawing, ``GraphView/level``): its drawn
    /// edges get the evidence entries the diagram links to.
    public var drawn: Graph
    /// The diagram as Graphviz wrote it (an SVG file); its links to `report.html#…` become links within the page.
    public var svg: Data
    public var centralities: CentralityTable
    public var isolation: IsolationReport
    /// The level the measures were computed at (for the notes).
    public var level: AnalysisLevel
    public var title: String?
    /// A note under the diagram, e.g. that it shows only the most central actors.
    public var diagramNote: String?
    /// Two snapshots compared (`alliance build --compare OLD NEW`); no section without it.
    public var comparison: ComparisonSection?

    public init(snapshot: Snapshot, drawn: Graph, svg: Data, centralities: CentralityTable, isolation: IsolationReport,
                level: AnalysisLevel, title: String? = nil, diagramNote: String? = nil, comparison: ComparisonSection? = nil) {
        self.comparison = comparison
        self.level = level
        self.snapshot = snapshot
        self.drawn = drawn
        self.svg = svg
        self.centralities = centralities
        self.isolation = isolation
        self.title = title
        self.diagramNote = diagramNote
    }

    /// The Content-Security-Policy of the page: nothing loads, styles inline, the one script by its hash.
    static var contentSecurityPolicy: String {
        let digest = SHA256Digest.base64(SHA256Digest.hash(Array(scriptElementText.utf8)))
        return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-\(digest)'"
    }

    /// The exact text of the `<script>` element, which the policy's hash covers.
    static let scriptElementText = "\n" + ReportAssets.script + "\n"

    public func html() -> String {
        let elements = DiagramElements(graph: drawn)
        let heading = title ?? "Alliance network"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)" />
            <title>\(HTMLText.escape(heading))</title>
            <style>
            \(ReportAssets.css)
            </style>
            </head>
            <body>
            <header class="top">
            <h1>\(HTMLText.escape(heading))</h1>
            <p class="sub">\(HTMLText.escape(subtitle))</p>
            <nav aria-label="Sections"><a href="#network">Network</a><a href="#isolation">Isolation ranking</a><a href="#centrality">Centrality</a><a href="#evidence">Evidence</a><a href="#documents">Documents</a>\(comparison == nil ? "" : "<a href=\"#comparison\">What changed</a>")</nav>
            </header>
            <main>

            """
        out += networkSection()
        out += isolationSection(elements)
        out += centralitySection(elements)
        out += evidenceSection(elements)
        out += documentSection()
        if let comparison { out += comparison.html() }
        out += """
            </main>
            <footer>Written by <code>alliance build</code>. Snapshot schema \(HTMLText.escape(Snapshot.schema))\(footerDetails).
            Definitions of the measures: docs/metrics.md; of the drawing: docs/diagrams.md.</footer>
            <script>\(Self.scriptElementText)</script>
            </body>
            </html>

            """
        return out
    }

    // MARK: Header

    private var subtitle: String {
        let documents = snapshot.documents.count
        var parts = ["\(documents) document\(documents == 1 ? "" : "s")"]
        if let range = snapshot.dateRange {
            parts.append(range.lowerBound == range.upperBound ? range.lowerBound : "\(range.lowerBound) – \(range.upperBound)")
        }
        parts.append("\(snapshot.graph.nodes.count) actors")
        parts.append("\(snapshot.graph.edges.count) ties")
        parts.append("measures: " + (level == .country ? "leaders folded into countries" : "every actor apart"))
        return parts.joined(separator: " · ")
    }

    private var footerDetails: String {
        var parts: [String] = []
        if !snapshot.lexiconVersion.isEmpty { parts.append("lexicon \(snapshot.lexiconVersion)") }
        for key in snapshot.parameters.keys.sorted() where key.hasSuffix("_version") {
            parts.append("\(key.replacingOccurrences(of: "_", with: " ")) \(snapshot.parameters[key]!)")
        }
        return parts.isEmpty ? "" : ", " + HTMLText.escape(parts.joined(separator: ", "))
    }

    // MARK: Network

    /// The SVG without its XML declaration, doctype and comments, with links into this page.
    static func inlineSVG(_ svg: Data) -> String {
        // One pass over the bytes: drop everything before `<svg` and every comment, retarget the links.
        let bytes = [UInt8](svg)
        let link = Array("xlink:href=\"\(RenderJob.reportLink)#".utf8)
        let local = Array("xlink:href=\"#".utf8)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<i + pattern.count].elementsEqual(pattern)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count && !matches(Array("<svg".utf8), at: i) { i += 1 }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") && matches(Array("<!--".utf8), at: i) {
                var j = i + 4
                while j < bytes.count && !matches(Array("-->".utf8), at: j) { j += 1 }
                i = min(j + 3, bytes.count)
            } else if bytes[i] == UInt8(ascii: "x") && matches(link, at: i) {
                out += local
                i += link.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func networkSection() -> String {
        var out = "<section id=\"network\">\n<h2>Network</h2>\n"
        out += "<p class=\"note\">Hover over a node or an edge for its details; click an edge for its evidence, a node for its row in the centrality table."
        if let diagramNote { out += " " + HTMLText.escape(diagramNote) }
        out += "</p>\n<figure class=\"diagram\">\n" + Self.inlineSVG(svg) + "\n</figure>\n</section>\n"
        return out
    }

    // MARK: Isolation

    private static func measureName(_ m: IsolationMeasure) -> String {
        m.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    private func isolationSection(_ elements: DiagramElements) -> String {
        let ranking = isolation.ranking(kinds: [.country])
        // The measures and their weights, as the scores list them.
        let components = ranking.first?.components ?? isolation.ranking().first?.components ?? []
        let measures = components.map(\.measure)
        let anchors = evidenceAnchors(elements)
        var out = "<section id=\"isolation\">\n<h2>Isolation ranking</h2>\n"
        out += "<p class=\"note\">Composite isolation score in [0, 1] (1 = most isolated) of each country: the weighted mean of the measures, each in [0, 1]. "
        out += "The bar shows what each measure adds to the score (value × weight); the numbers are the values. Open “ties” for the ties behind a score.</p>\n"
        out += "<p class=\"note\">"
        for (i, c) in components.enumerated() {
            let (m, w) = (c.measure, c.weightInComposite)
            out += "<span class=\"key m\(i)\"></span>\(HTMLText.escape(Self.measureName(m))) (weight \(TextFormatting.fixed(w, 2)))"
        }
        out += "</p>\n<div class=\"scroll\"><table class=\"sortable\" id=\"isolation-table\">\n<thead><tr>"
        out += "<th class=\"num\"><button type=\"button\">rank</button></th><th><button type=\"button\">country</button></th>"
        out += "<th class=\"num\"><button type=\"button\">score</button></th><th>contributions</th>"
        for m in measures { out += "<th class=\"num\"><button type=\"button\">\(HTMLText.escape(Self.measureName(m)))</button></th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (i, score) in ranking.enumerated() {
            out += "<tr data-i=\"\(i)\"><td class=\"num\" data-v=\"\(i + 1)\">\(i + 1)</td>"
            out += "<td class=\"name\">\(HTMLText.escape(score.label)) <span class=\"src\">\(HTMLText.escape(score.id.rawValue))</span>"
            if !score.ties.isEmpty {
                out += "<details><summary>ties (\(score.ties.count))</summary><ul class=\"ev\">"
                for tie in score.ties.prefix(20) {
                    let text = "\(label(tie.source)) \(tie.isMutual ? "–" : "→") \(label(tie.target)): \(tie.type.rawValue)"
                        + (tie.isPlanned ? " (planned)" : "") + ", weight \(TextFormatting.fixed(tie.weight, 2))"
                    if let anchor = anchors[tie.key] {
                        out += "<li><a href=\"#\(anchor)\">\(HTMLText.escape(text))</a></li>"
                    } else {
                        out += "<li>\(HTMLText.escape(text))</li>"
                    }
                }
                if score.ties.count > 20 { out += "<li>… and \(score.ties.count - 20) more</li>" }
                out += "</ul></details>"
            }
            out += "</td>"
            out += "<td class=\"num\" data-v=\"\(Self.number(score.score))\"><b>\(TextFormatting.fixed(score.score, 3))</b></td><td><div class=\"bar\">"
            for (k, c) in score.components.enumerated() where c.contribution > 0 {
                let k = measures.firstIndex(of: c.measure) ?? k
                out += "<span class=\"m\(k)\" style=\"width: \(TextFormatting.fixed(100 * c.contribution, 2))%\" title=\""
                out += "\(HTMLText.escape(Self.measureName(c.measure))): \(TextFormatting.fixed(c.value, 3)) × \(TextFormatting.fixed(c.weightInComposite, 2)) = \(TextFormatting.fixed(c.contribution, 3))\"></span>"
            }
            out += "</div></td>"
            for m in measures {
                let v = score.components.first { $0.measure == m }?.value ?? 0
                out += "<td class=\"num\" data-v=\"\(Self.number(v))\">\(TextFormatting.fixed(v, 3))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        return out
    }

    // MARK: Centrality

    private func centralitySection(_ elements: DiagramElements) -> String {
        let table = centralities
        let g = table.graph
        let metrics = table.metrics
        var folded: [ActorID: [Node]] = [:]
        for node in snapshot.graph.nodes where g.index(of: node.id) == nil {
            let home = snapshot.graph.countryLevelID(of: node.id)
            if home != node.id { folded[home, default: []].append(node) }
        }
        var out = "<section id=\"centrality\">\n<h2>Centrality</h2>\n"
        out += "<p class=\"note\">Measures of the analysis graph (undirected; one strength per pair, the sum of its cooperative weights; "
        out += level == .country ? "leaders folded into their countries" : "every actor apart"
        out += "). Click a column header to sort. Bloc: Louvain community.</p>\n"
        out += "<div class=\"scroll\"><table class=\"sortable\" id=\"centrality-table\">\n<thead><tr>"
        out += "<th><button type=\"button\">actor</button></th><th><button type=\"button\">kind</button></th>"
        for m in metrics {
            let name = m == .community ? "bloc" : m.rawValue.replacingOccurrences(of: "_", with: " ")
            out += "<th class=\"num\"><button type=\"button\">\(HTMLText.escape(name))</button></th>"
        }
        out += "<th class=\"num\"><button type=\"button\">isolation</button></th></tr></thead>\n<tbody>\n"
        let scores = Dictionary(isolation.ranking().map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        for i in 0..<g.nodeCount {
            let id = g.ids[i]
            let anchor = elements.nodeIDs[id].map(DiagramElements.anchor(ofNodeID:)) ?? "a_" + DiagramElements.token(id.rawValue)
            out += "<tr id=\"\(anchor)\" data-i=\"\(i)\"><td>\(HTMLText.escape(g.labels[i])) <span class=\"src\">\(HTMLText.escape(id.rawValue))</span>"
            for leader in folded[id] ?? [] {
                let leaderAnchor = elements.nodeIDs[leader.id].map(DiagramElements.anchor(ofNodeID:))
                    ?? "a_" + DiagramElements.token(leader.id.rawValue)
                out += "<span class=\"folded\" id=\"\(leaderAnchor)\">incl. \(HTMLText.escape(leader.label))</span>"
            }
            out += "</td><td>\(HTMLText.escape(g.kinds[i].rawValue))</td>"
            for m in metrics {
                var v = table.values[m]![i]
                if m == .community { v += 1 }
                let shown = m == .community || m == .coreNumber ? String(Int(v)) : TextFormatting.fixed(v, 3)
                out += "<td class=\"num\" data-v=\"\(Self.number(v))\">\(shown)</td>"
            }
            let iso = scores[id]
            out += "<td class=\"num\" data-v=\"\(iso.map(Self.number) ?? "0")\">\(iso.map { TextFormatting.fixed($0, 3) } ?? "")</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        if let q = table.modularity {
            out += "<p class=\"note\">Modularity of the blocs: \(TextFormatting.fixed(q, 3)).</p>\n"
        }
        out += "</section>\n"
        return out
    }

    // MARK: Evidence

    /// The evidence anchor of every tie of the snapshot, by key: the anchor of the drawn edge its tie
    /// belongs to once leaders are folded as in the drawing.
    private func evidenceAnchors(_ elements: DiagramElements) -> [EdgeKey: String] {
        var drawnAnchors: [EdgeKey: String] = [:]
        for edge in elements.edges where edge.polarity != nil {
            for tie in edge.ties { drawnAnchors[tie.key] = edge.evidenceAnchor }
        }
        var anchors: [EdgeKey: String] = [:]
        let graph = snapshot.graph
        let folds = drawn.nodes.count != graph.nodes.count
        for tie in graph.edges {
            let key = folds
                ? EdgeKey(source: graph.countryLevelID(of: tie.source), target: graph.countryLevelID(of: tie.target),
                          type: tie.type, mutual: tie.isMutual, planned: tie.isPlanned)
                : tie.key
            if let anchor = drawnAnchors[key] { anchors[tie.key] = anchor }
        }
        return anchors
    }

    private func label(_ id: ActorID) -> String { snapshot.graph.node(id)?.label ?? id.rawValue }

    private func evidenceSection(_ elements: DiagramElements) -> String {
        let events = elements.edges.filter { $0.polarity != nil }
        var out = "<section id=\"evidence\">\n<h2>Evidence</h2>\n"
        out += "<p class=\"note\">Every tie, grouped as the diagram draws them (one line per pair, polarity, mutual and planned), "
        out += "with each mention: the document, the character range of the sentence, the cue (marked) and the sentence. "
        if drawn.nodes.count != snapshot.graph.nodes.count {
            out += "Leaders are folded into their countries, as in the diagram. "
        }
        out += "Weight = intensity × (1 + log2(independent stories)).</p>\n"
        for edge in events {
            let polarity = edge.categoryName
            let arrow = edge.arrow
            out += "<article class=\"edge c-\(polarity)\" id=\"\(edge.evidenceAnchor)\">\n<h3>"
            out += "\(HTMLText.escape(label(edge.source))) \(arrow) \(HTMLText.escape(label(edge.target)))"
            out += "<span class=\"tag \(polarity)\">\(polarity)</span>"
            if edge.isMutual { out += "<span class=\"tag neutral\">mutual</span>" }
            if edge.isBothWays { out += "<span class=\"tag neutral\">both ways</span>" }
            if edge.isPlanned { out += "<span class=\"tag neutral\">planned</span>" }
            out += "</h3>\n<p class=\"meta\">weight \(TextFormatting.fixed(edge.weight, 2)) · \(edge.mentions) mention\(edge.mentions == 1 ? "" : "s")</p>\n"
            for tie in edge.ties {
                let direction = "\(label(tie.source)) \(tie.isMutual ? "–" : "→") \(label(tie.target))"
                out += "<h4 class=\"meta\">\(HTMLText.escape(direction)): <b>\(HTMLText.escape(tie.type.rawValue))</b> (\(HTMLText.escape(tie.type.quadClass.rawValue.replacingOccurrences(of: "_", with: " "))))"
                out += " · weight \(TextFormatting.fixed(tie.weight, 2)) · \(tie.sources) independent source\(tie.sources == 1 ? "" : "s")</h4>\n"
                guard !tie.evidence.isEmpty else { continue }
                out += "<ul class=\"ev\">\n"
                for ev in tie.evidence {
                    out += "<li><a class=\"src\" href=\"#doc_\(DiagramElements.token(ev.document))\">\(HTMLText.escape(ev.document))</a>"
                    out += " <span class=\"src\">\(ev.start)–\(ev.end)</span> cue “\(HTMLText.escape(ev.cue))”: "
                    out += "<q>\(HTMLText.marking(ev.cue, in: ev.sentence))</q></li>\n"
                }
                out += "</ul>\n"
            }
            out += "</article>\n"
        }
        out += "</section>\n"
        return out
    }

    // MARK: Documents

    private func documentSection() -> String {
        var out = "<section id=\"documents\">\n<h2>Documents</h2>\n"
        out += "<p class=\"note\">Copies of one story (translations, syndicated copies, other reports of the same news item) count once in the weights.</p>\n"
        out += "<div class=\"scroll\"><table>\n<thead><tr><th>id</th><th>title</th><th>publisher</th><th>date</th><th>language</th>"
        out += "<th class=\"num\">characters</th><th>story</th><th>SHA-256</th><th>path</th></tr></thead>\n<tbody>\n"
        for d in snapshot.documents {
            let story = d.story == d.id
                ? "own story"
                : "copy of \(d.story) (similarity \(TextFormatting.fixed(d.storySimilarity, 2)))"
            out += "<tr id=\"doc_\(DiagramElements.token(d.id))\"><td class=\"src\">\(HTMLText.escape(d.id))</td>"
            out += "<td>\(HTMLText.escape(d.title ?? ""))</td><td>\(HTMLText.escape(d.publisher ?? ""))</td>"
            out += "<td>\(HTMLText.escape(d.date ?? ""))</td><td>\(HTMLText.escape(d.language ?? ""))</td>"
            out += "<td class=\"num\">\(d.characters)</td><td>\(HTMLText.escape(story))</td>"
            out += "<td class=\"src\" title=\"\(HTMLText.escape(d.sha256))\">\(HTMLText.escape(String(d.sha256.prefix(12))))…</td>"
            out += "<td class=\"src\">\(HTMLText.escape(d.path))</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        return out
    }

    /// A number for `data-v`: fixed, locale-free, sortable by `parseFloat`.
    private static func number(_ x: Double) -> String {
        x.isFinite ? TextFormatting.fixed(x, 6) : "0"
    }
}

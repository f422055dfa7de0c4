import AllianceGraph
import ArgumentParser
import Foundation
import Graphviz
import Pipeline

extension NodeColoring: ExpressibleByArgument {}
extension NodeSizing: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a snapshot, or a view of it, as DOT, SVG, PNG or PDF (Graphviz in-process).",
        discussion: """
            Views combine: leaders folded into countries (--level country), then tie filters (--types,
            --polarity, --min-weight; actors left without ties are dropped), then the ego network
            (--ego, --depth), then the N most central actors by PageRank (--top). A drawing of more than
            \(RenderLimits.standard.nodes) nodes or \(RenderLimits.standard.edges) edges is refused unless --force:
            narrow it with a view instead. The layout defaults to dot up to \(RenderJob.smallGraphNodes) nodes, neato up to \(RenderJob.largeGraphNodes), sfdp above.

            Nodes and edges link to report.html (the report `alliance build` writes beside graph.svg):
            an edge to its evidence, a node to its row; --links none leaves the links out.

            Examples:
              alliance render Output/graph.json --format svg -o graph.svg
              alliance render Output/graph.json --ego Russia --depth 1 --format png -o russia.png
              alliance render Output/graph.json --polarity hostile --level country --color bloc -o hostile.svg
              alliance render Output/graph.json --batch actors.txt --depth 1 -o egos/
            """)

    @Argument(help: "A snapshot (graph.json).")
    var graph: String

    @Option(help: "Output format: dot, svg, png or pdf.")
    var format: DiagramFormat = .svg

    @Option(help: "Graphviz layout engine (default: dot up to \(RenderJob.smallGraphNodes) nodes, neato, sfdp above \(RenderJob.largeGraphNodes)).")
    var layout: LayoutEngine?

    @Option(help: "Title drawn on the diagram.")
    var title: String?

    @Option(name: .shortAndLong, help: "Output file (stdout when omitted); with --batch, the output folder.")
    var output: String?

    @Option(help: "Draw the ego network of this entity (id, name or alias).")
    var ego: String?

    @Option(help: "How many ties away from the ego to reach.")
    var depth: Int = 1

    @Option(help: "Only ties of these event types, comma-separated (aid,sanction; leads and member_of are the structural ties).")
    var types: String?

    @Option(help: "Only ties of these polarities, comma-separated: cooperative, neutral, hostile.")
    var polarity: String?

    @Option(help: "Only ties of at least this weight.")
    var minWeight: Double = 0

    @Option(help: "country: fold leaders into the countries they lead (as graph.svg and the metrics do); actor: draw them apart.")
    var level: AnalysisLevel = .country

    @Option(help: "Only the N most central actors (PageRank on the analysis graph); an ego is always kept.")
    var top: Int?

    @Option(help: "Node fill: isolation (score), bloc (community) or kind.")
    var color: NodeColoring = .isolation

    @Option(help: "Node size: pagerank, betweenness, degree or none.")
    var size: NodeSizing = .pagerank

    @Option(help: "Where nodes and edges link to (default report.html), or 'none'.")
    var links: String = RenderJob.reportLink

    @Flag(help: "Lay out a drawing beyond the size limit anyway, and overwrite output files that alliance did not write (or that were changed since).")
    var force = false

    @Option(help: "Render one ego diagram per entity listed in this file (one per line; # comments) into the folder -o, named <id>.<format>.")
    var batch: String?

    @Flag(help: "Print the time spent loading, analysing and drawing to stderr.")
    var timings = false

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
        guard minWeight.isFinite, minWeight >= 0 else { throw ValidationError("--min-weight must be a number ≥ 0") }
        _ = try selectedTypes()
        _ = try selectedPolarities()
        if batch != nil {
            guard output != nil else { throw ValidationError("--batch needs -o FOLDER") }
            guard ego == nil else { throw ValidationError("--batch and --ego exclude each other") }
        }
    }

    func selectedTypes() throws -> Set<EventType>? {
        try types.map { list in
            Set(try list.split(separator: ",").map { name in
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                guard let type = EventType(rawValue: trimmed) ?? EventType(rawValue: trimmed.replacingOccurrences(of: " ", with: "_"))
                else {
                    throw ValidationError("unknown event type '\(trimmed)'; known: \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return type
            })
        }
    }

    func selectedPolarities() throws -> Set<Polarity>? {
        try polarity.map { list in
            Set(try list.split(separator: ",").map { name in
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                guard let p = Polarity(rawValue: trimmed) else {
                    throw ValidationError("unknown polarity '\(trimmed)'; known: cooperative, neutral, hostile")
                }
                return p
            })
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let t0 = clock.now
        let snapshot = try attempt { () throws(PipelineError) in try SnapshotFile.load(graph) }
        let t1 = clock.now
        let style = RenderStyle(color: color, size: size, title: title, linkBase: links == "none" ? nil : links)
        let job = try attempt { () throws(PipelineError) in try RenderJob(snapshot: snapshot, level: level, style: style) }
        let t2 = clock.now
        let resolver = EntityResolver(graph: snapshot.graph)
        var view = GraphView(
            depth: depth, types: try selectedTypes(), polarities: try selectedPolarities(), minWeight: minWeight,
            level: level, top: top)
        if let batch, let output {
            let entities = try attempt { () throws(PipelineError) in try Self.readList(batch) }
            try attempt { () throws(PipelineError) in
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                } catch {
                    throw .io(path: output, reason: "cannot create folder")
                }
            }
            for name in entities {
                view.center = try attempt { () throws(PipelineError) in try resolver.resolve(name) }
                let data = try attempt { () throws(PipelineError) in
                    try job.render(view, format: format, layout: layout, force: force)
                }
                let file = (output as NSString).appendingPathComponent(
                    Self.fileName(view.center!.rawValue) + "." + format.rawValue)
                try emit(data, to: file, force: force)
            }
        } else {
            if let ego { view.center = try attempt { () throws(PipelineError) in try resolver.resolve(ego) } }
            let data = try attempt { () throws(PipelineError) in
                try job.render(view, format: format, layout: layout, force: force)
            }
            try emit(data, to: output, force: force)
        }
        if timings {
            note("load: \(t1 - t0)")
            note("analysis: \(t2 - t1)")
            note("drawing: \(clock.now - t2)")
        }
    }

    /// The entities of a batch file: one per line, blank lines and `#` comments skipped.
    static func readList(_ path: String) throws(PipelineError) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .io(path: path, reason: "cannot read file") }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// A file name for an id: letters, digits, `-` and `_` kept, anything else `-`.
    static func fileName(_ id: String) -> String {
        String(id.unicodeScalars.map { s -> Character in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_") ? Character(s) : "-"
        })
    }
}

import AllianceGraph
import ArgumentParser
import Foundation
import Pipeline

struct Isolation: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank actors by isolation, or explain one actor's score.",
        discussion: """
            The composite score in [0, 1] is the weighted mean of hostility received, cooperative reach,
            dependence, partner isolation and a signed-network measure (docs/metrics.md).

            Examples:
              alliance isolation Output/graph.json
              alliance isolation Output/graph.json Russia --explain
            """)

    @Argument(help: "A snapshot (graph.json).")
    var graph: String

    @Argument(help: "Entities to show (id, name or alias); all countries when omitted.")
    var entities: [String] = []

    @Flag(help: "Decompose each score into its measures and the ties behind it.")
    var explain = false

    @Flag(help: "Rank every kind of actor, not only countries.")
    var allKinds = false

    @OptionGroup var analysis: AnalysisArguments

    func run() throws {
        let snapshot = try attempt { () throws(PipelineError) in try SnapshotFile.load(graph) }
        let report = try attempt { () throws(PipelineError) in try AnalysisJob.isolation(snapshot, options: analysis.options) }
        let formatter = IsolationFormatter(report: report)
        var scores: [IsolationScore]
        if entities.isEmpty {
            let kinds: Set<ActorKind> = allKinds ? Set(ActorKind.allCases) : [.country]
            scores = report.ranking(kinds: kinds)
        } else {
            let resolver = EntityResolver(graph: snapshot.graph)
            scores = try entities.map { name in
                let id = try attempt { () throws(PipelineError) in try resolver.resolve(name) }
                var folded = id
                if analysis.level == .country, let node = snapshot.graph.node(id), node.kind == .leader, let c = node.country {
                    folded = c
                }
                guard let s = report.score(of: folded) else {
                    return try attempt { () throws(PipelineError) -> IsolationScore in
                        throw .invalidInput("'\(name)' has no isolation score at the \(analysis.level.rawValue) level")
                    }
                }
                return s
            }
        }
        var out = ""
        if explain {
            out = scores.map { formatter.explain($0) }.joined(separator: "\n")
        } else {
            let rows = scores.map { [String($0.rank), $0.id.rawValue, $0.label, String(format: "%.3f", $0.score)] }
            out = TextFormatting.table(header: ["rank", "id", "actor", "isolation"], rows: rows, rightAligned: [0, 3])
        }
        try emit(Data(out.utf8), to: nil)
    }
}

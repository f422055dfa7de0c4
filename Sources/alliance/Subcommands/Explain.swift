import ArgumentParser
import Foundation
import Pipeline

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the evidence behind the edges of one entity, or between two.",
        discussion: """
            Examples:
              alliance explain Output/graph.json RUS PRK
              alliance explain Output/graph.json "Kim Jong Un"
            """)

    @Argument(help: "A snapshot (graph.json).")
    var graph: String

    @Argument(help: "An entity (id, name or alias).")
    var entity: String

    @Argument(help: "A second entity: only the edges between the two.")
    var other: String?

    func run() throws {
        let snapshot = try attempt { () throws(PipelineError) in try SnapshotFile.load(graph) }
        let resolver = EntityResolver(graph: snapshot.graph)
        let a = try attempt { () throws(PipelineError) in try resolver.resolve(entity) }
        let b = try other.map { name in try attempt { () throws(PipelineError) in try resolver.resolve(name) } }
        try emit(Data(ExplainFormatter(snapshot: snapshot).explain(a, b).utf8), to: nil)
    }
}

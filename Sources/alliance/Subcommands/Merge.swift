import AllianceGraph
import ArgumentParser
import Foundation
import NewsCorpus
import Pipeline

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Combine snapshots built from shards of a corpus into the snapshot of the whole.",
        discussion: """
            The result is byte for byte the snapshot `alliance build` writes for the union of the shards'
            files (same paths, same settings): documents are united by id, stories are clustered anew over
            the union (a copy in one shard of a story in another counts once), evidence is united and
            weights recomputed. Merging is associative and commutative, so shards can be merged in any
            order and in stages. See docs/comparison.md, "Merging shards".

            Example:
              alliance build corpus/part-1 --out shard-1
              alliance build corpus/part-2 --out shard-2
              alliance merge shard-1/graph.json shard-2/graph.json -o whole.json
            """)

    @Argument(help: "Snapshots (graph.json files) to merge.")
    var snapshots: [String]

    @Option(name: [.short, .long], help: "Write the merged snapshot here (default: stdout).")
    var output: String?

    @Flag(help: forceHelp)
    var force = false

    func validate() throws {
        guard !snapshots.isEmpty else { throw ValidationError("give at least one snapshot") }
    }

    func run() throws {
        var loaded: [Snapshot] = []
        for path in snapshots {
            loaded.append(try attempt { () throws(PipelineError) in try SnapshotFile.load(path) })
        }
        let merged = try attempt { () throws(PipelineError) in
            do throws(CorpusError) { return try CorpusGraphBuilder.merge(loaded) } catch { throw .corpus(error) }
        }
        try emit(merged.jsonData(), to: output, force: force)
        if output != nil {
            note("alliance: \(snapshots.count) snapshots -> \(merged.documents.count) documents, \(merged.graph.nodes.count) nodes, \(merged.graph.edges.count) edges")
        }
    }
}

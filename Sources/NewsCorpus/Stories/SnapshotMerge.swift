import AllianceGraph

extension CorpusGraphBuilder {
    /// Combines snapshots built from shards of one corpus into the snapshot a build of the union gives.
    ///
    /// Method: documents are united by id (one document in two shards is taken once; the same id with
    /// different content is an error), stories are clustered anew over the union from each document's
    /// ``StoryFeatures`` (so a copy in one shard of a story in another is still counted once), each edge
    /// key's evidence is united, and weights are recomputed from intensities and stories. Nodes and
    /// structural ties (`leads`) are united. Since every step is a set union followed by the same
    /// deterministic computation a build does, merging is associative and commutative, and the result is
    /// byte-identical to building from the union of the shards' files (with the same paths and settings).
    ///
    /// - Parameters:
    ///   - snapshots: one or more snapshots, made with the same extractor, cues, lexicon and settings.
    ///   - clustering: the story clustering of the build (its threshold must match the snapshots').
    /// - Throws: ``CorpusError/incompatibleShards(_:)`` when settings differ, a document id has two
    ///   contents, a document has no story features (a snapshot made by hand or an older version), or
    ///   two shards disagree about a node.
    public static func merge(_ snapshots: [Snapshot], clustering: StoryClustering = StoryClustering()) throws(CorpusError) -> Snapshot {
        guard let first = snapshots.first else { throw .incompatibleShards("no snapshot given") }
        for s in snapshots.dropFirst() {
            if s.lexiconVersion != first.lexiconVersion {
                throw .incompatibleShards("lexicon versions differ (\(first.lexiconVersion) and \(s.lexiconVersion))")
            }
            if s.parameters != first.parameters {
                let keys = Set(s.parameters.keys).union(first.parameters.keys).sorted().filter { s.parameters[$0] != first.parameters[$0] }
                throw .incompatibleShards("build settings differ (\(keys.joined(separator: ", ")))")
            }
        }
        if let threshold = first.parameters["story_threshold"], threshold != String(clustering.threshold) {
            throw .incompatibleShards("story threshold \(threshold) differs from this merge's \(clustering.threshold)")
        }
        var records: [String: DocumentRecord] = [:]
        var nodes: [ActorID: Node] = [:]
        var evidence: [EdgeKey: [Evidence]] = [:]
        var structural: [EdgeKey: Edge] = [:]
        var skipped = Set<SkippedInput>()
        for s in snapshots {
            for var d in s.documents {
                guard d.features != nil else {
                    throw .incompatibleShards("document '\(d.id)' has no story features (snapshot made by hand or by an older version)")
                }
                (d.story, d.storySimilarity) = (d.id, 1)
                if let other = records[d.id] {
                    guard other.sha256 == d.sha256 else { throw .incompatibleShards("document id '\(d.id)' names two different texts") }
                    continue
                }
                records[d.id] = d
            }
            for n in s.graph.nodes {
                if let other = nodes[n.id], other != n { throw .incompatibleShards("node \(n.id) differs between snapshots") }
                nodes[n.id] = n
            }
            for e in s.graph.edges {
                if e.evidence.isEmpty { structural[e.key] = e } else { evidence[e.key, default: []] += e.evidence }
            }
            skipped.formUnion(s.skipped)
        }
        let united = assignStories(records.values.sorted(), clustering: clustering)
        do {
            return try assemble(
                nodes: Array(nodes.values), evidence: evidence, structural: structural.keys.sorted().map { structural[$0]! },
                records: united, skipped: Array(skipped), parameters: first.parameters, lexiconVersion: first.lexiconVersion)
        } catch {
            throw .incompatibleShards(error.description)
        }
    }
}

/// A partition of a graph's nodes into communities, with its modularity.
public struct CommunityPartition: Sendable, Equatable {
    /// The community of each node, by node index. Communities are numbered 0, 1, 2, … in the order of
    /// their smallest member's index, so the labels of a given partition are always the same.
    public let labels: [Int]
    /// The number of communities.
    public let count: Int
    /// Newman's modularity of the partition (see ``AnalysisGraph/modularity(of:resolution:)``).
    public let modularity: Double

    /// The members of each community, by node index, in increasing order.
    public var communities: [[Int]] {
        var members = Array(repeating: [Int](), count: count)
        for (node, label) in labels.enumerated() { members[label].append(node) }
        return members
    }
}

extension AnalysisGraph {
    /// Newman's modularity of a partition: the share of tie strength inside communities, less the share
    /// expected if ties were placed at random with the same node strengths.
    ///
    ///     Q = Σ_c [ L_c / m − γ · (S_c / 2m)² ]
    ///
    /// where `m` is the total strength of all ties, `L_c` the total strength of the ties inside community
    /// `c` and `S_c` the summed node strength of its members.
    ///
    /// Weights: strengths (similarities). Matches `nx.community.modularity(G, parts, weight="strength",
    /// resolution=γ)`. A graph with no tie has modularity 0 (NetworkX divides by zero).
    ///
    /// Reference: Newman, M. E. J. (2006). Modularity and community structure in networks. *PNAS*
    /// 103(23), 8577–8582. doi:10.1073/pnas.0601602103
    ///
    /// - Parameters:
    ///   - labels: a community label (any integer ≥ 0) for each node index.
    ///   - resolution: γ; above 1 favors smaller communities.
    /// - Returns: Q, in [−1/2, 1).
    /// - Complexity: O(|V| + |E|).
    public func modularity(of labels: [Int], resolution: Double = 1) -> Double {
        precondition(labels.count == nodeCount, "one label per node")
        let labelCount = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: labelCount)
        var total = [Double](repeating: 0, count: labelCount)
        var twiceM = 0.0
        for i in 0..<nodeCount {
            let c = labels[i]
            for k in adjacency(of: i) {
                total[c] += strengths[k]
                twiceM += strengths[k]
                if labels[Int(neighbors[k])] == c { inside[c] += strengths[k] }
            }
        }
        guard twiceM > 0 else { return 0 }
        let m = twiceM / 2
        var q = 0.0
        for c in 0..<labelCount {
            q += (inside[c] / 2) / m - resolution * total[c] * total[c] / (twiceM * twiceM)
        }
        return q
    }

    /// Community detection by the Louvain method: greedy modularity optimization, then aggregation of
    /// each community into one node, repeated while modularity improves.
    ///
    /// Each pass visits nodes in index order (no randomness: the same graph always gives the same
    /// partition) and moves a node to the neighboring community with the largest modularity gain
    ///
    ///     ΔQ = k_{u,C} / m − γ · S_C · k_u / (2m²) − [ k_{u,D} / m − γ · S_{D∖u} · k_u / (2m²) ]
    ///
    /// (`D` its current community, `k_{u,C}` its tie strength into `C`, `k_u` its strength, `S_C` the
    /// summed strength of `C`), as long as some move has a positive gain. A level stops improving when
    /// modularity grows by at most `threshold`, as `nx.community.louvain_communities` (γ = 1,
    /// threshold 1e-7). The partition differs from NetworkX's, which visits nodes in a random order;
    /// ``CommunityPartition/modularity`` is recomputed on the final partition, so it equals
    /// `nx.community.modularity(G, parts, weight="strength")`.
    ///
    /// Weights: strengths (similarities). Isolated nodes are communities of their own. A graph with no tie
    /// is partitioned into singletons with modularity 0.
    ///
    /// References: Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding
    /// of communities in large networks. *J. Stat. Mech.* P10008. doi:10.1088/1742-5468/2008/10/P10008 —
    /// Newman, M. E. J. (2006). Modularity and community structure in networks. *PNAS* 103(23),
    /// 8577–8582. doi:10.1073/pnas.0601602103
    ///
    /// - Parameters:
    ///   - resolution: γ; above 1 favors smaller communities.
    ///   - threshold: the least modularity gain for which another level is built.
    /// - Returns: the partition, labelled by smallest member index, with its modularity.
    /// - Complexity: O(|E|) per pass in practice; a few passes per level and O(log |V|) levels on typical
    ///   graphs.
    public func louvainCommunities(resolution: Double = 1, threshold: Double = 1e-7) -> CommunityPartition {
        let n = nodeCount
        var membership = Array(0..<n)  // original node -> node of the current level
        if edgeCount > 0 {
            var level = _LouvainLevel(self)
            var mod = level.modularity(of: Array(0..<level.nodeCount), resolution: resolution)
            while true {
                let (inner, moved) = level.moveNodes(resolution: resolution)
                if !moved { break }
                let newMod = level.modularity(of: inner, resolution: resolution)
                if newMod - mod <= threshold {
                    // NetworkX keeps this partition all the same (it was yielded before the check).
                    for v in 0..<n { membership[v] = inner[membership[v]] }
                    break
                }
                mod = newMod
                for v in 0..<n { membership[v] = inner[membership[v]] }
                level = level.aggregated(by: inner)
            }
        }
        // Relabel by smallest member index.
        var relabel = [Int](repeating: -1, count: n)
        var labels = [Int](repeating: 0, count: n)
        var count = 0
        for v in 0..<n {
            let c = membership[v]
            if relabel[c] < 0 {
                relabel[c] = count
                count += 1
            }
            labels[v] = relabel[c]
        }
        return CommunityPartition(
            labels: labels, count: count, modularity: modularity(of: labels, resolution: resolution))
    }
}

/// One level of the Louvain method: a weighted graph whose nodes are the communities of the level below.
struct _LouvainLevel {
    var nodeCount: Int { selfLoops.count }
    let offsets: [Int]
    let neighbors: [Int]
    let weights: [Double]
    /// The strength of the ties inside each node (the communities it stands for).
    let selfLoops: [Double]
    /// The strength of each node, self-loops counted twice: the summed strength of its members.
    let strengths: [Double]
    /// Total strength of the ties of the original graph.
    let m: Double

    init(_ graph: AnalysisGraph) {
        offsets = graph.offsets
        neighbors = graph.neighbors.map(Int.init)
        weights = graph.strengths
        selfLoops = Array(repeating: 0, count: graph.nodeCount)
        strengths = graph.nodeStrengths()
        m = strengths.reduce(0, +) / 2
    }

    init(offsets: [Int], neighbors: [Int], weights: [Double], selfLoops: [Double], strengths: [Double], m: Double) {
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.selfLoops = selfLoops
        self.strengths = strengths
        self.m = m
    }

    /// Local moving until no node moves. Returns each node's community, numbered 0..<c in the order of the
    /// community's index (as NetworkX drops empty communities), and whether any node moved.
    func moveNodes(resolution: Double) -> ([Int], Bool) {
        let count = nodeCount
        var community = Array(0..<count)
        var total = strengths
        var toCommunity = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched = [Int](repeating: 0, count: count)
        var moved = false
        let twoMSquared = 2 * m * m
        let m = self.m
        // Unchecked buffers: the loop below is the whole cost of Louvain.
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                weights.withUnsafeBufferPointer { weights in
                    strengths.withUnsafeBufferPointer { strengths in
                        community.withUnsafeMutableBufferPointer { community in
                            total.withUnsafeMutableBufferPointer { total in
                                toCommunity.withUnsafeMutableBufferPointer { toCommunity in
                                    seen.withUnsafeMutableBufferPointer { seen in
                                        touched.withUnsafeMutableBufferPointer { touched in
                                            for _ in 0..<10_000 {
                                                var moves = 0
                                                for u in 0..<count {
                                                    var touchedCount = 0
                                                    for k in offsets[u]..<offsets[u + 1] {
                                                        let c = community[neighbors[k]]
                                                        if !seen[c] {
                                                            seen[c] = true
                                                            touched[touchedCount] = c
                                                            touchedCount += 1
                                                        }
                                                        toCommunity[c] += weights[k]
                                                    }
                                                    let own = community[u]
                                                    let ku = strengths[u]
                                                    total[own] -= ku
                                                    let removeCost = -toCommunity[own] / m + resolution * total[own] * ku / twoMSquared
                                                    var best = own
                                                    var bestGain = 0.0
                                                    for t in 0..<touchedCount {
                                                        let c = touched[t]
                                                        let gain = removeCost + toCommunity[c] / m - resolution * total[c] * ku / twoMSquared
                                                        if gain > bestGain {
                                                            bestGain = gain
                                                            best = c
                                                        }
                                                    }
                                                    total[best] += ku
                                                    if best != own {
                                                        community[u] = best
                                                        moves += 1
                                                        moved = true
                                                    }
                                                    for t in 0..<touchedCount {
                                                        let c = touched[t]
                                                        seen[c] = false
                                                        toCommunity[c] = 0
                                                    }
                                                }
                                                if moves == 0 { break }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Renumber the non-empty communities in index order.
        var renumber = [Int](repeating: -1, count: count)
        for c in community { renumber[c] = 0 }
        var next = 0
        for c in 0..<count where renumber[c] == 0 {
            renumber[c] = next
            next += 1
        }
        return (community.map { renumber[$0] }, moved)
    }

    /// Modularity of a partition of this level's nodes.
    func modularity(of labels: [Int], resolution: Double) -> Double {
        let labelCount = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: labelCount)
        var total = [Double](repeating: 0, count: labelCount)
        for u in 0..<nodeCount {
            let c = labels[u]
            total[c] += strengths[u]
            inside[c] += 2 * selfLoops[u]
            for k in offsets[u]..<offsets[u + 1] where labels[neighbors[k]] == c { inside[c] += weights[k] }
        }
        var q = 0.0
        for c in 0..<labelCount {
            q += (inside[c] / 2) / m - resolution * total[c] * total[c] / (4 * m * m)
        }
        return q
    }

    /// The next level: one node per community, self-loops holding the ties inside it.
    func aggregated(by labels: [Int]) -> _LouvainLevel {
        let count = (labels.max() ?? -1) + 1
        var members = Array(repeating: [Int](), count: count)
        for u in 0..<nodeCount { members[labels[u]].append(u) }
        var offsets = [0]
        var neighbors: [Int] = []
        var weights: [Double] = []
        var selfLoops = [Double](repeating: 0, count: count)
        var strengths = [Double](repeating: 0, count: count)
        var toCommunity = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for c in 0..<count {
            for u in members[c] {
                strengths[c] += self.strengths[u]
                selfLoops[c] += self.selfLoops[u]
                for k in self.offsets[u]..<self.offsets[u + 1] {
                    let d = labels[self.neighbors[k]]
                    if d == c {
                        selfLoops[c] += self.weights[k] / 2  // each inside tie is seen from both ends
                        continue
                    }
                    if toCommunity[d] == 0 { touched.append(d) }
                    toCommunity[d] += self.weights[k]
                }
            }
            touched.sort()
            for d in touched {
                neighbors.append(d)
                weights.append(toCommunity[d])
                toCommunity[d] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(neighbors.count)
        }
        return _LouvainLevel(
            offsets: offsets, neighbors: neighbors, weights: weights, selfLoops: selfLoops, strengths: strengths, m: m)
    }
}

extension AnalysisGraph {
    /// Core number: the largest `k` such that the node belongs to the k-core, the largest subgraph in
    /// which every node has at least `k` neighbors.
    ///
    ///     core(v) = max { k : v ∈ k-core(G) }
    ///
    /// Unweighted: every tie counts once whatever its strength. Isolated nodes get 0. Matches
    /// `nx.core_number(G)` (the result is unique, whatever the order nodes are peeled in).
    ///
    /// Computed by the bucket algorithm of Batagelj and Zaveršnik, which peels nodes in order of current
    /// degree.
    ///
    /// Reference: Batagelj, V., Zaveršnik, M. (2003). An O(m) algorithm for cores decomposition of
    /// networks. arXiv:cs/0310049. doi:10.48550/arXiv.cs/0310049 — Seidman, S. B. (1983). Network
    /// structure and minimum degree. *Social Networks* 5(3), 269–287. doi:10.1016/0378-8733(83)90028-X
    ///
    /// - Returns: one value per node index, in 0...max degree.
    /// - Complexity: O(|V| + |E|).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        var core = (0..<n).map { degree(of: $0) }
        let maxDegree = core.max() ?? 0
        // Bucket sort nodes by degree.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in core { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n {
            position[v] = fill[core[v]]
            order[position[v]] = v
            fill[core[v]] += 1
        }
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                core.withUnsafeMutableBufferPointer { core in
                    binStart.withUnsafeMutableBufferPointer { binStart in
                        order.withUnsafeMutableBufferPointer { order in
                            position.withUnsafeMutableBufferPointer { position in
                                for i in 0..<n {
                                    let v = order[i]
                                    for k in offsets[v]..<offsets[v + 1] {
                                        let u = Int(neighbors[k])
                                        guard core[u] > core[v] else { continue }
                                        // Move u to the front of its bin, then shrink the bin by one: u's
                                        // degree drops by one.
                                        let du = core[u]
                                        let front = binStart[du]
                                        let w = order[front]
                                        if w != u {
                                            order[position[u]] = w
                                            position[w] = position[u]
                                            order[front] = u
                                            position[u] = front
                                        }
                                        binStart[du] += 1
                                        core[u] -= 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return core
    }
}

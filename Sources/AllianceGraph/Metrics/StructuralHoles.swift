extension AnalysisGraph {
    /// Burt's constraint: how much a node's ties are concentrated on few partners who are themselves tied.
    ///
    ///     c(i) = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ≠ i, j} p_iq · p_qj )²,    p_ij = w_ij / Σ_k w_ik
    ///
    /// `p_ij` is the share of `i`'s tie strength invested in `j`; the inner sum is the indirect investment
    /// through mutual partners. A node with one partner has constraint 1; a node with many unconnected
    /// partners tends to 0. Values can exceed 1 in small dense neighborhoods (two tied partners of equal
    /// strength give 1.125).
    ///
    /// Weights: strengths (similarities); `w_ij` is the pair's strength (the graph is undirected, so the
    /// "mutual weight" `w_ij + w_ji` of NetworkX is twice that and cancels). Matches
    /// `nx.constraint(G, weight="strength")` except for isolated nodes: NetworkX gives NaN, here they get
    /// 1 (a node with no partner depends entirely on the ties it lacks; it is the value of a node with a
    /// single partner, the most constrained position with ties).
    ///
    /// References: Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.* Harvard
    /// University Press. doi:10.4159/9780674029095 — Burt, R. S. (2004). Structural holes and good ideas.
    /// *American Journal of Sociology* 110(2), 349–399. doi:10.1086/421787
    ///
    /// - Returns: one value per node index, ≥ 0 (1 for isolated nodes).
    /// - Complexity: O(Σ_v deg(v)²) time, O(|V|) extra memory.
    public func burtConstraint() -> [Double] {
        let n = nodeCount
        let total = nodeStrengths()
        var share = [Double](repeating: 0, count: n)  // p_iq for the current i, 0 elsewhere
        var indirect = [Double](repeating: 0, count: n)
        var result = [Double](repeating: 1, count: n)
        for i in 0..<n where degree(of: i) > 0 {
            for k in adjacency(of: i) { share[Int(neighbors[k])] = strengths[k] / total[i] }
            // indirect[j] = Σ_q p_iq · p_qj, over the partners q of i and their partners j.
            for k in adjacency(of: i) {
                let q = Int(neighbors[k])
                let piq = share[q]
                for l in adjacency(of: q) {
                    let j = Int(neighbors[l])
                    if share[j] != 0 { indirect[j] += piq * (strengths[l] / total[q]) }
                }
            }
            var c = 0.0
            for k in adjacency(of: i) {
                let j = Int(neighbors[k])
                let local = share[j] + indirect[j]
                c += local * local
            }
            for k in adjacency(of: i) {
                let j = Int(neighbors[k])
                share[j] = 0
                indirect[j] = 0
            }
            result[i] = c
        }
        return result
    }

    /// Burt's effective size: the number of a node's partners, less their redundancy.
    ///
    ///     ES(i) = Σ_{j ∈ N(i)} ( 1 − Σ_{q ≠ i, j} p_iq · m_jq ),
    ///     p_iq = w_iq / Σ_k w_ik,   m_jq = w_jq / max_k w_jk
    ///
    /// A partner `j` is redundant to the extent that `i` invests in partners `q` to whom `j` is strongly
    /// tied. Without weights (all strengths equal) this is Borgatti's simplification `n − 2t/n` over the
    /// ego network. A node whose partners are not tied to each other has effective size equal to its
    /// degree.
    ///
    /// Weights: strengths (similarities). Matches `nx.effective_size(G, weight="strength")` except for
    /// isolated nodes: NetworkX gives NaN, here they get 0 (no partner, so no non-redundant partner).
    ///
    /// References: Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.* Harvard
    /// University Press. doi:10.4159/9780674029095 — Borgatti, S. P. (1997). Structural holes: unpacking
    /// Burt's redundancy measures. *Connections* 20(1), 35–38.
    ///
    /// - Returns: one value per node index, in [0, deg(v)] (0 for isolated nodes).
    /// - Complexity: O(Σ_v deg(v)²) time, O(|V|) extra memory.
    public func effectiveSize() -> [Double] {
        let n = nodeCount
        let total = nodeStrengths()
        var strongest = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for k in adjacency(of: i) { strongest[i] = Swift.max(strongest[i], strengths[k]) }
        }
        var share = [Double](repeating: 0, count: n)  // p_iq for the current i, 0 elsewhere
        var result = [Double](repeating: 0, count: n)
        for i in 0..<n where degree(of: i) > 0 {
            for k in adjacency(of: i) { share[Int(neighbors[k])] = strengths[k] / total[i] }
            var size = 0.0
            for k in adjacency(of: i) {
                let j = Int(neighbors[k])
                var redundancy = 0.0
                for l in adjacency(of: j) {
                    let q = Int(neighbors[l])
                    if share[q] != 0 { redundancy += share[q] * (strengths[l] / strongest[j]) }
                }
                size += 1 - redundancy
            }
            for k in adjacency(of: i) { share[Int(neighbors[k])] = 0 }
            result[i] = size
        }
        return result
    }
}

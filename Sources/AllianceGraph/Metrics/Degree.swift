extension AnalysisGraph {
    /// Degree centrality: the share of the other nodes that a node is tied to.
    ///
    ///     C_D(v) = deg(v) / (n − 1)
    ///
    /// Unweighted: a tie counts once whatever its strength (see ``nodeStrengths()`` for the weighted
    /// version). Isolated nodes get 0. Same as `nx.degree_centrality(G)` for n ≥ 2; for a graph of one
    /// node NetworkX returns 1, but here that lone, isolated node gets 0, as every isolated node does.
    ///
    /// Reference: Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
    /// *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
    ///
    /// - Returns: one value per node index, in [0, 1].
    /// - Complexity: O(|V|).
    public func degreeCentrality() -> [Double] {
        let n = nodeCount
        guard n > 1 else { return Array(repeating: 0, count: n) }
        let scale = 1.0 / Double(n - 1)
        return (0..<n).map { Double(degree(of: $0)) * scale }
    }

    /// Node strength (weighted degree): the sum of the strengths of a node's ties.
    ///
    ///     s(v) = Σ_u w(u, v)
    ///
    /// Strengths are similarities (the summed weight of cooperative events between a pair), so this is
    /// the total volume of cooperation a node takes part in; it is not normalized. Isolated nodes get 0.
    /// Same as `dict(G.degree(weight="strength"))` in NetworkX.
    ///
    /// Reference: Barrat, A., Barthélemy, M., Pastor-Satorras, R., Vespignani, A. (2004). The architecture
    /// of complex weighted networks. *PNAS* 101(11), 3747–3752. doi:10.1073/pnas.0400087101
    ///
    /// - Returns: one value per node index, ≥ 0.
    /// - Complexity: O(|V| + |E|).
    public func nodeStrengths() -> [Double] {
        (0..<nodeCount).map { i in
            var total = 0.0
            for k in adjacency(of: i) { total += strengths[k] }
            return total
        }
    }
}

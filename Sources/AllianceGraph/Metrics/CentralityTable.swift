/// The values of several metrics for every node of one graph.
public struct CentralityTable: Sendable {
    /// The graph the values were computed on; `values[metric][i]` belongs to `graph.ids[i]`.
    public let graph: AnalysisGraph
    /// One value per node index for each computed metric. ``Metric/community`` holds the community
    /// labels as `Double`s; ``Metric/coreNumber`` the core numbers.
    public let values: [Metric: [Double]]
    /// The modularity of the community partition, when ``Metric/community`` was computed.
    public let modularity: Double?

    public init(graph: AnalysisGraph, values: [Metric: [Double]], modularity: Double?) {
        self.graph = graph
        self.values = values
        self.modularity = modularity
    }

    /// The metrics computed, in ``Metric/allCases`` order.
    public var metrics: [Metric] { Metric.allCases.filter { values[$0] != nil } }

    /// The value of a metric for a node, or `nil` when the node is unknown or the metric was not computed.
    public func value(_ metric: Metric, of id: ActorID) -> Double? {
        guard let column = values[metric], let i = graph.index(of: id) else { return nil }
        return column[i]
    }
}

extension AnalysisGraph {
    /// Computes the requested metrics (and only those) with their default parameters.
    ///
    /// - Parameter metrics: the metrics to compute; duplicates are computed once.
    /// - Returns: a table with one column per requested metric.
    /// - Throws: ``MetricError/failedToConverge(metric:iterations:)`` when eigenvector centrality or
    ///   PageRank does not converge.
    /// - Complexity: that of the most expensive metric requested; betweenness, closeness and harmonic
    ///   centrality are O(|V|·|E| + |V|² log |V|), the others about O(|E|) or O(Σ deg²).
    public func centralities(_ metrics: [Metric] = Metric.allCases) throws(MetricError) -> CentralityTable {
        var values: [Metric: [Double]] = [:]
        var modularity: Double?
        for metric in metrics where values[metric] == nil {
            switch metric {
            case .degree: values[metric] = degreeCentrality()
            case .strength: values[metric] = nodeStrengths()
            case .betweenness: values[metric] = betweennessCentrality()
            case .closeness: values[metric] = closenessCentrality()
            case .harmonic: values[metric] = harmonicCentrality()
            case .eigenvector: values[metric] = try eigenvectorCentrality()
            case .pagerank: values[metric] = try pageRank()
            case .constraint: values[metric] = burtConstraint()
            case .effectiveSize: values[metric] = effectiveSize()
            case .coreNumber: values[metric] = coreNumbers().map(Double.init)
            case .community:
                let partition = louvainCommunities()
                values[metric] = partition.labels.map(Double.init)
                modularity = partition.modularity
            }
        }
        return CentralityTable(graph: self, values: values, modularity: modularity)
    }
}

import AllianceGraph

/// Metrics and isolation of a snapshot, with errors as ``PipelineError``.
public enum AnalysisJob {
    public static func centralities(_ snapshot: Snapshot, options: AnalysisOptions, metrics: [Metric] = Metric.allCases)
        throws(PipelineError) -> CentralityTable
    {
        do {
            return try AnalysisGraph(projecting: snapshot.graph, options: options).centralities(metrics)
        } catch {
            throw .metric(error)
        }
    }

    /// Computes the metrics one at a time on an analysis graph, timing each (compute time only).
    /// - Returns: the table and, in the order asked (duplicates once), each metric's compute time.
    public static func timedCentralities(_ graph: AnalysisGraph, metrics: [Metric])
        throws(PipelineError) -> (table: CentralityTable, timings: [(metric: Metric, duration: Duration)])
    {
        let clock = ContinuousClock()
        var values: [Metric: [Double]] = [:]
        var modularity: Double?
        var timings: [(metric: Metric, duration: Duration)] = []
        for metric in metrics where values[metric] == nil {
            let start = clock.now
            let one: CentralityTable
            do {
                one = try graph.centralities([metric])
            } catch {
                throw .metric(error)
            }
            timings.append((metric, clock.now - start))
            values[metric] = one.values[metric]
            if metric == .community { modularity = one.modularity }
        }
        return (CentralityTable(graph: graph, values: values, modularity: modularity), timings)
    }

    /// The isolation report of a snapshot, organizations and groups standing for their member states as
    /// the built-in lexicon and ``MembershipTable`` say.
    public static func isolation(_ snapshot: Snapshot, options: AnalysisOptions) throws(PipelineError) -> IsolationReport {
        try isolation(snapshot.graph, options: options)
    }

    /// The isolation report of an alliance graph with the built-in membership (see ``MembershipTable``).
    public static func isolation(_ graph: Graph, options: AnalysisOptions, membership: StateMembership? = nil)
        throws(PipelineError) -> IsolationReport
    {
        do {
            return try IsolationReport(
                graph: graph, options: options, membership: membership ?? MembershipTable.builtInMembership())
        } catch {
            throw .metric(error)
        }
    }
}

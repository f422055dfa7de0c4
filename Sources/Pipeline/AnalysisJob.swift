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

    public static func isolation(_ snapshot: Snapshot, options: AnalysisOptions) throws(PipelineError) -> IsolationReport {
        do {
            return try IsolationReport(graph: snapshot.graph, options: options)
        } catch {
            throw .metric(error)
        }
    }
}

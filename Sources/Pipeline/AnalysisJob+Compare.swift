import AllianceGraph

extension AnalysisJob {
    public static func compare(_ old: Snapshot, _ new: Snapshot, options: AnalysisOptions) throws(PipelineError) -> SnapshotComparison {
        do {
            return try SnapshotComparison(old: old, new: new, options: options, membership: MembershipTable.builtInMembership())
        } catch {
            throw .metric(error)
        }
    }
}

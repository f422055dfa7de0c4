/// A node-level measure computed on an ``AnalysisGraph`` (see ``AnalysisGraph/centralities(_:)``).
///
/// The raw values are the names used in reports and on the command line. Each case's definition,
/// formula, weight semantics and reference are in the documentation of the method that computes it and
/// in `docs/metrics.md`.
public enum Metric: String, CaseIterable, Sendable, Codable {
    /// ``AnalysisGraph/degreeCentrality()``: the share of other nodes a node is tied to.
    case degree
    /// ``AnalysisGraph/nodeStrengths()``: the sum of a node's tie strengths.
    case strength
    /// ``AnalysisGraph/betweennessCentrality(weighting:)``: the share of shortest paths through a node.
    case betweenness
    /// ``AnalysisGraph/closenessCentrality(weighting:)``: inverse mean distance (Wasserman–Faust).
    case closeness
    /// ``AnalysisGraph/harmonicCentrality(weighting:)``: the sum of inverse distances.
    case harmonic
    /// ``AnalysisGraph/eigenvectorCentrality(tolerance:maxIterations:)``: ties to central nodes count more.
    case eigenvector
    /// ``AnalysisGraph/pageRank(damping:tolerance:maxIterations:)``: a random surfer's stationary share.
    case pagerank
    /// ``AnalysisGraph/burtConstraint()``: how much a node's ties are concentrated and redundant.
    case constraint
    /// ``AnalysisGraph/effectiveSize()``: the number of non-redundant partners.
    case effectiveSize = "effective_size"
    /// ``AnalysisGraph/coreNumbers()``: the largest k such that the node is in the k-core.
    case coreNumber = "core_number"
    /// ``AnalysisGraph/louvainCommunities(resolution:threshold:)``: the community label (a small integer, as a `Double`).
    case community
}

/// Why a metric or an isolation report could not be computed.
public enum MetricError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A power iteration did not reach its tolerance within the allowed number of iterations.
    case failedToConverge(metric: Metric, iterations: Int)
    /// An isolation measure's fixed-point iteration did not converge.
    case isolationFailedToConverge(measure: IsolationMeasure, iterations: Int)
    /// A parameter is outside its domain (a damping factor outside [0, 1), a negative composite weight).
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .failedToConverge(let metric, let iterations):
            "\(metric.rawValue) centrality did not converge in \(iterations) iterations"
        case .isolationFailedToConverge(let measure, let iterations):
            "isolation measure \(measure.rawValue) did not converge in \(iterations) iterations"
        case .invalidParameter(let what): "invalid parameter: \(what)"
        }
    }
}

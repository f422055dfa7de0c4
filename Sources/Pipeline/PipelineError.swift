import AllianceGraph
import Graphviz
import NewsCorpus

/// Why a job failed. Every case prints as one line for the command-line tool.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case corpus(CorpusError)
    case snapshot(path: String, SnapshotError)
    case graphviz(GraphvizError)
    case metric(MetricError)
    case io(path: String, reason: String)
    case unknownEntity(String, suggestions: [String])
    case invalidInput(String)
    /// An output file exists and this tool did not write it (or it was changed since): not replaced
    /// without `--force` (see ``OutputRecord``).
    case notOurs(path: String)

    public var description: String {
        switch self {
        case .corpus(let e): e.description
        case .snapshot(let path, let e): "\(path): \(e)"
        case .graphviz(let e): "graphviz: \(e)"
        case .metric(let e): "metrics: \(e)"
        case .io(let path, let reason): "\(path): \(reason)"
        case .unknownEntity(let name, let s):
            "unknown entity '\(name)'" + (s.isEmpty ? "" : " (did you mean \(s.joined(separator: ", "))?)")
        case .invalidInput(let why): why
        case .notOurs(let path):
            "\(path): exists and was not written by alliance (or was changed since); not overwritten without --force"
        }
    }
}

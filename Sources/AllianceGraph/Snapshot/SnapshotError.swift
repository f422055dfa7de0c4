/// Why a snapshot could not be read.
public enum SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON, or JSON of the wrong shape; the message says where.
    case malformed(String)
    /// A schema this version does not read.
    case unsupportedSchema(String)
    /// Well-formed, but the graph it describes is inconsistent.
    case invalidGraph(GraphError)

    public var description: String {
        switch self {
        case .malformed(let why): "not a valid alliance-graph snapshot: \(why)"
        case .unsupportedSchema(let s): "unsupported snapshot schema '\(s)' (this version reads '\(Snapshot.schema)')"
        case .invalidGraph(let e): "invalid graph in snapshot: \(e)"
        }
    }
}

/// Why a graph could not be made from the given nodes and edges.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicateNode(ActorID)
    case unknownNode(ActorID, edge: String)
    case duplicateEdge(source: ActorID, target: ActorID, key: String)
    case invalidValue(String)

    public var description: String {
        switch self {
        case .duplicateNode(let id): "duplicate node id '\(id)'"
        case .unknownNode(let id, let edge): "edge \(edge) refers to unknown node '\(id)'"
        case .duplicateEdge(let s, let t, let k): "duplicate edge \(s) -> \(t) [\(k)]"
        case .invalidValue(let what): "invalid value: \(what)"
        }
    }
}

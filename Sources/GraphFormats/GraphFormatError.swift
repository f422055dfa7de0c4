/// Why a graph file could not be read. Every case prints as one line that names the place in the file.
public enum GraphFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A line of an edge list is malformed (too few fields, a weight that is not a number, ...).
    case invalidLine(line: Int, reason: String)
    /// The XML is malformed, or does not follow the format (GraphML, GEXF).
    case invalidXML(line: Int, reason: String)
    /// The document declares a DTD: refused, so that no entity is ever expanded or fetched (XXE).
    case documentTypeDeclaration
    /// A JSON document is malformed or not node-link JSON.
    case invalidJSON(String)
    /// A structure the reader does not support (nested graphs, hyperedges).
    case unsupported(String)
    /// An edge names a node the graph does not declare.
    case unknownNode(String, line: Int)
    /// Two nodes share an id.
    case duplicateNode(String, line: Int)
    /// An edge weight that is not a finite number > 0.
    case invalidWeight(String, line: Int)
    /// An edge's weight attribute is not a finite number > 0.
    case invalidEdgeWeight(String, source: String, target: String)
    /// Text that is not UTF-8.
    case notUTF8

    public var description: String {
        switch self {
        case .invalidLine(let line, let reason): "line \(line): \(reason)"
        case .invalidXML(let line, let reason): "line \(line): \(reason)"
        case .documentTypeDeclaration:
            "the document has a DOCTYPE declaration; DTDs are refused (no entity is expanded or fetched)"
        case .invalidJSON(let reason): reason
        case .unsupported(let what): "unsupported: \(what)"
        case .unknownNode(let id, let line): "line \(line): edge to undeclared node '\(id)'"
        case .duplicateNode(let id, let line): "line \(line): duplicate node id '\(id)'"
        case .invalidWeight(let value, let line): "line \(line): weight '\(value)' is not a finite number > 0"
        case .invalidEdgeWeight(let value, let source, let target):
            "edge \(source) – \(target): weight '\(value)' is not a finite number > 0"
        case .notUTF8: "the file is not UTF-8 text"
        }
    }
}

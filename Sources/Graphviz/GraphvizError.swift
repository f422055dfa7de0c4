/// Why Graphviz could not read, lay out or render a graph.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a DOT graph; the message is Graphviz's own ("syntax error in line 3 near '->'").
    case invalidDOT(String)
    /// The graph was read, but the layout engine failed on it.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// The graph was laid out, but could not be rendered in the format.
    case renderFailed(format: RenderFormat, message: String)

    public var description: String {
        switch self {
        case .invalidDOT(let message): "invalid DOT: \(message)"
        case .layoutFailed(let engine, let message): "Graphviz layout '\(engine.rawValue)' failed: \(message)"
        case .renderFailed(let format, let message): "Graphviz could not render \(format.rawValue): \(message)"
        }
    }
}

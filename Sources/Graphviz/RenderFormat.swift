/// An output format of the Graphviz renderer.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (UTF-8 XML), keeping node and edge `id`, `class` and `tooltip`s.
    case svg
    /// Portable Network Graphics, rendered with Cairo at 96 dpi unless the graph sets `dpi`.
    case png
    /// Portable Document Format, rendered with Cairo.
    case pdf
}

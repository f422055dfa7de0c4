internal import CGraphviz
import Foundation

/// Lays out and renders DOT text with the Graphviz C library (libgvc), in-process.
///
/// ```swift
/// let svg = try GraphvizRenderer().render(dot: "digraph { a -> b }", layout: .dot, format: .svg)
/// ```
///
/// Graphviz keeps process-wide state (the error buffer, the DOT lexer, plugin tables), so every call into
/// it, from any renderer on any thread, runs under one lock; calls are safe from concurrent tasks but do
/// not run in parallel. Each call creates and frees its own graph in one context kept for the process,
/// and nothing Graphviz reports is printed: errors are thrown as ``GraphvizError`` instead.
public struct GraphvizRenderer: Sendable {
    public init() {}

    /// Reads `dot`, lays it out with `layout` and renders it in `format`.
    ///
    /// SVG output is the same bytes for the same input and Graphviz version (it embeds the version in a
    /// comment and has no timestamp), provided the graph is named: Graphviz names an anonymous graph
    /// `%N`, counting the graphs read before it in the process. PNG and PDF come from Cairo, whose PDF
    /// metadata carries a creation date.
    /// - Returns: The rendered file's bytes.
    /// - Throws: ``GraphvizError/invalidDOT(_:)`` when `dot` is not a DOT graph,
    ///   ``GraphvizError/layoutFailed(engine:message:)`` or ``GraphvizError/renderFailed(format:message:)``.
    /// - Complexity: That of the layout engine; `dot` is roughly O(|V|·|E|) in practice.
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(GraphvizError) -> [UInt8] {
        try graphviz.withLock { library throws(GraphvizError) in
            try library.render(dot: dot, layout: layout, format: format)
        }
    }

    /// Checks that `dot` is a DOT graph Graphviz can read, without laying it out.
    /// - Throws: ``GraphvizError/invalidDOT(_:)`` with Graphviz's message.
    public func validate(dot: String) throws(GraphvizError) {
        try graphviz.withLock { library throws(GraphvizError) in
            try library.validate(dot: dot)
        }
    }
}

/// The only way into the C library: held by ``graphviz`` and handed out under its lock only.
private struct GraphvizLibrary: ~Copyable {
    /// One context for the whole process, made on first use and never freed. Graphviz's pango plugin
    /// remembers the last font name as a pointer into the context's font table, so freeing a context
    /// after each render left that pointer dangling, and the next render read freed memory (a heap
    /// use-after-free in `pango_textlayout`, found by scripts/sanitize).
    private var context: OpaquePointer?

    init() {}

    func validate(dot: String) throws(GraphvizError) {
        let errors = ErrorReporting()
        defer { errors.restore() }
        let graph = try parse(dot, errors: errors)
        agclose(graph)
    }

    mutating func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws(GraphvizError) -> [UInt8] {
        let errors = ErrorReporting()
        defer { errors.restore() }
        // The context first: it loads the plugins and sets the attribute defaults graphs are read with.
        if context == nil { context = gvContext() }
        guard let context else {
            throw .layoutFailed(engine: layout, message: "could not create a Graphviz context")
        }
        let graph = try parse(dot, errors: errors)
        defer { agclose(graph) }
        guard gvLayout(context, graph, layout.rawValue) == 0 else {
            throw .layoutFailed(engine: layout, message: errors.lastMessage() ?? "gvLayout returned an error")
        }
        defer { gvFreeLayout(context, graph) }
        let bytes = renderData { gvRenderData(context, graph, format.rawValue, $0, $1) }
        guard let bytes else {
            throw .renderFailed(format: format, message: errors.lastMessage() ?? "gvRenderData returned an error")
        }
        return bytes
    }

    private func parse(_ dot: String, errors: ErrorReporting) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        agreadline(1)  // the lexer counts lines across calls otherwise
        guard let graph = agmemread(dot) else {
            throw .invalidDOT(errors.lastMessage() ?? "no graph in the input")
        }
        // The lexer keeps whatever follows the first graph for the next read. Drain it, so that trailing
        // text is reported here and not as an error in the next call's input.
        var extraGraphs = 0
        while let extra = agmemread("") {
            agclose(extra)
            extraGraphs += 1
        }
        if errors.occurred {
            agclose(graph)
            throw .invalidDOT(errors.lastMessage() ?? "unreadable text after the graph")
        }
        if extraGraphs > 0 {
            agclose(graph)
            throw .invalidDOT("expected one graph, found \(extraGraphs + 1)")
        }
        return graph
    }

    /// Calls `gvRenderData` through `render` and copies its buffer, which is freed before returning.
    ///
    /// The length is `unsigned int *` in the Graphviz 2.43 of Debian and Ubuntu LTS and `size_t *` in later
    /// releases; being generic over it lets the same call compile against both.
    /// - Returns: The bytes, or `nil` when `render` reports failure.
    private func renderData<Length: BinaryInteger>(
        _ render: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Length>) -> Int32
    ) -> [UInt8]? {
        var data: UnsafeMutablePointer<CChar>? = nil
        var length: Length = 0
        let status = render(&data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else { return nil }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }
}

/// Routes Graphviz's messages into its error buffer instead of stderr for the length of one call.
private struct ErrorReporting {
    private let previousLevel: agerrlevel_t

    init() {
        previousLevel = agseterr(AGMAX)
        _ = agreseterrors()
    }

    func restore() { _ = agseterr(previousLevel) }

    /// Whether Graphviz reported an error (not just a warning) during this call.
    var occurred: Bool { agerrors() >= Int32(AGERR.rawValue) }

    /// The last error reported during this call, on one line, or `nil` when there was none.
    func lastMessage() -> String? {
        guard occurred, let raw = aglasterr() else { return nil }
        defer { cgraphviz_free(raw) }
        let text = String(cString: raw)
            .split(whereSeparator: \.isNewline)
            .map(trimmed)
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}

private func trimmed(_ line: Substring) -> Substring {
    var line = line.drop(while: \.isWhitespace)
    while line.last?.isWhitespace == true { line.removeLast() }
    return line
}

/// Every call into Graphviz runs under this lock: the package's only global.
private let graphviz = GraphvizLock()

/// The lock around ``GraphvizLibrary``: a pthread mutex (`NSLock`), whose hand-offs the thread sanitizer
/// sees. With `Synchronization.Mutex`, whose futex lock it does not see, scripts/sanitize reported the
/// library's context, written under the lock, as a data race between renders.
private final class GraphvizLock: @unchecked Sendable {
    private let lock = NSLock()
    private var library = GraphvizLibrary()

    func withLock<T, E: Error>(_ body: (inout GraphvizLibrary) throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&library)
    }
}

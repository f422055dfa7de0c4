import Foundation

/// Reads weighted edge lists: one edge per line, `source target [weight]`.
///
/// - **TSV** (``GraphFileFormat/tsv``): fields are separated by tabs; a line without a tab is split on
///   runs of spaces, so whitespace-separated lists (SNAP, igraph's NCOL, NetworkX's `write_edgelist`)
///   read too.
/// - **CSV** (``GraphFileFormat/csv``): RFC 4180, quoted fields may hold commas, quotes and line breaks.
///
/// Lines that are empty or start with `#` or `%` are comments. The first other line is a **header**
/// when its first two fields are column names (`source`/`target`, `from`/`to`, `src`/`dst`, `u`/`v`,
/// `node1`/`node2`, `source_id`/`target_id`, in any case) or when it has a third field that is not a
/// number; a header's `source`, `target` and `weight` (or `strength`, `w`, `value`) columns are then
/// found by name (without a named weight column, the weight is the first of the first three columns that
/// is neither), otherwise they are the first three. Other columns are ignored.
///
/// A missing or empty weight is 1; a weight must be a finite number > 0, and errors name the line.
/// Node ids are the fields with surrounding spaces trimmed, in order of first appearance. Repeated pairs
/// and self-loops are kept (see ``GraphData/analysisGraph(weight:)`` for what metrics do with them).
public enum EdgeListReader {
    static let sourceNames: Set<String> = ["source", "from", "src", "u", "node1", "source_id", "sourceid", "head"]
    static let targetNames: Set<String> = ["target", "to", "dst", "v", "node2", "target_id", "targetid", "tail"]
    static let weightNames: Set<String> = ["weight", "strength", "w", "value", "weights"]

    /// Parses an edge list.
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8).
    ///   - format: ``GraphFileFormat/tsv`` or ``GraphFileFormat/csv``.
    /// - Returns: an undirected ``GraphData`` with a `weight` edge column when the file has weights.
    /// - Throws: ``GraphFormatError/invalidLine(line:reason:)`` or ``GraphFormatError/invalidWeight(_:line:)``.
    /// - Complexity: O(n) in the size of the file, plus a hash lookup per node id.
    public static func read(_ data: Data, format: GraphFileFormat) throws(GraphFormatError) -> GraphData {
        precondition(format == .tsv || format == .csv, "edge lists are TSV or CSV")
        var builder = Builder()
        let result: Result<Void, GraphFormatError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(GraphFormatError) {
                if format == .csv {
                    try CSVText.forEachRecord(bytes) { (fields, line) throws(GraphFormatError) in
                        try builder.add(fields, line: line)
                    }
                } else {
                    try forEachTSVRecord(bytes) { (fields, line) throws(GraphFormatError) in
                        try builder.add(fields, line: line)
                    }
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        return builder.graph()
    }

    /// Splits TSV text into records: tabs separate fields; a line without a tab splits on spaces.
    static func forEachTSVRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ fields: [String], _ line: Int) throws(GraphFormatError) -> Void
    ) throws(GraphFormatError) {
        var start = 0
        var line = 0
        let n = bytes.count
        var fields: [String] = []
        while start < n {
            line += 1
            var end = start
            var hasTab = false
            while end < n && bytes[end] != UInt8(ascii: "\n") {
                if bytes[end] == UInt8(ascii: "\t") { hasTab = true }
                end += 1
            }
            var stop = end
            if stop > start && bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            fields.removeAll(keepingCapacity: true)
            if hasTab {
                var f = start
                for k in start...stop where k == stop || bytes[k] == UInt8(ascii: "\t") {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[f..<k]), as: UTF8.self))
                    f = k + 1
                }
            } else {
                var k = start
                while k < stop {
                    while k < stop && (bytes[k] == UInt8(ascii: " ") || bytes[k] == 0x0B || bytes[k] == 0x0C) { k += 1 }
                    let f = k
                    while k < stop && bytes[k] != UInt8(ascii: " ") { k += 1 }
                    if k > f { fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[f..<k]), as: UTF8.self)) }
                }
            }
            if !fields.isEmpty { try body(fields, line) }
            start = end + 1
        }
    }

    /// The text without leading and trailing spaces and tabs (fast when there are none).
    static func trim(_ s: String) -> String {
        let utf8 = s.utf8
        func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isBlank(first) || isBlank(last) else { return s }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end && isBlank(utf8[start]) { start = utf8.index(after: start) }
        while end > start && isBlank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(s[start..<end])
    }

    /// Accumulates edges, interning node ids.
    struct Builder {
        var index: [String: Int32] = [:]
        var nodes: [String] = []
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var hasWeights = false
        var sawFirstLine = false
        var columns = (source: 0, target: 1, weight: 2)

        func trim(_ s: String) -> String { EdgeListReader.trim(s) }

        mutating func add(_ raw: [String], line: Int) throws(GraphFormatError) {
            let first = trim(raw[0])
            if first.hasPrefix("#") || first.hasPrefix("%") { return }
            if raw.count == 1 && first.isEmpty { return }
            if !sawFirstLine {
                sawFirstLine = true
                if isHeader(raw) {
                    let names = raw.map { trim($0).lowercased() }
                    if let s = names.firstIndex(where: Self.isSource), let t = names.firstIndex(where: Self.isTarget) {
                        columns.source = s
                        columns.target = t
                        // Without a named weight column, the first of the first three columns that is
                        // neither the source nor the target.
                        columns.weight =
                            names.firstIndex(where: { EdgeListReader.weightNames.contains($0) })
                            ?? (0..<3).first { $0 != s && $0 != t } ?? -1
                    } else {
                        columns.weight = names.firstIndex(where: { EdgeListReader.weightNames.contains($0) }) ?? 2
                    }
                    return
                }
            }
            guard raw.count > Swift.max(columns.source, columns.target) else {
                throw .invalidLine(
                    line: line, reason: "expected a source and a target, found \(raw.count) field\(raw.count == 1 ? "" : "s")")
            }
            let u = try intern(raw[columns.source], line: line)
            let v = try intern(raw[columns.target], line: line)
            var w = 1.0
            if columns.weight >= 0 && columns.weight < raw.count {
                let text = trim(raw[columns.weight])
                if !text.isEmpty {
                    guard let x = Double(text), x.isFinite, x > 0 else { throw .invalidWeight(text, line: line) }
                    w = x
                    hasWeights = true
                }
            }
            sources.append(u)
            targets.append(v)
            weights.append(w)
        }

        static func isSource(_ name: String) -> Bool { EdgeListReader.sourceNames.contains(name) }
        static func isTarget(_ name: String) -> Bool { EdgeListReader.targetNames.contains(name) }

        func isHeader(_ raw: [String]) -> Bool {
            guard raw.count >= 2 else { return false }
            let names = raw.map { trim($0).lowercased() }
            if Self.isSource(names[0]) && Self.isTarget(names[1]) { return true }
            if names.contains(where: Self.isSource) && names.contains(where: Self.isTarget)
                && names.contains(where: { EdgeListReader.weightNames.contains($0) })
            {
                return true
            }
            return raw.count >= 3 && !names[2].isEmpty && Double(names[2]) == nil
        }

        mutating func intern(_ raw: String, line: Int) throws(GraphFormatError) -> Int32 {
            let id = trim(raw)
            guard !id.isEmpty else { throw .invalidLine(line: line, reason: "empty node id") }
            if let i = index[id] { return i }
            if let problem = XMLText.problem(withNodeID: id) { throw .invalidLine(line: line, reason: problem) }
            let i = Int32(nodes.count)
            index[id] = i
            nodes.append(id)
            return i
        }

        func graph() -> GraphData {
            GraphData(
                isDirected: false, nodes: nodes, sources: sources, targets: targets,
                edgeAttributes: hasWeights ? [AttributeColumn(name: "weight", doubles: weights)] : [])
        }
    }
}

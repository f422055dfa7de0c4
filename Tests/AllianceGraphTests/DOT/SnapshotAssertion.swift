import Foundation
import Testing

/// Compares `text` with the golden file `Snapshots/<name>.<pathExtension>` beside this folder.
///
/// Set `RECORD_SNAPSHOTS=1` to write the file instead; a missing file is written and reported as a
/// failure, so that a new snapshot is always looked at before it is trusted. A mismatch records a
/// line diff (`-` golden, `+` actual).
func assertSnapshot(
    _ text: String, named name: String, pathExtension: String = "dot", filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent("\(name).\(pathExtension)")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    guard !recording, let golden = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        if !recording {
            Issue.record(
                "recorded missing snapshot \(url.lastPathComponent); check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    guard golden != text else { return }
    Issue.record(
        "\(url.lastPathComponent) differs (re-record with RECORD_SNAPSHOTS=1):\n\(lineDiff(golden, text))",
        sourceLocation: sourceLocation)
}

/// A unified-style line diff of `old` and `new` with two lines of context, from their longest common
/// subsequence of lines.
/// - Complexity: O(*m*·*n*) in the numbers of lines.
func lineDiff(_ old: String, _ new: String, context: Int = 2) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var ops: [(Character, Substring)] = []
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            ops.append((" ", a[i])); i += 1; j += 1
        } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
            ops.append(("-", a[i])); i += 1
        } else {
            ops.append(("+", b[j])); j += 1
        }
    }
    let changed = ops.indices.filter { ops[$0].0 != " " }
    var shown = Set<Int>()
    for k in changed { for c in max(0, k - context)...min(ops.count - 1, k + context) { shown.insert(c) } }
    var out: [String] = []
    var previous = -1
    for k in shown.sorted() {
        if previous >= 0 && k != previous + 1 { out.append("…") }
        out.append("\(ops[k].0) \(ops[k].1)")
        previous = k
    }
    return out.joined(separator: "\n")
}

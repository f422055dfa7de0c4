import Foundation
import GraphFormats

/// Small, deterministic text helpers shared by the report writers.
public enum TextFormatting {
    /// A JSON string literal, safe to embed in HTML (see ``GraphFormats/JSONText/string(_:htmlSafe:)``).
    public static func jsonString(_ s: String) -> String { JSONText.string(s, htmlSafe: true) }

    /// A number as JSON: the shortest representation that reads back to the same Double.
    public static func jsonNumber(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// A CSV cell (RFC 4180 quoting). Text cells that a spreadsheet would read as a formula
    /// (starting with = + - @, tab or carriage return) are prefixed with an apostrophe. The one
    /// implementation is ``GraphFormats/CSVText/cell(_:)``, shared with the CSV exports.
    public static func csvCell(_ s: String) -> String { CSVText.cell(s) }

    /// Fixed-precision number for tables.
    public static func fixed(_ x: Double, _ digits: Int = 4) -> String { String(format: "%.\(digits)f", x) }

    /// Escapes text for Markdown table cells and prose (pipes, brackets, HTML).
    public static func markdown(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]": out += "\\\(ch)"
            case "\n": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    /// Left-aligned plain-text table.
    public static func table(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return rightAligned.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }
}

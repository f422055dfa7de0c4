import Foundation
import Yams

/// Metadata at the top of a document, between two `---` lines (the form static-site generators and
/// scrapers write):
///
/// ```text
/// ---
/// title: Putin welcomed in Pyongyang
/// date: 2024-06-19
/// publisher: DW
/// ---
/// Russian President Vladimir Putin ...
/// ```
///
/// Recognized keys are `id`, `title`, `publisher`, `date` (`YYYY-MM-DD`; a YAML timestamp such as
/// `2024-06-19T08:00:00Z` gives its day) and `language`; others are ignored. A manifest entry for the same
/// file wins over front matter. The block is blanked out of the text (each character but line breaks
/// becomes a space) rather than cut, so that character offsets in the evidence still point into the file.
public struct FrontMatter: Sendable, Equatable {
    public var fields: [String: String]

    /// The most characters a front-matter block may span; a longer one is read as text.
    public static let maxLength = 8_192

    /// Splits `text` into its front matter (when it starts with one) and the text with the block blanked.
    /// - Throws: a reason when the block is there but is not a YAML mapping or its date is invalid.
    public static func split(_ text: String) -> Result<(FrontMatter?, String), SkippedReason> {
        // Most documents have none: a block starts with "---\n", checked on the bytes before any scalar is copied.
        guard text.utf8.starts(with: "---\n".utf8) else { return .success((nil, text)) }
        let scalars = Array(text.unicodeScalars.prefix(maxLength + 8))
        guard let (yamlEnd, bodyStart) = block(scalars) else { return .success((nil, text)) }
        let yaml = String(String.UnicodeScalarView(scalars[4..<yamlEnd]))
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            return .failure(SkippedReason("front matter is not valid YAML"))
        }
        var fields: [String: String] = [:]
        if let node {
            guard let mapping = node.mapping else { return .failure(SkippedReason("front matter is not a YAML mapping")) }
            for (k, v) in mapping {
                guard let key = k.string, ["id", "title", "publisher", "date", "language"].contains(key),
                    let value = v.scalar?.string else { continue }
                fields[key] = value.trimmingCharacters(in: .whitespaces)
            }
        }
        if var date = fields["date"] {
            if date.count > 10, date.dropFirst(10).first.map({ "T t".contains($0) }) == true { date = String(date.prefix(10)) }
            guard Manifest.isISODate(date) else {
                return .failure(SkippedReason("front matter date '\(fields["date"]!)' is not YYYY-MM-DD"))
            }
            fields["date"] = date
        }
        var blanked = String.UnicodeScalarView()
        for (i, s) in text.unicodeScalars.enumerated() {
            blanked.append(i < bodyStart && s != "\n" && s != "\r" ? " " : s)
        }
        return .success((FrontMatter(fields: fields), String(blanked)))
    }

    /// Where the YAML ends (the start of the closing `---` line) and the body starts (just past that
    /// line), when the scalars start with a front-matter block.
    private static func block(_ s: [Unicode.Scalar]) -> (yamlEnd: Int, bodyStart: Int)? {
        let opening: [Unicode.Scalar] = ["-", "-", "-", "\n"]
        guard s.count >= 8, Array(s[0..<4]) == opening else { return nil }
        var lineStart = 4
        var i = 4
        while i < min(s.count, maxLength) {
            if s[i] == "\n" {
                let line = s[lineStart..<i].filter { $0 != "\r" }
                if line == ["-", "-", "-"] { return (lineStart, i + 1) }
                lineStart = i + 1
            }
            i += 1
        }
        // A closing line at the very end of the text.
        if s.count < maxLength, s[lineStart...].filter({ $0 != "\r" }) == ["-", "-", "-"] { return (lineStart, s.count) }
        return nil
    }
}

/// Why a single document was not used.
public struct SkippedReason: Error, Sendable, Equatable {
    public var text: String
    public init(_ text: String) { self.text = text }
}

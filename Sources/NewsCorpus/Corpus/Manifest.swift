import Foundation
import Yams

/// A corpus manifest (`manifest.yaml` beside the documents): metadata the texts alone do not give.
///
/// ```yaml
/// documents:
///   - id: "003"
///     path: 003_94689cfd3c9ead0a.txt
///     title: Putin welcomed in Pyongyang
///     publisher: DW
///     date: 2024-06-19
///     language: en
/// ```
/// Every field but `path` is optional; `id` defaults to the file name without extension.
public struct Manifest: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String?
        public var path: String
        public var title: String?
        public var publisher: String?
        public var date: String?
        public var language: String?
        public var note: String?
    }

    public var documents: [Entry]

    /// The conventional file name of a manifest inside a corpus folder.
    public static let fileName = "manifest.yaml"

    /// Reads and validates a manifest (ids unique, dates `YYYY-MM-DD`).
    public static func load(path: String) throws(CorpusError) -> Manifest {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        let manifest: Manifest
        do {
            manifest = try YAMLDecoder().decode(Manifest.self, from: text)
        } catch let error as YamlError {
            throw .invalidManifest(path: path, line: Self.line(of: error), reason: Self.oneLine("\(error)"))
        } catch let error as DecodingError {
            throw .invalidManifest(path: path, line: nil, reason: Self.oneLine("\(error)"))
        } catch {
            throw .invalidManifest(path: path, line: nil, reason: Self.oneLine("\(error)"))
        }
        var seen = Set<String>()
        for entry in manifest.documents {
            let id = entry.id ?? Self.defaultID(for: entry.path)
            if !seen.insert(id).inserted { throw .invalidManifest(path: path, line: nil, reason: "duplicate id '\(id)'") }
            if let date = entry.date, !Self.isISODate(date) {
                throw .invalidManifest(path: path, line: nil, reason: "date '\(date)' of '\(id)' is not YYYY-MM-DD")
            }
        }
        return manifest
    }

    /// The id a document gets without a manifest entry: its file name without the extension.
    public static func defaultID(for path: String) -> String {
        // The common case, a plain "folder/name.txt" path, is cut on its bytes; NSString's path rules
        // (trailing or doubled slashes, dot names) are left to NSString.
        let utf8 = Array(path.utf8)
        if let dot = utf8.lastIndex(of: 0x2E), dot > 0, dot + 1 < utf8.count, utf8.last != 0x2F {
            let slash = utf8[..<dot].lastIndex(of: 0x2F) ?? -1
            let ext = utf8[(dot + 1)...]
            // (An ASCII path's doubled slash looked for on its bytes: Foundation's contains cost more.)
            let plain = !utf8.contains(where: { $0 >= 0x80 }) && !zip(utf8, utf8.dropFirst()).contains(where: { $0 == 0x2F && $1 == 0x2F })
                && !ext.contains(0x2F)
                && dot - slash > 1 && utf8[slash + 1] != 0x2E && utf8[dot - 1] != 0x2E && ext.allSatisfy({ b in
                    (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
                })
            if plain { return String(decoding: utf8[(slash + 1)..<dot], as: UTF8.self) }
        }
        let name = (path as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    /// Whether a string is a valid calendar date in `YYYY-MM-DD` form.
    public static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

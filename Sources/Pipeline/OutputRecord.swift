import Foundation
import NewsCorpus

/// Which files in a folder this tool wrote, so that a file that is not ours is never overwritten.
///
/// Every folder `alliance` writes into holds a record, `.alliance-outputs`: one line per file it wrote
/// there, `<SHA-256 of the content>  <name>`, sorted by name (the format of `sha256sum`, so
/// `sha256sum -c .alliance-outputs` checks a folder). A destination that exists is **ours**, and may be
/// replaced, when its current content has the hash recorded for its name, or is already exactly what
/// would be written. Anything else (a file of the user's, a file of ours edited since, a file written
/// before the record existed, a folder or link in the way) is refused with
/// ``PipelineError/notOurs(path:)`` unless the command was given `--force`. The record is deterministic
/// (no times, no absolute paths), so a committed output folder reproduces byte for byte.
public enum OutputRecord {
    /// The record's file name, in each folder written to.
    public static let fileName = ".alliance-outputs"

    /// Hex SHA-256 of each recorded file name, read from a folder's record (empty when there is none).
    static func load(directory: String) -> [String: String] {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var entries: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 64 else { continue }
            entries[String(parts[1].dropFirst(parts[1].hasPrefix(" ") ? 1 : 0))] = String(parts[0])
        }
        return entries
    }

    /// Hex SHA-256 of some bytes.
    static func hash(_ data: Data) -> String { ContentHash.sha256Hex(data) }

    /// Refuses to replace a file that is not ours (see ``OutputRecord``).
    /// - Parameters:
    ///   - name: the file name inside `directory`.
    ///   - data: what would be written.
    ///   - recorded: the folder's record (``load(directory:)``).
    /// - Throws: ``PipelineError/notOurs(path:)``.
    static func checkReplaceable(
        _ name: String, in directory: String, with data: Data, recorded: [String: String]
    ) throws(PipelineError) {
        let path = (directory as NSString).appendingPathComponent(name)
        var info = stat()
        guard lstat(path, &info) == 0 else { return }  // nothing there
        guard info.st_mode & S_IFMT == S_IFREG, let current = FileManager.default.contents(atPath: path) else {
            throw .notOurs(path: path)
        }
        if current == data { return }
        guard let known = recorded[name], known == hash(current) else { throw .notOurs(path: path) }
    }

    /// Records the files just written into a folder (with their new content), keeping the entries of
    /// other files that still exist there. Written atomically; a failure to record is not an error of the
    /// run (the files are written), it only makes them "not ours" next time.
    static func record(_ written: [(name: String, data: Data)], in directory: String, previous: [String: String]) {
        var entries = previous.filter { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0.key)) }
        for (name, data) in written { entries[name] = hash(data) }
        let text = entries.sorted { $0.key < $1.key }.map { "\($0.value)  \($0.key)\n" }.joined()
        let path = (directory as NSString).appendingPathComponent(fileName)
        try? OutputWriter.replace(path, with: Data(text.utf8))
    }
}

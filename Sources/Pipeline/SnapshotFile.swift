import AllianceGraph
import Foundation
import NewsCorpus

/// Reading snapshot files with errors that name the file.
public enum SnapshotFile {
    /// Largest snapshot or graph file read, in bytes (512 MiB).
    public static let maxBytes = 512 << 20

    public static func load(_ path: String) throws(PipelineError) -> Snapshot {
        let data = try read(path, kind: "snapshot")
        do {
            return try Snapshot(jsonData: data)
        } catch {
            throw .snapshot(path: path, error)
        }
    }

    /// The bytes of a snapshot or graph file of at most ``maxBytes``, read without reading more (see
    /// ``NewsCorpus/BoundedFile``).
    /// - Throws: ``PipelineError/io(path:reason:)``: no such file, a folder, not a regular file, larger
    ///   than 512 MiB, unreadable.
    static func read(_ path: String, kind: String) throws(PipelineError) -> Data {
        switch BoundedFile.read(path, maxBytes: maxBytes) {
        case .success(let data): return data
        case .failure(.isFolder): throw .io(path: path, reason: "is a folder, not a \(kind) file")
        case .failure(let problem): throw .io(path: path, reason: problem.description)
        }
    }
}

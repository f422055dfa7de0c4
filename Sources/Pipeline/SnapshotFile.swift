import AllianceGraph
import Foundation

/// Reading snapshot files with errors that name the file.
public enum SnapshotFile {
    /// Largest snapshot read, in bytes.
    public static let maxBytes = 512 << 20

    public static func load(_ path: String) throws(PipelineError) -> Snapshot {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .io(path: path, reason: "no such file") }
        guard !isDir.boolValue else { throw .io(path: path, reason: "is a folder, not a snapshot file") }
        if let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw .io(path: path, reason: "file larger than \(maxBytes >> 20) MiB")
        }
        guard let data = fm.contents(atPath: path) else { throw .io(path: path, reason: "cannot read file") }
        do {
            return try Snapshot(jsonData: data)
        } catch {
            throw .snapshot(path: path, error)
        }
    }
}

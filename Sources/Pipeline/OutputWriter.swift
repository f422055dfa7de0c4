import Foundation

/// Writes a set of files into a folder so that a failure leaves the folder as it was.
///
/// Files are first written to a staging folder inside the output folder (same file system), then each
/// is renamed over its destination, which is atomic on POSIX systems: a reader sees the old file or the
/// new one, never half of one. If anything fails before the renames, the staging folder is removed and
/// nothing the user had is touched. Names are plain file names: no path separators, so nothing is
/// written outside the chosen folder.
public struct OutputWriter {
    public let directory: String
    private var staged: [(name: String, data: Data)] = []

    public init(directory: String) {
        self.directory = directory
    }

    /// Queues a file to be written on ``commit()``.
    public mutating func add(_ name: String, _ data: Data) {
        precondition(!name.contains("/") && !name.hasPrefix("."), "output names are plain file names")
        staged.append((name, data))
    }

    public mutating func add(_ name: String, _ text: String) { add(name, Data(text.utf8)) }

    /// Writes every queued file atomically, then empties the queue.
    public mutating func commit() throws(PipelineError) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, reason: "cannot create output folder: \(error.localizedDescription)")
        }
        let staging = (directory as NSString).appendingPathComponent(".alliance-staging-\(getpid())")
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(path: directory, reason: "output folder is not writable: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(atPath: staging) }
        for (name, data) in staged {
            let path = (staging as NSString).appendingPathComponent(name)
            guard fm.createFile(atPath: path, contents: data) else {
                throw .io(path: (directory as NSString).appendingPathComponent(name), reason: "cannot write file")
            }
        }
        for (name, _) in staged {
            let from = (staging as NSString).appendingPathComponent(name)
            let to = (directory as NSString).appendingPathComponent(name)
            if rename(from, to) != 0 {
                throw .io(path: to, reason: String(cString: strerror(errno)))
            }
        }
        staged.removeAll()
    }

    /// Writes one file atomically (temporary file beside it, then rename).
    public static func writeFile(_ path: String, _ data: Data) throws(PipelineError) {
        let dir = (path as NSString).deletingLastPathComponent
        let tmp = ((dir.isEmpty ? "." : dir) as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: tmp, contents: data) else {
            throw .io(path: path, reason: "cannot write file")
        }
        if rename(tmp, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: tmp)
            throw .io(path: path, reason: reason)
        }
    }
}

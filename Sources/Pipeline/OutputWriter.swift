import Foundation

/// Writes a set of files into a folder so that a failure leaves the folder as it was, and a file that is
/// not ours is not replaced.
///
/// Files are first written to a staging folder inside the output folder (same file system), then each
/// is renamed over its destination, which is atomic on POSIX systems: a reader sees the old file or the
/// new one, never half of one. If anything fails before the renames, the staging folder is removed and
/// nothing the user had is touched. Names are plain file names: no path separators, so nothing is
/// written outside the chosen folder. Before anything is written, every destination that exists must be
/// ours (see ``OutputRecord``) unless `force` is set; the folder's record is updated after the renames.
public struct OutputWriter {
    public let directory: String
    /// Replace existing files even when they are not ours (`--force`).
    public var force: Bool
    private var staged: [(name: String, data: Data)] = []

    public init(directory: String, force: Bool = false) {
        self.directory = directory
        self.force = force
    }

    /// Queues a file to be written on ``commit()``.
    public mutating func add(_ name: String, _ data: Data) {
        precondition(!name.contains("/") && !name.hasPrefix("."), "output names are plain file names")
        staged.append((name, data))
    }

    public mutating func add(_ name: String, _ text: String) { add(name, Data(text.utf8)) }

    /// Writes every queued file atomically, then empties the queue.
    /// - Throws: ``PipelineError/notOurs(path:)`` (before anything is written), ``PipelineError/io(path:reason:)``.
    public mutating func commit() throws(PipelineError) {
        let fm = FileManager.default
        let recorded = OutputRecord.load(directory: directory)
        if !force {
            for (name, data) in staged {
                try OutputRecord.checkReplaceable(name, in: directory, with: data, recorded: recorded)
            }
        }
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
        OutputRecord.record(staged, in: directory, previous: recorded)
        staged.removeAll()
    }

    /// Writes one file atomically (temporary file beside it, then rename), refusing to replace a file
    /// that is not ours unless `force` is set.
    /// - Throws: ``PipelineError/notOurs(path:)``, ``PipelineError/io(path:reason:)``.
    public static func writeFile(_ path: String, _ data: Data, force: Bool = false) throws(PipelineError) {
        try writeFiles([(path, data)], force: force)
    }

    /// Writes several files (as ``writeFile(_:_:force:)``), checking all of them before writing any.
    ///
    /// A destination that is a device, a pipe or a socket (`/dev/null`, `/dev/stdout`) is written to as it
    /// is: there is no file to replace, and renaming over it would replace the device itself.
    public static func writeFiles(_ files: [(path: String, data: Data)], force: Bool = false) throws(PipelineError) {
        var files = files
        for (path, data) in files where isStream(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw .io(path: path, reason: "cannot open for writing") }
            do {
                try handle.write(contentsOf: data)
                try handle.close()
            } catch {
                throw .io(path: path, reason: "write failed: \(error.localizedDescription)")
            }
        }
        files.removeAll { isStream($0.path) }
        func split(_ path: String) -> (directory: String, name: String) {
            let dir = (path as NSString).deletingLastPathComponent
            return (dir.isEmpty ? "." : dir, (path as NSString).lastPathComponent)
        }
        if !force {
            for (path, data) in files {
                let (dir, name) = split(path)
                try OutputRecord.checkReplaceable(name, in: dir, with: data, recorded: OutputRecord.load(directory: dir))
            }
        }
        for (path, data) in files {
            let (dir, name) = split(path)
            let recorded = OutputRecord.load(directory: dir)
            try replace(path, with: data)
            OutputRecord.record([(name, data)], in: dir, previous: recorded)
        }
    }

    /// Whether `path` names a character device, a pipe or a socket (following symbolic links).
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK
    }

    /// Replaces a file atomically (temporary file beside it, then rename), without any check.
    static func replace(_ path: String, with data: Data) throws(PipelineError) {
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

import Foundation

/// Reads whole files with a size limit, never reading more than the limit.
///
/// The size is checked on the opened file (so a symbolic link to a huge file is caught, as is a file
/// that grows while it is read), only regular files are read (a FIFO, a device such as `/dev/zero` or a
/// socket would block or never end), and opening does not block.
public enum BoundedFile {
    /// Why a file was not read.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case notFound
        case isFolder
        /// A FIFO, device, socket: not a file that can be read whole.
        case notRegularFile
        case tooLarge(limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .notFound: "no such file"
            case .isFolder: "is a folder"
            case .notRegularFile: "not a regular file (a device, FIFO or socket)"
            case .tooLarge(let limit): "file larger than \(Self.size(limit))"
            case .unreadable(let reason): "cannot read file: \(reason)"
            }
        }

        /// A limit in bytes as people say it: "64 MiB" for whole MiB, else bytes.
        static func size(_ bytes: Int) -> String {
            bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
        }
    }

    /// The bytes of a regular file of at most `maxBytes` bytes.
    public static func read(_ path: String, maxBytes: Int) -> Result<Data, Problem> {
        readBytes(path, maxBytes: maxBytes).map { Data($0) }
    }

    /// The bytes of a regular file of at most `maxBytes` bytes, as an array (what the corpus reader
    /// decodes and hashes; no `Data` in between, which cost a copy and per-append overhead per file).
    public static func readBytes(_ path: String, maxBytes: Int) -> Result<[UInt8], Problem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .failure(code == ENOENT ? .notFound : .unreadable(String(cString: strerror(code))))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.isFolder)
        default: return .failure(.notRegularFile)
        }
        if Int(info.st_size) > maxBytes { return .failure(.tooLarge(limit: maxBytes)) }
        // Read until the end, or until one byte beyond the limit: a file that grew since fstat is caught too.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, max(Int(info.st_size) + 1, 4096)))
        while bytes.count <= maxBytes {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        if bytes.count > maxBytes { return .failure(.tooLarge(limit: maxBytes)) }
        return .success(bytes)
    }
}

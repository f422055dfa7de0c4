import Foundation
import Testing

import AllianceGraph

@testable import NewsCorpus

/// Files are read whole only when they are regular files within the limit, checked on the opened file.
@Suite struct BoundedFileTests {
    func temporaryFolder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func readsWithinTheLimit() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("twelve bytes".utf8).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        #expect(BoundedFile.read(dir + "/a.txt", maxBytes: 12) == .success(Data("twelve bytes".utf8)))
        #expect(BoundedFile.read(dir + "/a.txt", maxBytes: 11) == .failure(.tooLarge(limit: 11)))
        #expect(BoundedFile.read(dir + "/none.txt", maxBytes: 11) == .failure(.notFound))
        #expect(BoundedFile.read(dir, maxBytes: 11) == .failure(.isFolder))
    }

    /// The old check used the link's own size (lstat), so a link to a huge file was read whole.
    @Test func aLinkToAHugeFileIsRefusedWithoutReadingIt() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let huge = dir + "/huge.bin"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 1 << 40) == 0)  // a sparse 1 TiB file
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: huge)
        #expect(BoundedFile.read(dir + "/link.txt", maxBytes: 64 << 20) == .failure(.tooLarge(limit: 64 << 20)))
        let result = CorpusReader().readOne(path: dir + "/link.txt", entry: nil)
        #expect(throws: SkippedInput(path: dir + "/link.txt", reason: "file larger than 64 MiB")) { try result.get() }
    }

    @Test func devicesAndFIFOsAreNotRead() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(BoundedFile.read("/dev/zero", maxBytes: 1 << 20) == .failure(.notRegularFile))
        #expect(mkfifo(dir + "/fifo.txt", 0o600) == 0)
        // Opening a FIFO without a writer would block; it is refused at once.
        #expect(BoundedFile.read(dir + "/fifo.txt", maxBytes: 1 << 20) == .failure(.notRegularFile))
    }
}

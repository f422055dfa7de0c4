import AllianceGraph
import Foundation

/// Finds and decodes the documents of a corpus.
///
/// A corpus is any list of files and folders. Folders are walked recursively (symbolic links to folders
/// are not followed, so link loops cannot trap the walk) and every `.txt` or `.md` file is a document.
/// A folder may hold a ``Manifest`` (`manifest.yaml`) that gives ids, titles, publishers, dates and
/// languages; without one, a document's id is its file name without extension and its title its
/// first line. A document may also start with YAML front matter (``FrontMatter``); the manifest wins
/// over it. A file named directly (not through its folder) still gets its folder's manifest entry.
/// Problems with single files (unreadable, binary, empty, not UTF-8/UTF-16/Windows-1252) do
/// not stop the run: the file is skipped and the reason recorded.
public struct CorpusReader: Sendable {
    /// File extensions read as documents.
    public static let documentExtensions: Set<String> = ["txt", "md"]
    /// Largest document read, in bytes (default 64 MiB); larger files are skipped with the reason "file
    /// larger than 64 MiB", without reading them (see ``BoundedFile``).
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = 64 << 20) {
        self.maxFileBytes = maxFileBytes
    }

    /// The result of reading a corpus: documents sorted by id, and what was skipped.
    public struct Result: Sendable {
        public var documents: [Document]
        public var skipped: [SkippedInput]
    }

    /// The document files under the given paths, with the manifest entry for each when one exists.
    public func locate(_ paths: [String]) throws(CorpusError) -> [(path: String, entry: Manifest.Entry?)] {
        let fm = FileManager.default
        var found: [(String, Manifest.Entry?)] = []
        // Manifest entries by document path, per folder, loaded once.
        var manifests: [String: [String: Manifest.Entry]] = [:]
        func entries(in folder: String) throws(CorpusError) -> [String: Manifest.Entry] {
            if let known = manifests[folder] { return known }
            var entries: [String: Manifest.Entry] = [:]
            let manifestPath = (folder as NSString).appendingPathComponent(Manifest.fileName)
            if fm.fileExists(atPath: manifestPath) {
                for entry in try Manifest.load(path: manifestPath).documents {
                    entries[Self.standardized((folder as NSString).appendingPathComponent(entry.path))] = entry
                }
            }
            manifests[folder] = entries
            return entries
        }
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path: path) }
            if !isDir.boolValue {
                let folder = (path as NSString).deletingLastPathComponent
                found.append((path, try entries(in: folder.isEmpty ? "." : folder)[Self.standardized(path)]))
                continue
            }
            let manifest = try entries(in: path)
            for file in Self.walk(path) {
                guard Self.isDocument(file) else { continue }
                found.append((file, manifest[Self.standardized(file)]))
            }
        }
        // One file named twice (by a folder and directly) is read once.
        var seen = Set<String>()
        return found.filter { seen.insert(Self.standardized($0.0)).inserted }
            .sorted { $0.0 < $1.0 }
    }

    /// Reads, decodes and hashes every document under the given paths.
    /// - Throws: ``CorpusError/notFound(path:)`` for a missing path, ``CorpusError/invalidManifest(path:line:reason:)``.
    ///   Problems with single files are recorded in ``Result/skipped`` instead.
    public func read(_ paths: [String]) throws(CorpusError) -> Result {
        var documents: [Document] = []
        var skipped: [SkippedInput] = []
        var ids: [String: String] = [:]
        for (path, entry) in try locate(paths) {
            switch readOne(path: path, entry: entry) {
            case .success(let doc):
                if let other = ids[doc.id] {
                    skipped.append(SkippedInput(path: path, reason: "duplicate document id '\(doc.id)' (also \(other))"))
                } else {
                    ids[doc.id] = path
                    documents.append(doc)
                }
            case .failure(let skip):
                skipped.append(skip)
            }
        }
        return Result(documents: documents.sorted { $0.id < $1.id }, skipped: skipped.sorted())
    }

    /// Reads one document file.
    public func readOne(path: String, entry: Manifest.Entry?) -> Swift.Result<Document, SkippedInput> {
        let bytes: [UInt8]
        switch BoundedFile.readBytes(path, maxBytes: maxFileBytes) {
        case .success(let read): bytes = read
        case .failure(let problem): return .failure(SkippedInput(path: path, reason: problem.description))
        }
        switch TextDecoder.decode(bytes) {
        case .failure(let problem):
            return .failure(SkippedInput(path: path, reason: problem.description))
        case .success(let (decoded, encoding)):
            let front: FrontMatter?
            let text: String
            switch FrontMatter.split(decoded) {
            case .success(let (f, t)): (front, text) = (f, t)
            case .failure(let reason): return .failure(SkippedInput(path: path, reason: reason.text))
            }
            let meta = front?.fields ?? [:]
            let digest = ContentHash.sha256Hex(bytes)
            let id = entry?.id ?? meta["id"] ?? Manifest.defaultID(for: path)
            let title = entry?.title ?? meta["title"] ?? Self.firstLine(of: text)
            let record = DocumentRecord(
                id: id, path: path, title: title, publisher: entry?.publisher ?? meta["publisher"],
                date: entry?.date ?? meta["date"], language: entry?.language ?? meta["language"], sha256: digest,
                characters: Self.scalarCount(text))
            return .success(Document(record: record, text: text, encoding: encoding))
        }
    }

    /// A path in the form manifests are matched and duplicates found by: as it is when it has no `.`, `..`
    /// or doubled separator (the common case, and the cheap one), else standardized.
    static func standardized(_ path: String) -> String {
        // Only "." and ".." components count: a hidden folder ("/work/.corpora/") needs no work, and
        // standardizing each of 32,000 such paths took a second.
        return isPlain(path) ? path : (path as NSString).standardizingPath
    }

    /// Whether `path` has no "." or ".." component and no doubled separator, read on its bytes (Foundation's
    /// `contains("//")` per path cost more than the walk's system calls). A byte of a multi-byte scalar is
    /// never "." or "/"; other paths are compared by Characters, as they always were.
    static func isPlain(_ path: String) -> Bool {
        var previous: UInt8 = 0
        // Bytes of the current component, and how many of them are dots.
        var length = 0
        var dots = 0
        for b in path.utf8 {
            if b >= 0x80 {
                return !path.contains("//") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
            }
            if b == 0x2F {
                if previous == 0x2F || length > 0 && dots == length && length <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if b == 0x2E { dots += 1 }
            }
            previous = b
        }
        return !(length > 0 && dots == length && length <= 2)
    }

    /// Whether the extension of `file`, lowercased, is one of ``documentExtensions``. An ASCII name with a
    /// dot inside its last component is read on its bytes (`NSString.pathExtension` per file cost more than
    /// the walk's system calls); others are left to `pathExtension`.
    static func isDocument(_ file: String) -> Bool {
        let bytes = file.utf8
        if bytes.allSatisfy({ $0 < 0x80 }), let dot = bytes.lastIndex(of: 0x2E), dot != bytes.startIndex,
            bytes[bytes.index(before: dot)] != 0x2F, !bytes[dot...].contains(0x2F)
        {
            return documentExtensions.contains(file[bytes.index(after: dot)...].lowercased())
        }
        return documentExtensions.contains((file as NSString).pathExtension.lowercased())
    }

    /// The number of Unicode scalars of `text`: its UTF-8 bytes that are not continuation bytes (the
    /// string is valid UTF-8), counted over contiguous storage instead of decoding every scalar.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        } ?? text.unicodeScalars.count
    }

    /// The first non-empty line, when it is short enough to be a title.
    ///
    /// Lines of ASCII are read as bytes: their line breaks are `\n`, `\r`, `\u{0B}` and `\u{0C}`, the
    /// whitespace trimmed is space and tab (`CharacterSet.whitespaces`), and their length in characters is
    /// their length in bytes (a `\r\n` pair never falls inside a line). Up to the first line that is not
    /// ASCII, where ``firstLineOfScalars(_:)`` reads the whole text as before.
    static func firstLine(of text: String) -> String? {
        let fast: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            var lineStart = 0
            var i = 0
            func trimmedLine(_ end: Int) -> String? {
                // At most 2,001 scalars of a line are kept, as in the general path.
                var a = lineStart
                var b = min(end, lineStart + 2_001)
                while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09) { a += 1 }
                while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09) { b -= 1 }
                return a < b ? String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self) : nil
            }
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return .none }  // not ASCII: the general path
                if b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                    if let t = trimmedLine(i) { return .some(t.utf8.count <= 200 ? t : nil) }
                    lineStart = i + 1
                }
                i += 1
            }
            let t = trimmedLine(bytes.count)
            return .some(t.map { $0.utf8.count <= 200 ? $0 : nil } ?? nil)
        } ?? .none
        if let fast { return fast }
        return firstLineOfScalars(text)
    }

    /// ``firstLine(of:)`` for any text, scalar by scalar. A line's first 2,001 scalars are kept, as a slice
    /// of the text (appended one by one, they cost more than decoding the text).
    static func firstLineOfScalars(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var keptEnd = lineStart
        var length = 0
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let next = scalars.index(after: i)
            if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}" || s == "\u{0C}" || s == "\u{85}" {
                let t = String(scalars[lineStart..<keptEnd]).trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { return t.count <= 200 ? t : nil }
                lineStart = next
                keptEnd = next
                length = 0
            } else if length <= 2_000 {
                keptEnd = next
                length += 1
            }
            i = next
        }
        let t = String(scalars[lineStart..<keptEnd]).trimmingCharacters(in: .whitespaces)
        return t.isEmpty || t.count > 200 ? nil : t
    }

    /// Regular files below a folder, sorted; symbolic links to folders are not followed.
    static func walk(_ root: String) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        var stack = [root]
        while let dir = stack.popLast() {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let full = (dir as NSString).appendingPathComponent(name)
                // lstat(2) directly: FileManager's attributesOfItem also looked up owner and group names,
                // which made walking 32,000 files take longer than reading them.
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: stack.append(full)
                case S_IFREG: out.append(full)
                case S_IFLNK:
                    var isDir: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { out.append(full) }
                default: continue
                }
            }
        }
        return out.sorted()
    }
}

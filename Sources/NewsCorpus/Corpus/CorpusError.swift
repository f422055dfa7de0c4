/// Why a corpus, a lexicon or a cue dictionary could not be used.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A path given on the command line does not exist.
    case notFound(path: String)
    /// A file could not be read (permissions, I/O error).
    case unreadable(path: String, reason: String)
    /// Nothing usable was found under the given paths.
    case emptyCorpus(paths: [String])
    /// The manifest file is malformed; `line` is 1-based when known.
    case invalidManifest(path: String, line: Int?, reason: String)
    /// A lexicon file is malformed or inconsistent.
    case invalidLexicon(path: String, reason: String)
    /// The cue dictionary is malformed.
    case invalidCues(path: String, reason: String)
    /// A built-in resource is missing from the installation.
    case missingResource(String)
    /// A date bound is malformed or the bounds are reversed.
    case invalidDate(String)
    /// Documents from different shards cannot be merged (same id, different content; different settings).
    case incompatibleShards(String)

    public var description: String {
        switch self {
        case .notFound(let p): "\(p): no such file or directory"
        case .unreadable(let p, let r): "\(p): cannot read: \(r)"
        case .emptyCorpus(let ps): "no usable document under \(ps.joined(separator: ", "))"
        case .invalidManifest(let p, let l, let r): "\(p)\(l.map { ":\($0)" } ?? ""): invalid manifest: \(r)"
        case .invalidLexicon(let p, let r): "\(p): invalid lexicon: \(r)"
        case .invalidCues(let p, let r): "\(p): invalid cue dictionary: \(r)"
        case .missingResource(let n): "built-in resource \(n) is missing from this installation"
        case .invalidDate(let r): r
        case .incompatibleShards(let r): "cannot merge: \(r)"
        }
    }
}

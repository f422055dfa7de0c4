/// What story clustering reads of a document, kept in the snapshot so that snapshots built from
/// different shards of a corpus can be merged and their stories recomputed over the union, exactly as a
/// build of the union would compute them (docs/snapshot-format.md, "Merging").
///
/// Only derived counts and phrases are kept, not the text: the content words with their counts, the
/// quotations of five words or more, and the capitalized names that are no part of an actor's name.
public struct StoryFeatures: Sendable, Hashable, Codable {
    /// Content words (lowercased, three letters or more, no stop words) with how often each occurs, packed
    /// as `word:count` pairs in word order separated by spaces: one string per document rather than a
    /// dictionary, about a fifth of the memory when a large corpus is held (see ``terms``).
    public let packedTerms: String

    /// Content words and how often each occurs.
    public var terms: [String: Int] {
        var out: [String: Int] = [:]
        for (w, c) in termCounts { out[w] = c }
        return out
    }

    /// Content words and counts in word order, read off ``packedTerms`` (which is well formed by construction).
    public var termCounts: [(String, Int)] {
        packedTerms.split(separator: " ").compactMap { pair in
            guard let colon = pair.lastIndex(of: ":"), let n = Int(pair[pair.index(after: colon)...]) else { return nil }
            return (String(pair[..<colon]), n)
        }
    }
    /// Normalized quotations of five words or more, sorted.
    public var quotes: [String]
    /// Lowercased capitalized words inside sentences that are not actor names or calendar words, sorted.
    public var names: [String]

    public init(terms: [String: Int], quotes: some Sequence<String>, names: some Sequence<String>) {
        packedTerms = Self.pack(terms)
        self.quotes = quotes.sorted()
        self.names = names.sorted()
    }

    /// `word:count` pairs in word order separated by spaces, built as bytes (string interpolation per term
    /// cost more than the rest of a document's features).
    static func pack(_ terms: [String: Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(terms.count * 10)
        var digits: [UInt8] = []
        // Word order is String order; for ASCII words that is byte order, compared much faster.
        var words = Array(terms)
        if words.allSatisfy({ $0.key.utf8.allSatisfy { $0 < 0x80 } }) {
            words.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        } else {
            words.sort { $0.key < $1.key }
        }
        for (word, count) in words {
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: word.utf8)
            bytes.append(0x3A)
            if count < 0 { bytes.append(0x2D) }
            digits.removeAll(keepingCapacity: true)
            var n = count.magnitude
            repeat {
                digits.append(UInt8(truncatingIfNeeded: n % 10) + 0x30)
                n /= 10
            } while n > 0
            bytes.append(contentsOf: digits.reversed())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    enum CodingKeys: String, CodingKey { case terms, quotes, names }

    /// Terms are written as one string, `word:count` pairs in word order separated by spaces, which keeps
    /// a snapshot's documents readable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(packedTerms, forKey: .terms)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(names, forKey: .names)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .terms)
        var terms: [String: Int] = [:]
        for pair in text.split(separator: " ") {
            guard let colon = pair.lastIndex(of: ":"), let n = Int(pair[pair.index(after: colon)...]), n > 0,
                colon > pair.startIndex
            else {
                throw DecodingError.dataCorruptedError(forKey: .terms, in: c, debugDescription: "term '\(pair.prefix(40))' is not word:count")
            }
            terms[String(pair[..<colon])] = n
        }
        // Re-packed: the canonical form whatever order or spacing the file had.
        packedTerms = Self.pack(terms)
        quotes = try c.decode([String].self, forKey: .quotes).sorted()
        names = try c.decode([String].self, forKey: .names).sorted()
    }
}

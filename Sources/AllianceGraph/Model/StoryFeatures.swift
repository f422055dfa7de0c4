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
        if let pairs = Self.asciiTermCounts(packedTerms) { return pairs }
        return packedTerms.split(separator: " ").compactMap { pair in
            guard let colon = pair.lastIndex(of: ":"), let n = Int(pair[pair.index(after: colon)...]) else { return nil }
            return (String(pair[..<colon]), n)
        }
    }

    /// ``termCounts`` of an ASCII `packed` string, read on its bytes (Character-level splitting cost
    /// more than clustering the terms); nil when `packed` is not ASCII, for the general path.
    static func asciiTermCounts(_ packed: String) -> [(String, Int)]? {
        let result: [(String, Int)]?? = packed.utf8.withContiguousStorageIfAvailable { bytes -> [(String, Int)]? in
            var out: [(String, Int)] = []
            var start = 0
            let n = bytes.count
            while start < n {
                if bytes[start] >= 0x80 { return nil }
                if bytes[start] == 0x20 {
                    start += 1
                    continue
                }
                var end = start
                var colon = -1
                while end < n && bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { return nil }
                    if bytes[end] == 0x3A { colon = end }
                    end += 1
                }
                // The count after the last colon, as Int(_:) reads it (an optional sign, then digits).
                if colon >= 0 {
                    var k = colon + 1
                    var negative = false
                    if k < end && (bytes[k] == 0x2D || bytes[k] == 0x2B) {
                        negative = bytes[k] == 0x2D
                        k += 1
                    }
                    var value = 0
                    var valid = k < end
                    while k < end && valid {
                        let d = bytes[k]
                        if d < 0x30 || d > 0x39 { valid = false; break }
                        let (m, o1) = value.multipliedReportingOverflow(by: 10)
                        let (a, o2) = negative ? m.subtractingReportingOverflow(Int(d - 0x30)) : m.addingReportingOverflow(Int(d - 0x30))
                        if o1 || o2 { valid = false; break }
                        value = a
                        k += 1
                    }
                    if valid {
                        out.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self), value))
                    }
                }
                start = end
            }
            return out
        }
        return result ?? nil
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

    /// Features from content words already counted, each word once (no two canonically equivalent),
    /// packed as ``init(terms:quotes:names:)`` packs a dictionary of them: no dictionary is built.
    public init(termCounts: [(key: String, value: Int)], quotes: some Sequence<String>, names: some Sequence<String>) {
        packedTerms = Self.pack(termCounts)
        // (Equal strings are interchangeable: the order is `sorted()`'s.)
        self.quotes = Self.sortedByWord(Array(quotes)) { $0 }
        self.names = Self.sortedByWord(Array(names)) { $0 }
    }

    /// `word:count` pairs in word order separated by spaces, built as bytes (string interpolation per term
    /// cost more than the rest of a document's features).
    static func pack(_ terms: [String: Int]) -> String {
        pack(Array(terms))
    }

    /// Pairs sorted in word order (String order): ``sortedByWord(_:by:)`` of their words.
    static func sortedByWord(_ pairs: [(key: String, value: Int)]) -> [(key: String, value: Int)] {
        sortedByWord(pairs, by: \.key)
    }

    /// Items sorted by a String of each (String order; equal strings in no particular order). ASCII strings
    /// sort by bytes, compared on the first eight bytes as one big-endian integer (zero-padded: a string that
    /// ends first sorts first) and in full only when those are equal; other strings (few) sort by String
    /// order, and the two runs are merged by it. The ASCII ones are sorted as (prefix, index) pairs, which
    /// move without reference counting.
    static func sortedByWord<T>(_ items: [T], by word: (T) -> String) -> [T] {
        var ascii: [(prefix: UInt64, index: Int)] = []
        ascii.reserveCapacity(items.count)
        var other: [(key: String, item: T)] = []
        for (index, item) in items.enumerated() {
            let key = word(item)
            if let prefix = asciiPrefixKey(key) {
                ascii.append((prefix, index))
            } else {
                other.append((key, item))
            }
        }
        ascii.sort { a, b in
            a.prefix != b.prefix ? a.prefix < b.prefix : word(items[a.index]).utf8.lexicographicallyPrecedes(word(items[b.index]).utf8)
        }
        if other.isEmpty { return ascii.map { items[$0.index] } }
        other.sort { $0.key < $1.key }
        var out: [T] = []
        out.reserveCapacity(items.count)
        var (i, j) = (0, 0)
        while i < ascii.count && j < other.count {
            if other[j].key < word(items[ascii[i].index]) {
                out.append(other[j].item)
                j += 1
            } else {
                out.append(items[ascii[i].index])
                i += 1
            }
        }
        out.append(contentsOf: ascii[i...].lazy.map { items[$0.index] })
        out.append(contentsOf: other[j...].lazy.map(\.item))
        return out
    }

    /// ``pack(_:)`` of pairs with distinct words.
    static func pack(_ pairs: [(key: String, value: Int)]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pairs.count * 10)
        var digits: [UInt8] = []
        let words = sortedByWord(pairs)
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

    /// The first eight bytes of `word` as a big-endian integer, zero-padded (ordered as the bytes are), or
    /// nil when `word` is not ASCII: one pass over its contiguous bytes.
    @inline(__always) static func asciiPrefixKey(_ word: String) -> UInt64? {
        func key(_ bytes: some Sequence<UInt8>) -> UInt64? {
            var key: UInt64 = 0
            var k = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                if k < 8 { key |= UInt64(b) << (56 - 8 * k) }
                k += 1
            }
            return key
        }
        return word.utf8.withContiguousStorageIfAvailable(key) ?? key(word.utf8)
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

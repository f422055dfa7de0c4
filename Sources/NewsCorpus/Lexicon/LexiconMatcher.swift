import AllianceGraph

/// How a mention names its actor.
public enum MentionForm: Int, Sendable, Comparable, CaseIterable {
    case name, title, metonym, adjective, demonym
    public static func < (a: MentionForm, b: MentionForm) -> Bool { a.rawValue < b.rawValue }
}

/// A span of tokens that names a lexicon actor.
public struct LexiconMatch: Sendable, Equatable {
    /// Index into ``Lexicon/entries``.
    public var entry: Int
    public var form: MentionForm
    /// Token indices of the span.
    public var tokens: Range<Int>
    /// Other entries the same words name in the same form, in lexicon order ("Bush": both presidents), for
    /// the caller to choose among by date.
    public var alternatives: [Int] = []
}

/// Finds every lexicon name in a token stream in one left-to-right pass.
///
/// All names of all actors are compiled into one trie keyed by normalized tokens (lowercase, diacritics
/// removed), so matching costs O(tokens × longest name) whatever the lexicon size, with no regular
/// expressions. At each position the longest name wins. Case is checked after the trie walk: a
/// lexicon token written with a capital must be capitalized in the text, and one written in capitals
/// ("US", "UN", "ICC") must be in capitals, so "US" matches but "us" does not. Hyphens are transparent
/// ("Kim Jong-un" matches "Kim Jong Un") and a trailing possessive ("Russia's") is left to the caller.
public struct LexiconMatcher: Sendable {
    private struct Candidate: Sendable {
        var entry: Int
        var form: MentionForm
        /// Per token: 0 any case, 1 capitalized, 2 all capitals.
        var casing: [UInt8]
    }

    private struct TrieNode: Sendable {
        var children: [String: Int] = [:]
        var candidates: [Candidate] = []
    }

    private var nodes: [TrieNode] = [TrieNode()]
    public let lexicon: Lexicon
    /// First words of names that may be written in lowercase ("the West"): a lowercase word of the text can
    /// start a match only if it is one. `starterShapes` holds their (first byte, length) pairs, so that most
    /// lowercase words are passed over without hashing.
    private var lowercaseStarters = Set<String>()
    private var starterShapes = [Bool](repeating: false, count: 256 * 32)

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        for (index, entry) in lexicon.entries.enumerated() {
            let forms: [(MentionForm, [String]?)] = [
                (.name, entry.names), (.title, entry.titles), (.metonym, entry.metonyms),
                (.adjective, entry.adjectives), (.demonym, entry.demonyms),
            ]
            for (form, phrases) in forms {
                for phrase in phrases ?? [] { insert(phrase, entry: index, form: form) }
            }
            if entry.names == nil || !(entry.names!.contains(entry.label)) {
                insert(entry.label, entry: index, form: .name)
            }
        }
        // Deterministic preference when one phrase names several actors: best form, then lexicon order.
        for i in nodes.indices {
            nodes[i].candidates.sort { ($0.form, $0.entry) < ($1.form, $1.entry) }
        }
    }

    private mutating func insert(_ phrase: String, entry: Int, form: MentionForm) {
        let tokens = Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.text != "-" && $0.kind != .newline }
        guard !tokens.isEmpty else { return }
        var node = 0
        for t in tokens {
            if let next = nodes[node].children[t.norm] {
                node = next
            } else {
                nodes.append(TrieNode())
                nodes[node].children[t.norm] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        let casing: [UInt8] = tokens.map { t in t.isAllCaps ? 2 : (t.isCapitalized ? 1 : 0) }
        if casing[0] == 0 {
            lowercaseStarters.insert(tokens[0].norm)
            starterShapes[Self.shape(tokens[0].norm)] = true
        }
        if !nodes[node].candidates.contains(where: { $0.entry == entry && $0.form == form }) {
            nodes[node].candidates.append(Candidate(entry: entry, form: form, casing: casing))
        }
    }

    @inline(__always) private static func shape(_ norm: String) -> Int {
        Int(norm.utf8.first ?? 0) &* 32 &+ min(norm.utf8.count, 31)
    }

    /// Whether a word can start a name: capitalized, or a lowercase starter.
    @inline(__always) private func mayStart(_ t: Token) -> Bool {
        t.isCapitalized || starterShapes[Self.shape(t.norm)] && lowercaseStarters.contains(t.norm)
    }

    /// All matches in `tokens[range]`, left to right, non-overlapping, longest first at each position.
    public func matches(in tokens: [Token], range: Range<Int>) -> [LexiconMatch] {
        var out: [LexiconMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].kind == .word, mayStart(tokens[i]), nodes[0].children[tokens[i].norm] != nil else {
                i += 1
                continue
            }
            var best = longestMatch(tokens, at: i, limit: range.upperBound)
            // A leading "the" is optional: "the United Nations Security Council" is the Security Council,
            // not "the United Nations" followed by other words.
            if tokens[i].norm == "the", i + 1 < range.upperBound,
                let longer = longestMatch(tokens, at: i + 1, limit: range.upperBound), longer.end > (best?.end ?? 0)
            {
                best = longer
            }
            if let (c, end, node) = best {
                let others = nodes[node].candidates.filter { $0.form == c.form && $0.entry != c.entry }.map(\.entry)
                out.append(LexiconMatch(entry: c.entry, form: c.form, tokens: i..<end, alternatives: others))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest name starting at token `i` whose casing fits, skipping hyphens: its candidate, its end and
    /// the trie node it ends at (whose other candidates are the name's alternatives).
    private func longestMatch(_ tokens: [Token], at i: Int, limit: Int) -> (candidate: Candidate, end: Int, node: Int)? {
        var node = 0
        var j = i
        var matched: [Int] = []
        var best: (candidate: Candidate, end: Int, node: Int)?
        while j < limit {
            let t = tokens[j]
            if t.text == "-" && !matched.isEmpty {
                j += 1
                continue
            }
            guard t.kind == .word || t.kind == .number, let next = nodes[node].children[t.norm] else { break }
            node = next
            matched.append(j)
            j += 1
            if let c = nodes[node].candidates.first(where: { casingFits($0.casing, tokens: tokens, at: matched) }) {
                best = (c, j, node)
            }
        }
        return best
    }

    private func casingFits(_ casing: [UInt8], tokens: [Token], at indices: [Int]) -> Bool {
        guard casing.count == indices.count else { return false }
        for (k, idx) in indices.enumerated() {
            switch casing[k] {
            case 1: if !tokens[idx].isCapitalized { return false }
            case 2: if !tokens[idx].isAllCaps { return false }
            default: continue
            }
        }
        return true
    }
}

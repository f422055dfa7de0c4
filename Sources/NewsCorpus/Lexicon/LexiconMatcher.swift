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
/// removed) by their ids in a ``Vocabulary``, so matching costs O(tokens × longest name) whatever the
/// lexicon size, with no regular expressions and no string hashed past the tokens' ids. At each position
/// the longest name wins. Case is checked after the trie walk: a lexicon token written with a capital must be capitalized in the text, and one written in capitals
/// ("US", "UN", "ICC") must be in capitals, so "US" matches but "us" does not. Hyphens are transparent
/// ("Kim Jong-un" matches "Kim Jong Un") and a trailing possessive ("Russia's") is left to the caller.
public struct LexiconMatcher: Sendable {
    private struct Candidate: Sendable {
        var entry: Int
        var form: MentionForm
        /// Per token: 0 any case, 1 capitalized, 2 all capitals.
        var casing: [UInt8]
    }

    private var trie = WordTrie()
    /// The names ending at each node of ``trie``.
    private var candidates: [[Candidate]] = [[]]
    public let lexicon: Lexicon
    /// The vocabulary as it was when the names were added, for callers that bring no word ids.
    private var vocabulary: Vocabulary
    /// Per word id, whether it is the first word of a name that may be written in lowercase ("the West"): a
    /// lowercase word of the text can start a match only if it is one (ids past the end are not).
    private var lowercaseStarters: [Bool] = []
    private let the: Vocabulary.ID

    public init(lexicon: Lexicon) {
        var vocabulary = Vocabulary()
        self.init(lexicon: lexicon, vocabulary: &vocabulary)
    }

    /// A matcher whose names' words are added to `vocabulary`: a text's word ids from it can be given to
    /// ``matches(in:words:range:)``.
    init(lexicon: Lexicon, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        the = vocabulary.intern("the")
        self.vocabulary = vocabulary
        for (index, entry) in lexicon.entries.enumerated() {
            let forms: [(MentionForm, [String]?)] = [
                (.name, entry.names), (.title, entry.titles), (.metonym, entry.metonyms),
                (.adjective, entry.adjectives), (.demonym, entry.demonyms),
            ]
            for (form, phrases) in forms {
                for phrase in phrases ?? [] { insert(phrase, entry: index, form: form, vocabulary: &vocabulary) }
            }
            if entry.names == nil || !(entry.names!.contains(entry.label)) {
                insert(entry.label, entry: index, form: .name, vocabulary: &vocabulary)
            }
        }
        // Deterministic preference when one phrase names several actors: best form, then lexicon order.
        for i in candidates.indices {
            candidates[i].sort { ($0.form, $0.entry) < ($1.form, $1.entry) }
        }
        self.vocabulary = vocabulary
    }

    private mutating func insert(_ phrase: String, entry: Int, form: MentionForm, vocabulary: inout Vocabulary) {
        let tokens = Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.text != "-" && $0.kind != .newline }
        guard !tokens.isEmpty else { return }
        let node = trie.insert(tokens.map { vocabulary.intern($0.norm) })
        if candidates.count < trie.count { candidates += Array(repeating: [], count: trie.count - candidates.count) }
        let casing: [UInt8] = tokens.map { t in t.isAllCaps ? 2 : (t.isCapitalized ? 1 : 0) }
        if casing[0] == 0 {
            let first = Int(vocabulary.id(of: tokens[0].norm))
            if first >= lowercaseStarters.count { lowercaseStarters += Array(repeating: false, count: first + 1 - lowercaseStarters.count) }
            lowercaseStarters[first] = true
        }
        if let k = candidates[node].firstIndex(where: { $0.entry == entry && $0.form == form }) {
            // The same words in another case ("ISIS" and "Isis"): each token may be written in the looser of the two.
            for t in casing.indices { candidates[node][k].casing[t] = min(candidates[node][k].casing[t], casing[t]) }
        } else {
            candidates[node].append(Candidate(entry: entry, form: form, casing: casing))
        }
    }

    /// All matches in `tokens[range]`, left to right, non-overlapping, longest first at each position.
    public func matches(in tokens: [Token], range: Range<Int>) -> [LexiconMatch] {
        matches(in: tokens, words: vocabulary.ids(of: tokens), range: range)
    }

    /// ``matches(in:range:)`` given the tokens' word ids in the vocabulary the matcher was made with (or one
    /// grown from it).
    func matches(in tokens: [Token], words: [Vocabulary.ID], range: Range<Int>) -> [LexiconMatch] {
        var out: [LexiconMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // A word can start a name if it starts one in the trie and is capitalized or a lowercase starter.
            // (The id first: most tokens start none, and the ids are denser in memory than the tokens.)
            guard trie.child(of: 0, words[i]) != nil, tokens[i].kind == .word,
                tokens[i].isCapitalized || Int(words[i]) < lowercaseStarters.count && lowercaseStarters[Int(words[i])]
            else {
                i += 1
                continue
            }
            var best = longestMatch(tokens, words, at: i, limit: range.upperBound)
            // A leading "the" is optional: "the United Nations Security Council" is the Security Council,
            // not "the United Nations" followed by other words.
            if words[i] == the, i + 1 < range.upperBound,
                let longer = longestMatch(tokens, words, at: i + 1, limit: range.upperBound), longer.end > (best?.end ?? 0)
            {
                best = longer
            }
            if let (c, end, node) = best {
                let others = candidates[node].filter { $0.form == c.form && $0.entry != c.entry }.map(\.entry)
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
    private func longestMatch(_ tokens: [Token], _ words: [Vocabulary.ID], at i: Int, limit: Int)
        -> (candidate: Candidate, end: Int, node: Int)?
    {
        var node = 0
        var j = i
        // Tokens matched: those from `i` to `j` but the hyphens skipped after the first.
        var matched = 0
        var best: (candidate: Candidate, end: Int, node: Int)?
        while j < limit {
            if matched > 0 && Self.isHyphen(tokens[j]) {
                j += 1
                continue
            }
            guard tokens[j].kind == .word || tokens[j].kind == .number, let next = trie.child(of: node, words[j]) else { break }
            node = next
            matched += 1
            j += 1
            if let c = candidates[node].first(where: { casingFits($0.casing, tokens: tokens, from: i, to: j, count: matched) }) {
                best = (c, j, node)
            }
        }
        return best
    }

    /// A hyphen, which names skip ("Kim Jong-un"). (A word or a number is never "-": the kind is tested
    /// first, which spares comparing the text of most tokens.)
    @inline(__always) private static func isHyphen(_ t: Token) -> Bool { t.kind == .punctuation && t.text == "-" }

    /// Whether the `count` tokens matched from `i` to `end` (hyphens after the first skipped, as
    /// ``longestMatch(_:_:at:limit:)`` skips them) are written in the casing of a name.
    private func casingFits(_ casing: [UInt8], tokens: [Token], from i: Int, to end: Int, count: Int) -> Bool {
        guard casing.count == count else { return false }
        var k = 0
        for idx in i..<end where idx == i || !Self.isHyphen(tokens[idx]) {
            switch casing[k] {
            case 1: if !tokens[idx].isCapitalized { return false }
            case 2: if !tokens[idx].isAllCaps { return false }
            default: break
            }
            k += 1
        }
        return true
    }
}

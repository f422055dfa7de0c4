/// The surface forms of a ``CueDictionary`` in a ``WordTrie`` over word ids: finds the cues that start at a
/// token without hashing its string.
struct CueMatcher: Sendable {
    private var trie = WordTrie()
    /// The cues whose form ends at each node of ``trie``, with whether the form can be a past participle
    /// (for passive detection); a cue is listed once per node, with its first such form.
    private var terminal: [[(cue: Int, isParticiple: Bool)]] = [[]]

    /// A matcher whose forms' words are added to `vocabulary`: a text's word ids from it can be given to
    /// ``match(_:_:at:limit:)``.
    init(_ cues: CueDictionary, vocabulary: inout Vocabulary) {
        for form in cues.forms {
            let node = trie.insert(form.words.map { vocabulary.intern($0) })
            if terminal.count < trie.count { terminal += Array(repeating: [], count: trie.count - terminal.count) }
            if !terminal[node].contains(where: { $0.cue == form.cue }) { terminal[node].append((form.cue, form.participle)) }
        }
    }

    /// The longest cue starting at token `i` (whose word ids are `words`), as (cue index, end token, is
    /// participle) for each cue of that form.
    func match(_ tokens: [Token], _ words: [Vocabulary.ID], at i: Int, limit: Int) -> [(cue: Int, end: Int, participle: Bool)] {
        var node = 0
        var j = i
        var best: [(Int, Int, Bool)] = []
        while j < limit {
            guard tokens[j].kind == .word, let next = trie.child(of: node, words[j]) else { break }
            node = next
            j += 1
            if !terminal[node].isEmpty { best = terminal[node].map { ($0.cue, j, $0.isParticiple) } }
        }
        return best
    }
}

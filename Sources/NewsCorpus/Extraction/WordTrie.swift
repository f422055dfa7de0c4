/// A trie of phrases over word ids (``Vocabulary``), for the names of the lexicon and the cues. Node 0 is
/// the root. The root's children are an array indexed by word id, since every token of a text is looked up
/// there; deeper nodes, few and with few children each, keep theirs in a short list.
struct WordTrie: Sendable {
    /// The root's child per word id, 0 when none (ids past the end have none).
    private var rootChildren: [Int32] = []
    /// Children of every other node, by node (the root's list is empty).
    private var children: [[(word: Vocabulary.ID, node: Int32)]] = [[]]

    /// Nodes, the root included.
    var count: Int { children.count }

    /// The node that `phrase` ends at, with the nodes on its way added where missing.
    mutating func insert(_ phrase: [Vocabulary.ID]) -> Int {
        var node = 0
        for word in phrase {
            if let next = child(of: node, word) {
                node = next
                continue
            }
            let new = Int32(children.count)
            children.append([])
            if node == 0 {
                if Int(word) >= rootChildren.count { rootChildren += [Int32](repeating: 0, count: Int(word) + 1 - rootChildren.count) }
                rootChildren[Int(word)] = new
            } else {
                children[node].append((word, new))
            }
            node = Int(new)
        }
        return node
    }

    /// The child of `node` along `word`, if any.
    @inline(__always) func child(of node: Int, _ word: Vocabulary.ID) -> Int? {
        if node == 0 {
            let k = Int(word)
            guard k < rootChildren.count, rootChildren[k] != 0 else { return nil }
            return Int(rootChildren[k])
        }
        for c in children[node] where c.word == word { return Int(c.node) }
        return nil
    }
}

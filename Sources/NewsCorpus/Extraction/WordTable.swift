/// Words numbered in first-seen order, found again by their FNV-1a hash over their UTF-8 bytes in an
/// open-addressing table: cheaper than a `[String: Int]`, whose SipHash per word cost more than the work
/// done with the word. A word is compared as a String only when its hash is found.
///
/// Callers that hash a word on the fly (from scalars, lowercasing as they go) pass the hash they computed
/// with ``seed`` and ``mix(_:_:)``; it must equal ``hash(_:)`` of the word.
struct WordTable: Sendable {
    /// Index into ``words`` per slot, -1 when empty; a power of two, at most half full.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// The words, in the order they were first inserted.
    private(set) var words: [String] = []

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    /// The hash of `word`'s UTF-8 bytes, read from contiguous storage when there is some (the iterator of
    /// a String's UTF-8 view per byte cost more than the look-up that follows).
    static func hash(_ word: String) -> UInt64 {
        word.utf8.withContiguousStorageIfAvailable { $0.reduce(seed, mix) } ?? word.utf8.reduce(seed, mix)
    }

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    var count: Int { words.count }

    /// The index of `word`, whose ``hash(_:)`` is `h`, if it was inserted.
    @inline(__always) func index(of word: String, hash h: UInt64) -> Int? { probe(word, hash: h).index }

    /// The index of `word` (hash `h`), inserted as the next one if it is new.
    mutating func insert(_ word: String, hash h: UInt64) -> (index: Int, inserted: Bool) {
        let (slot, index) = probe(word, hash: h)
        if let index { return (index, false) }
        slots[slot] = Int32(words.count)
        words.append(word)
        hashes.append(h)
        if words.count * 2 > slots.count { grow() }
        return (words.count - 1, true)
    }

    /// The slot of `word` (hash `h`) and its index, or the empty slot where it would go.
    @inline(__always) private func probe(_ word: String, hash h: UInt64) -> (slot: Int, index: Int?) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let s = Int(slots[i])
            if s < 0 { return (i, nil) }
            if hashes[s] == h && words[s] == word { return (i, s) }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(k)
        }
    }
}

import AllianceGraph
import Foundation

/// Groups documents that tell one story: translations, syndicated copies and reports of one news item.
///
/// Method (docs/extraction.md, "One count per story"):
/// 1. Each document becomes a TF-IDF vector of its content words (lowercased words of three or more
///    letters, minus stop words), with sublinear term frequency `1 + ln(tf)` and smoothed inverse document
///    frequency `ln((N + 1) / (df + 0.5))` over the corpus.
/// 2. Two documents are copies when the cosine similarity of their vectors is at least ``threshold``
///    (default 0.25), or when they share a quotation of at least five words (a sign of one source), or
///    when they are **two reports of one news item**: they share at least ``sharedRareNames`` (3) rare
///    proper names — capitalized words inside a sentence, of four letters or more, that are no part of any
///    actor's name in the lexicon (actor names are what every article on a topic shares) and that occur in
///    at most max(2, min(1 %, 25)) of the documents — with a cosine of at least ``rareNameFloor`` (0.05), and,
///    when both are dated, at most ``maxDaysApart`` (7) days apart. Seeds 002 and 004, two outlets'
///    reports of one Vedomosti story, share "Vedomosti"-era names such as Matsegora, Vostochny, Cosmodrome.
/// 3. Stories are formed without chaining: in id order, a document joins the story of the most similar
///    story *representative* it is a copy of (the first document of that story), else it starts a story
///    of its own. A copy of a copy is not pulled in unless it is also a copy of the representative, so
///    formulaic wire stories (Reuters' grain reports) cannot chain hundreds of documents into one story.
///
/// Only candidate pairs are compared: documents that share one of their ``topTerms`` highest-weighted
/// terms when it is in few top lists (``soleTermPosting``, 24), or two of them (terms in the top lists
/// of more than ``maxPosting`` documents are too common to propose pairs), a quotation, or
/// ``sharedRareNames`` rare names. A pair above the threshold almost
/// always shares several top terms. Candidates are counted per document over the postings (a counter
/// per other document, in parallel), so the cost is O(n · topTerms · posting) instead of O(n²), without
/// materializing every pair that shares a single common term: on 32,000 news articles, stories take
/// about a second.
///
/// On the seeds, the two English versions of one DW article score 0.33 and every other pair at most
/// 0.11, so the default threshold separates them with a margin on both sides.
public struct StoryClustering: Sendable {
    public var threshold: Double
    /// How many of a document's highest-weighted terms propose candidate pairs.
    public var topTerms = 12
    /// Terms in more top lists than this propose no pairs.
    public var maxPosting = 200
    /// A top term in at most this many top lists proposes pairs alone; a more common one only with a
    /// second shared top term.
    public var soleTermPosting = 24
    /// A name in more documents than this is not rare, however large the corpus (1 % of 32,000 news
    /// articles is 320 documents: a name that common says nothing about one news item).
    public var maxRareDocuments = 25
    /// Rare proper names two reports of one news item must share.
    public var sharedRareNames = 3
    /// The cosine those two reports must still reach.
    public var rareNameFloor = 0.05
    /// The most days apart two dated reports of one news item can be.
    public var maxDaysApart = 7
    /// Lowercased words of actor names, never counted as rare names.
    public var actorWords: Set<String> = [] {
        didSet { notNames = Self.notNames(actorWords) }
    }
    /// ``actorWords`` and calendar words, by their ``WordTable`` hash.
    private var notNames = Self.notNames([])

    public init(threshold: Double = 0.25) {
        self.threshold = threshold
    }

    /// A table of `actorWords` and the calendar words, which are not proper names of a story.
    static func notNames(_ actorWords: Set<String>) -> WordTable {
        var table = WordTable(capacity: actorWords.count + WordClass.calendarWords.count)
        for w in actorWords.union(WordClass.calendarWords).sorted() { _ = table.insert(w, hash: WordTable.hash(w)) }
        return table
    }

    /// What clustering reads of a document (kept in its record, so that snapshots can be merged).
    public func features(of document: Document) -> StoryFeatures {
        features(of: document, TokenizedText(document.text))
    }

    /// The features of a document already split into tokens and sentences.
    public func features(of document: Document, _ text: TokenizedText) -> StoryFeatures {
        StoryFeatures(
            termCounts: Self.contentWordCounts(text), quotes: Self.quotations(text.scalars),
            names: Self.properNames(text, excluding: notNames))
    }

    /// For each document id: its story id and its similarity to the story's representative.
    public func cluster(_ documents: [Document]) -> [String: (story: String, similarity: Double)] {
        cluster(records: documents.map { d in
            var r = d.record
            r.features = features(of: d)
            return r
        })
    }

    /// Clusters documents from their records' ``StoryFeatures`` alone (a record without features is a
    /// story of its own), so that a merge of snapshots computes what a build of the union computes.
    public func cluster(records: [DocumentRecord]) -> [String: (story: String, similarity: Double)] {
        let docs = records.sorted { $0.id < $1.id }
        let empty = StoryFeatures(terms: [:], quotes: [], names: [])
        let bags = CorpusGraphBuilder.parallelMap(docs) { ($0.features ?? empty).termCounts }
        // Terms get ids in word order, and vectors are sparse arrays sorted by id: sums run in word
        // order (the same bits in every process; dictionary order is not) and cosines are merge joins.
        // Terms are counted in a WordTable (FNV-1a over their bytes), not a [String: Int]: SipHash per
        // term of every document was most of the clustering's time.
        var table = WordTable(capacity: 1 << 16)
        var df: [Int] = []
        let bagTerms: [[Int32]] = bags.map { bag in
            bag.map { w, _ in
                let (index, inserted) = table.insert(w, hash: WordTable.hash(w))
                if inserted { df.append(0) }
                df[index] += 1
                return Int32(index)
            }
        }
        let words = table.words
        let documentFrequency = df
        var termID = [Int32](repeating: 0, count: words.count)
        for (rank, index) in words.indices.sorted(by: { words[$0] < words[$1] }).enumerated() { termID[index] = Int32(rank) }
        let ids = termID
        let n = Double(docs.count)
        let vectors: [SparseVector] = CorpusGraphBuilder.parallelMap(Array(bags.indices)) { d in
            var v = zip(bags[d], bagTerms[d]).map { pair, t in
                (ids[Int(t)], (1 + log(Double(pair.1))) * log((n + 1) / (Double(documentFrequency[Int(t)]) + 0.5)))
            }
            v.sort { $0.0 < $1.0 }
            let norm = sqrt(v.reduce(0) { $0 + $1.1 * $1.1 })
            if norm > 0 { for k in v.indices { v[k].1 /= norm } }
            return SparseVector(entries: v)
        }
        let quotes = docs.map { Set(($0.features ?? empty).quotes) }
        let names = docs.map { Set(($0.features ?? empty).names) }
        var nameDF: [String: Int] = [:]
        for set in names { for w in set { nameDF[w, default: 0] += 1 } }
        let rareLimit = max(2, min(docs.count / 100, maxRareDocuments))
        let rare = names.map { $0.filter { nameDF[$0]! <= rareLimit } }
        // Links: pairs judged copies, with their cosine.
        var links = [[(Int, Double)]](repeating: [], count: docs.count)
        let pairs = candidatePairs(vectors: vectors, quotes: quotes, rare: rare)
        // Pairs are judged in parallel, then linked in pair order. Cosines read the vectors from one flat
        // table (an array per vector cost a retain and a release per pair), dates from their own array.
        let vectorTable = VectorTable(vectors)
        let dates = docs.map(\.date)
        let judged = CorpusGraphBuilder.parallelMap(Array(stride(from: 0, to: pairs.count, by: 512))) { first in
            vectorTable.entries.withUnsafeBufferPointer { entries -> [Double?] in
                pairs[first..<min(first + 512, pairs.count)].map { (a, b) -> Double? in
                    let cos = vectorTable.dot(entries, a, b)
                    let sharedQuote = !quotes[a].isDisjoint(with: quotes[b])
                    let sameNews = cos >= rareNameFloor && rare[a].intersection(rare[b]).count >= sharedRareNames
                        && Self.daysApart(dates[a], dates[b]).map { $0 <= maxDaysApart } != false
                    return cos >= threshold || sharedQuote || sameNews ? cos : nil
                }
            }
        }.joined()
        for ((a, b), cos) in zip(pairs, judged) {
            if let cos { links[b].append((a, cos)) }  // a < b: b may join a's story
        }
        var story = Array(docs.indices)
        var similarity = [Double](repeating: 1, count: docs.count)
        for i in docs.indices {
            // The most similar earlier representative this document is linked to (ties: the earlier one).
            let best = links[i].filter { story[$0.0] == $0.0 }.max { ($0.1, -$0.0) < ($1.1, -$1.0) }
            if let (rep, cos) = best {
                story[i] = rep
                similarity[i] = EdgeWeighting.round6(cos)
            }
        }
        var out: [String: (String, Double)] = [:]
        for i in docs.indices { out[docs[i].id] = (docs[story[i]].id, similarity[i]) }
        return out
    }

    /// Pairs (a < b) that share a top term of few documents (at most ``soleTermPosting``) or two top
    /// terms, a quotation or ``sharedRareNames`` rare names, sorted.
    private func candidatePairs(vectors: [SparseVector], quotes: [Set<String>], rare: [Set<String>]) -> [(Int, Int)] {
        let n = vectors.count
        let tops = vectors.map { Self.topTerms($0.entries, topTerms) }
        func postings<K: Hashable>(_ keys: [[K]]) -> [K: [Int]] {
            var out: [K: [Int]] = [:]
            for (i, ks) in keys.enumerated() { for k in ks { out[k, default: []].append(i) } }
            return out.filter { $0.value.count > 1 && $0.value.count <= maxPosting }
        }
        let termPostings = postings(tops)
        let quoteKeys = quotes.map { $0.sorted() }
        let nameKeys = rare.map { $0.sorted() }
        let quotePostings = postings(quoteKeys)
        let namePostings = postings(nameKeys)
        let need = sharedRareNames
        let blocks = CorpusGraphBuilder.parallelMap(Array(stride(from: 0, to: n, by: 256))) { first -> [(Int, Int)] in
            var terms = [UInt8](repeating: 0, count: n)
            var names = [UInt8](repeating: 0, count: n)
            var quoted = [Bool](repeating: false, count: n)
            var touched: [Int] = []
            var out: [(Int, Int)] = []
            for a in first..<min(first + 256, n) {
                for t in tops[a] {
                    guard let list = termPostings[t] else { continue }
                    // A term in few top lists proposes pairs alone; a common one needs a second.
                    let vote: UInt8 = list.count <= soleTermPosting ? 2 : 1
                    for b in list where b > a {
                        if terms[b] == 0 && names[b] == 0 && !quoted[b] { touched.append(b) }
                        terms[b] = min(terms[b], 200) &+ vote
                    }
                }
                for q in quoteKeys[a] {
                    for b in quotePostings[q] ?? [] where b > a {
                        if terms[b] == 0 && names[b] == 0 && !quoted[b] { touched.append(b) }
                        quoted[b] = true
                    }
                }
                for name in nameKeys[a] {
                    for b in namePostings[name] ?? [] where b > a {
                        if terms[b] == 0 && names[b] == 0 && !quoted[b] { touched.append(b) }
                        names[b] = names[b] &+ 1
                    }
                }
                touched.sort()
                for b in touched {
                    if terms[b] >= 2 || quoted[b] || Int(names[b]) >= need { out.append((a, b)) }
                    terms[b] = 0
                    names[b] = 0
                    quoted[b] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
            return out
        }
        return Array(blocks.joined())
    }

    /// The terms of the `k` highest weights of `entries`, highest first (equal weights: lower term id
    /// first). Selected in one pass through a short sorted list: sorting a whole vector per document cost
    /// more than the rest of the candidate search.
    static func topTerms(_ entries: [(Int32, Double)], _ k: Int) -> [Int32] {
        guard k > 0 else { return [] }
        func before(_ x: (Int32, Double), _ y: (Int32, Double)) -> Bool { (x.1, y.0) > (y.1, x.0) }
        var top: [(Int32, Double)] = []
        top.reserveCapacity(k + 1)
        for e in entries {
            if top.count == k, let last = top.last, !before(e, last) { continue }
            var at = top.count
            while at > 0 && before(e, top[at - 1]) { at -= 1 }
            top.insert(e, at: at)
            if top.count > k { top.removeLast() }
        }
        return top.map(\.0)
    }

    /// A unit TF-IDF vector: (term id, weight) pairs sorted by term id.
    struct SparseVector: Sendable {
        var entries: [(Int32, Double)]
    }

    /// Every document's vector in one flat array: vector `d` is `entries[offsets[d]..<offsets[d + 1]]`.
    struct VectorTable: Sendable {
        let entries: [(Int32, Double)]
        let offsets: [Int]

        init(_ vectors: [SparseVector]) {
            var entries: [(Int32, Double)] = []
            entries.reserveCapacity(vectors.reduce(0) { $0 + $1.entries.count })
            var offsets = [0]
            offsets.reserveCapacity(vectors.count + 1)
            for v in vectors {
                entries.append(contentsOf: v.entries)
                offsets.append(entries.count)
            }
            self.entries = entries
            self.offsets = offsets
        }

        /// The dot product of vectors `a` and `b`, read from `entries` (this table's ``entries``): a merge
        /// join, summed in term order.
        func dot(_ entries: UnsafeBufferPointer<(Int32, Double)>, _ a: Int, _ b: Int) -> Double {
            var (i, j, sum) = (offsets[a], offsets[b], 0.0)
            let (endA, endB) = (offsets[a + 1], offsets[b + 1])
            while i < endA && j < endB {
                let (ti, tj) = (entries[i].0, entries[j].0)
                if ti < tj { i += 1 } else if ti > tj { j += 1 } else {
                    sum += entries[i].1 * entries[j].1
                    i += 1
                    j += 1
                }
            }
            return sum
        }
    }

    /// Capitalized words of four letters or more that do not start a sentence, possessives stripped,
    /// lowercased, minus `excluded` (``notNames(_:)``), each once, in first-seen order. Words are found
    /// and told apart by their ``WordTable`` hash: normalized forms, equal as Strings when their bytes are.
    static func properNames(_ text: TokenizedText, excluding excluded: WordTable) -> [String] {
        let tokens = text.tokens
        var out = WordTable()
        for sentence in text.sentences {
            for i in sentence.tokenRange.dropFirst() {
                let t = tokens[i]
                guard t.kind == .word, t.end - t.start >= 4, t.isCapitalized, !t.isAllCaps else { continue }
                // Quote openings (punctuation: a word's text is never one).
                let previous = tokens[i - 1]
                if previous.kind == .punctuation && (previous.text == "\u{201C}" || previous.text == "\"") { continue }
                let h = WordTable.hash(t.norm)
                if excluded.index(of: t.norm, hash: h) == nil { _ = out.insert(t.norm, hash: h) }
            }
        }
        return out.words
    }

    /// Days between two `YYYY-MM-DD` dates, or nil when either is missing.
    static func daysApart(_ a: String?, _ b: String?) -> Int? {
        guard let x = a.flatMap(CalendarDay.init), let y = b.flatMap(CalendarDay.init) else { return nil }
        return abs(x.days(to: y))
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "his", "her",
        "its", "their", "they", "them", "not", "but", "also", "which", "who", "will", "would", "been", "being",
        "into", "than", "then", "there", "these", "those", "such", "some", "any", "all", "can", "could", "may",
        "might", "said", "says", "one", "two", "after", "before", "since", "about", "over", "more", "most", "other",
        "even", "only", "already", "what", "when", "where", "while", "our", "out", "just", "very", "did", "does",
    ]

    /// The longest stop word, in bytes: longer words are not looked up.
    static let maxStopWordLength = stopWords.map(\.utf8.count).max() ?? 0

    /// Lowercased words of three letters or more that are not stop words, with their counts: the runs of
    /// letters of the text (digits, apostrophes and other non-letters split words; "G20" has none, "U.S."
    /// none). Read from the tokens: a token written in ASCII letters has its lowercase form, already made by
    /// the tokenizer, and is counted as is; other tokens are split letter by letter.
    static func contentWords(_ text: TokenizedText) -> [String: Int] {
        var bag: [String: Int] = [:]
        for (w, c) in contentWordCounts(text) { bag[w] = c }
        return bag
    }

    /// ``contentWords(_:)`` as (word, count) pairs in first-seen order. Tokens of ASCII letters (nearly
    /// all) are hashed on their scalars, lowercased on the fly, and counted in a ``WordCounter``, with stop
    /// words found in ``stopWordTable`` by the same hash; words of other tokens are counted in a dictionary
    /// first, which merges canonically equivalent spellings as String equality does, then ASCII ones join
    /// the counter (no non-ASCII word produced here equals an ASCII one).
    static func contentWordCounts(_ text: TokenizedText) -> [(key: String, value: Int)] {
        var counter = WordCounter(capacity: text.tokens.count / 4)
        var other: [String: Int] = [:]
        text.scalars.withUnsafeBufferPointer { scalars in
            // Number tokens may hold letters too ("1.65GHz").
            for t in text.tokens where t.kind == .word || t.kind == .number {
                var plain = true
                var h = WordTable.seed
                for k in t.start..<t.end {
                    let v = scalars[k].value
                    guard Tokenizer.isASCIILetter(v) else {
                        plain = false
                        break
                    }
                    h = WordTable.mix(h, UInt8(truncatingIfNeeded: v | 0x20))
                }
                if plain {
                    // The token's norm is its lowercase text, as long as it.
                    let length = t.end - t.start
                    if length >= 3 && !(length <= maxStopWordLength && stopWordTable.index(of: t.norm, hash: h) != nil) {
                        counter.add(t.norm, hash: h)
                    }
                } else {
                    addContentWords(scalars[t.start..<t.end], to: &other)
                }
            }
        }
        var pairs: [(key: String, value: Int)] = []
        for (w, c) in other {
            if w.utf8.allSatisfy({ $0 < 0x80 }) {
                counter.add(w, hash: WordTable.hash(w), count: c)
            } else {
                pairs.append((key: w, value: c))
            }
        }
        return counter.words + pairs
    }

    /// The stop words by their ``WordTable`` hash.
    static let stopWordTable: WordTable = {
        var table = WordTable(capacity: stopWords.count)
        for w in stopWords.sorted() { _ = table.insert(w, hash: WordTable.hash(w)) }
        return table
    }()

    /// Counts ASCII words by their FNV-1a hash over their bytes, in a ``WordTable``. Words are ASCII,
    /// so byte equality is String equality.
    struct WordCounter {
        private var table: WordTable
        private var counts: [Int] = []

        init(capacity: Int) { table = WordTable(capacity: capacity) }

        /// The words with their counts, in first-seen order.
        var words: [(key: String, value: Int)] { zip(table.words, counts).map { (key: $0, value: $1) } }

        /// Adds `count` occurrences of `word`, whose ``WordTable/hash(_:)`` is `h`.
        mutating func add(_ word: String, hash h: UInt64, count: Int = 1) {
            let (index, inserted) = table.insert(word, hash: h)
            if inserted { counts.append(count) } else { counts[index] += count }
        }
    }

    /// The letter runs of `scalars` (lowercased as String.lowercased() would; combining marks kept with
    /// their letter) added to `bag`.
    static func addContentWords(_ scalars: some Collection<Unicode.Scalar>, to bag: inout [String: Int]) {
        var word = String.UnicodeScalarView()
        var letters = 0
        func flush() {
            if letters >= 3 {
                let w = String(word)
                if !stopWords.contains(w) { bag[w, default: 0] += 1 }
            }
            word = String.UnicodeScalarView()
            letters = 0
        }
        for s in scalars {
            if s.isASCII {
                if Tokenizer.isASCIILetter(s.value) {
                    word.append(Unicode.Scalar(UInt8(truncatingIfNeeded: s.value | 0x20)))
                    letters += 1
                } else {
                    flush()
                }
            } else if s.properties.isAlphabetic {
                // Lowercased as String.lowercased() would (ß stays ß, Σ becomes σ); counted as one letter.
                for l in s.properties.lowercaseMapping.unicodeScalars { word.append(l) }
                letters += 1
            } else if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark {
                // A combining mark belongs to the letter before it.
                if letters > 0 { word.append(s) } else { flush() }
            } else {
                flush()
            }
        }
        flush()
    }

    /// A quoted passage lowercased, as its runs of letters joined by single spaces, if it has five or more.
    static func normalizedQuote(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        if scalars.allSatisfy(\.isASCII) {
            // ASCII: letters are [A-Za-z], lowercased by a bit; the same words as the general path below.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count)
            var words = 0
            var inWord = false
            for s in scalars {
                if Tokenizer.isASCIILetter(s.value) {
                    if !inWord {
                        if words > 0 { bytes.append(0x20) }
                        words += 1
                        inWord = true
                    }
                    bytes.append(UInt8(truncatingIfNeeded: s.value | 0x20))
                } else {
                    inWord = false
                }
            }
            return words >= 5 ? String(decoding: bytes, as: UTF8.self) : nil
        }
        let quote = String(String.UnicodeScalarView(scalars)).lowercased()
        let words = quote.split { !$0.isLetter }
        return words.count >= 5 ? words.joined(separator: " ") : nil
    }

    /// Quoted passages of five words or more, normalized, as evidence of a shared source.
    static func quotations(_ scalars: [Unicode.Scalar]) -> Set<String> {
        var out = Set<String>()
        var start: Int?
        for (i, s) in scalars.enumerated() {
            if s == "\u{201C}" || (s == "\"" && start == nil) {
                start = i + 1
            } else if s == "\u{201D}" || s == "\"" {
                if let b = start, let q = normalizedQuote(scalars[b..<i]) { out.insert(q) }
                start = nil
            } else if let b = start, i - b >= 2000 {
                start = nil
            }
        }
        return out
    }
}

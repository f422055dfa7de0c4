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
///    at most max(2, 1 %) of the documents — with a cosine of at least ``rareNameFloor`` (0.05), and,
///    when both are dated, at most ``maxDaysApart`` (7) days apart. Seeds 002 and 004, two outlets'
///    reports of one Vedomosti story, share "Vedomosti"-era names such as Matsegora, Vostochny, Cosmodrome.
/// 3. Stories are formed without chaining: in id order, a document joins the story of the most similar
///    story *representative* it is a copy of (the first document of that story), else it starts a story
///    of its own. A copy of a copy is not pulled in unless it is also a copy of the representative, so
///    formulaic wire stories (Reuters' grain reports) cannot chain hundreds of documents into one story.
///
/// Only candidate pairs are compared: documents that share one of their ``topTerms`` highest-weighted
/// terms (terms in the top lists of more than ``maxPosting`` documents are too common to propose pairs),
/// or a quotation. A pair above the threshold almost always shares a top term; the check costs
/// O(n · topTerms · posting) instead of O(n²).
///
/// On the seeds, the two English versions of one DW article score 0.33 and every other pair at most
/// 0.11, so the default threshold separates them with a margin on both sides.
public struct StoryClustering: Sendable {
    public var threshold: Double
    /// How many of a document's highest-weighted terms propose candidate pairs.
    public var topTerms = 12
    /// Terms in more top lists than this propose no pairs.
    public var maxPosting = 200
    /// Rare proper names two reports of one news item must share.
    public var sharedRareNames = 3
    /// The cosine those two reports must still reach.
    public var rareNameFloor = 0.05
    /// The most days apart two dated reports of one news item can be.
    public var maxDaysApart = 7
    /// Lowercased words of actor names, never counted as rare names.
    public var actorWords: Set<String> = []

    public init(threshold: Double = 0.25) {
        self.threshold = threshold
    }

    /// What clustering reads of a document (kept in its record, so that snapshots can be merged).
    public func features(of document: Document) -> StoryFeatures {
        StoryFeatures(
            terms: Self.contentWords(document.text), quotes: Self.quotations(document.text),
            names: Self.properNames(document.text, excluding: actorWords))
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
        let bags = docs.map { ($0.features ?? empty).terms }
        var df: [String: Int] = [:]
        for bag in bags { for w in bag.keys { df[w, default: 0] += 1 } }
        let n = Double(docs.count)
        let vectors: [[String: Double]] = bags.map { bag in
            var v: [String: Double] = [:]
            for (w, c) in bag { v[w] = (1 + log(Double(c))) * log((n + 1) / (Double(df[w]!) + 0.5)) }
            // Summed in word order: the same bits in every process (dictionary order is not).
            let norm = sqrt(v.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * $1.value })
            if norm > 0 { for k in v.keys { v[k]! /= norm } }
            return v
        }
        let quotes = docs.map { Set(($0.features ?? empty).quotes) }
        let names = docs.map { Set(($0.features ?? empty).names) }
        var nameDF: [String: Int] = [:]
        for set in names { for w in set { nameDF[w, default: 0] += 1 } }
        let rareLimit = max(2, docs.count / 100)
        let rare = names.map { $0.filter { nameDF[$0]! <= rareLimit } }
        // Links: pairs judged copies, with their cosine.
        var links = [[(Int, Double)]](repeating: [], count: docs.count)
        for (a, b) in candidatePairs(vectors: vectors, quotes: quotes.indices.map { quotes[$0].union(rare[$0].map { "\u{2}" + $0 }) }) {
            let (small, large) = vectors[a].count <= vectors[b].count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a])
            var cos = 0.0
            for (w, x) in small.sorted(by: { $0.key < $1.key }) { if let y = large[w] { cos += x * y } }
            let sharedQuote = !quotes[a].isDisjoint(with: quotes[b])
            let sameNews = cos >= rareNameFloor && rare[a].intersection(rare[b]).count >= sharedRareNames
                && Self.daysApart(docs[a].date, docs[b].date).map { $0 <= maxDaysApart } != false
            if cos >= threshold || sharedQuote || sameNews {
                links[b].append((a, cos))  // a < b: b may join a's story
            }
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

    /// Pairs (a < b) that share a top term or a quotation, sorted.
    private func candidatePairs(vectors: [[String: Double]], quotes: [Set<String>]) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        for (i, v) in vectors.enumerated() {
            let top = v.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(topTerms)
            for (term, _) in top { postings[term, default: []].append(i) }
        }
        for (i, q) in quotes.enumerated() {
            for quote in q { postings["\u{1}" + quote, default: []].append(i) }
        }
        var pairs = Set<Int>()
        let n = vectors.count
        for list in postings.values where list.count > 1 && list.count <= maxPosting {
            for x in 0..<list.count {
                for y in (x + 1)..<list.count { pairs.insert(min(list[x], list[y]) * n + max(list[x], list[y])) }
            }
        }
        return pairs.sorted().map { ($0 / n, $0 % n) }
    }

    /// Capitalized words of four letters or more that do not start a sentence, possessives stripped,
    /// lowercased, minus `excluded` and days and months.
    static func properNames(_ text: String, excluding excluded: Set<String>) -> Set<String> {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        var out = Set<String>()
        for sentence in SentenceSplitter.split(tokens) {
            for i in sentence.tokenRange.dropFirst() {
                let t = tokens[i]
                guard t.kind == .word, t.isCapitalized, !t.isAllCaps, t.text.count >= 4 else { continue }
                if tokens[i - 1].text == "\u{201C}" || tokens[i - 1].text == "\"" { continue }  // quote openings
                if excluded.contains(t.norm) || calendarWords.contains(t.norm) { continue }
                out.insert(t.norm)
            }
        }
        return out
    }

    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
    ]

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

    static func contentWords(_ text: String) -> [String: Int] {
        var bag: [String: Int] = [:]
        var word = ""
        func flush() {
            if word.count >= 3 && !stopWords.contains(word) { bag[word, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for ch in text.lowercased() {
            if ch.isLetter { word.append(ch) } else { flush() }
        }
        flush()
        return bag
    }

    /// Quoted passages of five words or more, normalized, as evidence of a shared source.
    static func quotations(_ text: String) -> Set<String> {
        var out = Set<String>()
        var current: String?
        for ch in text {
            if ch == "\u{201C}" || (ch == "\"" && current == nil) {
                current = ""
            } else if ch == "\u{201D}" || ch == "\"" {
                if let q = current {
                    let words = q.lowercased().split { !$0.isLetter }
                    if words.count >= 5 { out.insert(words.joined(separator: " ")) }
                }
                current = nil
            } else if current != nil {
                current!.append(ch)
                if current!.count > 2000 { current = nil }
            }
        }
        return out
    }
}

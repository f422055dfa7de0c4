import AllianceGraph
import Foundation

/// Groups documents that tell one story: translations, syndicated copies and reports of one news item.
///
/// Method (docs/extraction.md, "One count per story"):
/// 1. Each document becomes a TF-IDF vector of its content words (lowercased words of three or more
///    letters, minus stop words), with sublinear term frequency `1 + ln(tf)` and smoothed inverse document
///    frequency `ln((N + 1) / (df + 0.5))` over the corpus.
/// 2. Two documents are copies when the cosine similarity of their vectors is at least ``threshold``
///    (default 0.25), or when they share a quotation of at least five words (a sign of one source).
/// 3. Copies are joined transitively (union–find); each group's story id is its smallest document id.
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

    public init(threshold: Double = 0.25) {
        self.threshold = threshold
    }

    /// For each document id: its story id and its similarity to the story's representative.
    public func cluster(_ documents: [Document]) -> [String: (story: String, similarity: Double)] {
        let docs = documents.sorted { $0.id < $1.id }
        let bags = docs.map { Self.contentWords($0.text) }
        var df: [String: Int] = [:]
        for bag in bags { for w in bag.keys { df[w, default: 0] += 1 } }
        let n = Double(docs.count)
        let vectors: [[String: Double]] = bags.map { bag in
            var v: [String: Double] = [:]
            for (w, c) in bag { v[w] = (1 + log(Double(c))) * log((n + 1) / (Double(df[w]!) + 0.5)) }
            let norm = sqrt(v.values.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { for k in v.keys { v[k]! /= norm } }
            return v
        }
        let quotes = docs.map { Self.quotations($0.text) }
        var parent = Array(docs.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var best = [Double](repeating: 0, count: docs.count)
        for (a, b) in candidatePairs(vectors: vectors, quotes: quotes) {
            let (small, large) = vectors[a].count <= vectors[b].count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a])
            var cos = 0.0
            for (w, x) in small { if let y = large[w] { cos += x * y } }
            let sharedQuote = !quotes[a].isDisjoint(with: quotes[b])
            if cos >= threshold || sharedQuote {
                let ra = find(a), rb = find(b)
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                best[a] = max(best[a], sharedQuote ? max(cos, threshold) : cos)
                best[b] = max(best[b], sharedQuote ? max(cos, threshold) : cos)
            }
        }
        var out: [String: (String, Double)] = [:]
        for i in docs.indices {
            let root = find(i)
            out[docs[i].id] = (docs[root].id, root == i ? 1 : EdgeWeighting.round6(best[i]))
        }
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

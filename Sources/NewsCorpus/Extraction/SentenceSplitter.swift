/// A sentence (or a heading line) of a document, as a range of tokens.
public struct Sentence: Sendable, Equatable {
    /// Token indices `tokens[tokenRange]`.
    public var tokenRange: Range<Int>
    /// Unicode-scalar offsets in the document.
    public var start: Int
    public var end: Int
    /// A short line with no final punctuation standing alone: a heading ("North Korea").
    public var isHeading: Bool
    /// Index of the paragraph (block of text between line breaks) the sentence is in.
    public var paragraph: Int
}

/// Splits a token stream into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) when the next token
/// starts a new sentence (a capital letter, a digit or an opening quote), unless the period belongs to a
/// known abbreviation ("Mr.", "Gen.", "Jan.") or an initial; and it always ends at a line break. A line of
/// at most eight words with no final punctuation is a heading.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep",
        "gov", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar",
        "apr", "aug", "sept", "sep", "oct", "nov", "dec", "fig", "approx", "dept", "est", "mt", "ft",
    ]
    static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}"]
    static let openers: Set<String> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{AB}"]
    /// Marks after which a short line is not a heading.
    static let finalPunctuation: Set<String> = [".", "!", "?", ":", ";", ","]
    /// Words after an abbreviation such as "U.S." that start a new sentence.
    static let sentenceOpeners: Set<String> = ["the", "it", "he", "she", "they", "in", "but", "this", "that", "a", "an", "we", "on", "at"]

    /// Whether a token is a closing quote or bracket (``closers``). Only punctuation tokens can be: a word
    /// token is made of letters and digits (a clitic has at least one after its apostrophe), so the set
    /// is not hashed for the others.
    @inline(__always) static func isCloser(_ t: Token) -> Bool {
        t.kind == .punctuation && closers.contains(t.text)
    }

    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        func close(_ end: Int, lineEnded: Bool) {
            // Trim leading/trailing newlines out of the range.
            var a = start
            var b = end
            while a < b && tokens[a].kind == .newline { a += 1 }
            while b > a && tokens[b - 1].kind == .newline { b -= 1 }
            if a < b {
                var heading = false
                if lineEnded {
                    var words = 0
                    for k in a..<b where tokens[k].kind == .word || tokens[k].kind == .number { words += 1 }
                    let last = tokens[b - 1].text
                    heading = words > 0 && words <= 8 && !finalPunctuation.contains(last) && !isCloser(tokens[b - 1])
                        && tokens[a].isCapitalized
                }
                sentences.append(Sentence(tokenRange: a..<b, start: tokens[a].start, end: tokens[b - 1].end,
                                          isHeading: heading, paragraph: paragraph))
            }
            start = end
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .newline {
                close(i, lineEnded: true)
                // A run of newlines is one paragraph break.
                while i < tokens.count && tokens[i].kind == .newline { i += 1 }
                start = i
                paragraph += 1
                continue
            }
            // A sentence-final mark, or an abbreviation token ending in a period ("U.S.", four scalars at least).
            let final = t.kind == .punctuation ? t.text == "." || t.text == "!" || t.text == "?"
                : t.kind == .word && t.text.utf8.last == 0x2E && t.end - t.start > 2
            if final {
                var j = i + 1
                while j < tokens.count && isCloser(tokens[j]) { j += 1 }
                if isBoundary(tokens, period: i, next: j) {
                    close(j, lineEnded: j < tokens.count && tokens[j].kind == .newline)
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(tokens.count, lineEnded: true)
        return sentences
    }

    private static func isBoundary(_ tokens: [Token], period i: Int, next j: Int) -> Bool {
        guard j < tokens.count else { return true }
        let next = tokens[j]
        if next.kind == .newline { return true }
        let t = tokens[i]
        if t.text == "." && i > 0 && tokens[i - 1].end == t.start {
            let prev = tokens[i - 1]
            if abbreviations.contains(prev.norm) { return false }
            if prev.kind == .word && prev.text.count == 1 && prev.isCapitalized { return false }  // initials
        }
        let startsSentence = next.isCapitalized || next.kind == .number || openers.contains(next.text)
        if !startsSentence { return false }
        if t.kind == .word {
            // An abbreviation like "U.S." ends a sentence only before a typical sentence opener.
            return sentenceOpeners.contains(next.norm)
        }
        return true
    }
}

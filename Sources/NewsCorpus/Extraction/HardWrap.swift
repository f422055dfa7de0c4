/// Undoes hard line wrapping, so that a sentence broken over several lines is read as one sentence.
///
/// Newswire archives (Reuters-21578), mailing lists and many plain-text exports wrap paragraphs at a fixed
/// width (about 65–80 characters) and mark paragraphs by indentation or a blank line. Read line by line,
/// every such line would end a sentence: "Yugoslavia and the United Arab / Emirates (UAE) have agreed to
/// initiate ..." would lose both its subject and its verb.
///
/// A document is *hard-wrapped* when its longest line is 50–100 characters long and at least three lines,
/// and at least 30% of its lines, reach within 20 characters of that width without ending a sentence. In
/// such a document a single line break is removed (it becomes a space) when the line before it is not the
/// first line (a title), is not written in capitals (a headline), does not end with `.`, `!` or `?`
/// (possibly before closing quotes), and the next line is neither blank nor indented (a new paragraph).
/// Documents written one paragraph per line, and heading lines of list articles, are left as they are.
enum HardWrap {
    /// The tokens with the soft line breaks of a hard-wrapped document removed (all tokens otherwise).
    static func unwrapped(_ tokens: [Token]) -> [Token] {
        let lines = lines(of: tokens)
        guard isHardWrapped(lines, tokens) else { return tokens }
        // The soft breaks in ascending order (lines are), so that the tokens between them are copied in runs
        // (a Set of them looked up per token cost more than the rest of unwrapping).
        var soft: [Int] = []
        for (k, line) in lines.enumerated() where k > 0 {
            guard let breakIndex = line.breakIndex, breakIndex + 1 < tokens.count else { continue }
            let next = tokens[breakIndex + 1]
            if next.kind == .newline || next.start > tokens[breakIndex].end { continue }  // blank or indented
            if endsSentence(line, tokens) || isCapitals(line, tokens) { continue }
            soft.append(breakIndex)
        }
        guard !soft.isEmpty else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count - soft.count)
        var runStart = 0
        for breakIndex in soft {
            out.append(contentsOf: tokens[runStart..<breakIndex])
            runStart = breakIndex + 1
        }
        out.append(contentsOf: tokens[runStart...])
        return out
    }

    /// A non-empty line: its tokens, its length in scalars (with indentation) and the line break after it.
    struct Line {
        var tokens: Range<Int>
        var length: Int
        var breakIndex: Int?
    }

    static func lines(of tokens: [Token]) -> [Line] {
        var lines: [Line] = []
        var lineStart = 0  // scalar offset where the current line begins
        var first = 0
        for i in 0...tokens.count {
            if i == tokens.count || tokens[i].kind == .newline {
                if first < i {
                    lines.append(Line(tokens: first..<i, length: tokens[i - 1].end - lineStart,
                                      breakIndex: i < tokens.count ? i : nil))
                }
                if i < tokens.count { lineStart = tokens[i].end }
                first = i + 1
            }
        }
        return lines
    }

    static func isHardWrapped(_ lines: [Line], _ tokens: [Token]) -> Bool {
        guard lines.count >= 3, let width = lines.map(\.length).max(), width >= 50, width <= 100 else { return false }
        let full = lines.filter { $0.length >= width - 20 && !endsSentence($0, tokens) }.count
        return full >= 3 && full * 10 >= lines.count * 3
    }

    static func endsSentence(_ line: Line, _ tokens: [Token]) -> Bool {
        var j = line.tokens.upperBound - 1
        while j > line.tokens.lowerBound && SentenceSplitter.isCloser(tokens[j]) { j -= 1 }
        let t = tokens[j].text
        return t == "." || t == "!" || t == "?"
    }

    /// Whether the line has letters and none of them lowercase (a headline such as "U.K. AND GERMANY ...").
    static func isCapitals(_ line: Line, _ tokens: [Token]) -> Bool {
        var letters = false
        for t in tokens[line.tokens] where t.kind == .word {
            for s in t.text.unicodeScalars {
                if s.isASCII {
                    // ASCII letters are [A-Za-z]: no property lookup.
                    if s.value >= 0x61 && s.value <= 0x7A { return false }
                    if s.value >= 0x41 && s.value <= 0x5A { letters = true }
                    continue
                }
                guard s.properties.isAlphabetic else { continue }
                if s.properties.isLowercase { return false }
                letters = true
            }
        }
        return letters
    }
}

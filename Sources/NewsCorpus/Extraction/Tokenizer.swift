/// Splits text into ``Token``s in one pass.
///
/// - Words are runs of letters, digits and combining marks; an inner period between single letters
///   makes an abbreviation token ("U.S.", "U.N.").
/// - A possessive or contracted ending ("'s", "’s", "'t") is split off as its own word token, so that
///   "Russia's" yields "Russia" + "'s" and "don't" yields "don" + "'t".
/// - Hyphens are punctuation tokens ("Kim Jong-un" → Kim, Jong, -, un), which the matcher skips over.
/// - Every other non-space character is a one-character punctuation token; line breaks are tokens.
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            let p = s.properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                tokens.append(Token(start: i, end: i + 1, text: "\n", norm: "\n", kind: .newline))
                i += 1
                continue
            }
            if s.properties.isWhitespace {
                i += 1
                continue
            }
            if isWordScalar(s) {
                let start = i
                var allDigits = true
                while i < n && isWordScalar(scalars[i]) {
                    if scalars[i].properties.numericType == nil { allDigits = false }
                    i += 1
                }
                // Abbreviations: single letters separated by periods ("U.S.", "U.K.").
                if i - start == 1 && i + 2 < n && scalars[i] == "." && scalars[i + 1].properties.isAlphabetic
                    && scalars[i + 2] == "."
                {
                    while i + 1 < n && scalars[i] == "." && scalars[i + 1].properties.isAlphabetic
                        && (i + 2 >= n || !isWordScalar(scalars[i + 2]))
                    {
                        i += 2
                    }
                    if i < n && scalars[i] == "." { i += 1 }
                }
                var end = i
                // Numbers with inner separators: 1,000 and 3.5
                while allDigits && i + 1 < n && (scalars[i] == "," || scalars[i] == ".")
                    && scalars[i + 1].properties.numericType != nil
                {
                    i += 1
                    while i < n && isWordScalar(scalars[i]) { i += 1 }
                    end = i
                }
                let text = String(String.UnicodeScalarView(scalars[start..<end]))
                tokens.append(Token(start: start, end: end, text: text, norm: TextNormalizer.normalize(text),
                                    kind: allDigits ? .number : .word))
                continue
            }
            if isApostrophe(s) && i + 1 < n && isWordScalar(scalars[i + 1]) && !tokens.isEmpty
                && tokens.last!.end == i && tokens.last!.kind == .word
            {
                // Clitic: 's, 've, 'll, 'd, 're, 't.
                let start = i
                i += 1
                while i < n && isWordScalar(scalars[i]) { i += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<i]))
                tokens.append(Token(start: start, end: i, text: text, norm: TextNormalizer.normalize(text), kind: .word))
                continue
            }
            let text = String(s)
            tokens.append(Token(start: i, end: i + 1, text: text, norm: TextNormalizer.normalize(text), kind: .punctuation))
            i += 1
        }
        return tokens
    }
}

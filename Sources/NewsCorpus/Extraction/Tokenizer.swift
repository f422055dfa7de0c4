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
        // ASCII is classified by range (most news text is ASCII), inline; other scalars by their Unicode
        // properties, in a call.
        @inline(__always) func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? isASCIILetter(s.value) || (s.value >= 0x30 && s.value <= 0x39) : isOtherWordScalar(s)
        }
        func isNumeric(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s.value >= 0x30 && s.value <= 0x39 : s.properties.numericType != nil
        }
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.isASCII ? isASCIILetter(s.value) : s.properties.isAlphabetic }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
        }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                tokens.append(Token(start: i, end: i + 1, text: "\n", norm: "\n", kind: .newline))
                i += 1
                continue
            }
            if isSpace(s) {
                i += 1
                continue
            }
            if isWordScalar(s) {
                let start = i
                var allDigits = true
                while i < n && isWordScalar(scalars[i]) {
                    if !isNumeric(scalars[i]) { allDigits = false }
                    i += 1
                }
                // Abbreviations: single letters separated by periods ("U.S.", "U.K.").
                if i - start == 1 && i + 2 < n && scalars[i] == "." && isLetter(scalars[i + 1])
                    && scalars[i + 2] == "."
                {
                    while i + 1 < n && scalars[i] == "." && isLetter(scalars[i + 1])
                        && (i + 2 >= n || !isWordScalar(scalars[i + 2]))
                    {
                        i += 2
                    }
                    if i < n && scalars[i] == "." { i += 1 }
                }
                var end = i
                // Numbers with inner separators: 1,000 and 3.5
                while allDigits && i + 1 < n && (scalars[i] == "," || scalars[i] == ".")
                    && isNumeric(scalars[i + 1])
                {
                    i += 1
                    while i < n && isWordScalar(scalars[i]) { i += 1 }
                    end = i
                }
                let (text, norm) = Self.textAndNorm(scalars[start..<end])
                tokens.append(Token(start: start, end: end, text: text, norm: norm, kind: allDigits ? .number : .word))
                continue
            }
            if isApostrophe(s) && i + 1 < n && isWordScalar(scalars[i + 1]) && !tokens.isEmpty
                && tokens.last!.end == i && tokens.last!.kind == .word
            {
                // Clitic: 's, 've, 'll, 'd, 're, 't.
                let start = i
                i += 1
                while i < n && isWordScalar(scalars[i]) { i += 1 }
                let (text, norm) = Self.textAndNorm(scalars[start..<i])
                tokens.append(Token(start: start, end: i, text: text, norm: norm, kind: .word))
                continue
            }
            let (text, norm) = Self.textAndNorm(scalars[i..<i + 1])
            tokens.append(Token(start: i, end: i + 1, text: text, norm: norm, kind: .punctuation))
            i += 1
        }
        return tokens
    }

    /// Whether a scalar that is not ASCII belongs to a word: a letter, a digit or a combining mark.
    @inline(never) static func isOtherWordScalar(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }

    /// A token's text and its normalized form (``TextNormalizer``): for ASCII, both built from bytes in
    /// one pass (the lowercase form is the normalized one, but for the backtick, which becomes `'`); a
    /// token with no capital letter shares one string for both.
    static func textAndNorm(_ run: ArraySlice<Unicode.Scalar>) -> (String, String) {
        let count = run.count
        if count == 1, let s = run.first, s.isASCII, s != "`" {
            // One ASCII character (most punctuation): both forms from tables.
            return (asciiText[Int(s.value)], asciiNorm[Int(s.value)])
        }
        // The text built from bytes while checking that it is ASCII (given up, as an empty string, if not).
        var ascii = true
        var upper = false
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for s in run {
                guard s.isASCII && s != "`" else {
                    ascii = false
                    return 0
                }
                if s.value >= 0x41 && s.value <= 0x5A { upper = true }
                buffer[k] = UInt8(truncatingIfNeeded: s.value)
                k += 1
            }
            return count
        }
        guard ascii else {
            if count == 1, let s = run.first, (0x2010...0x2027).contains(s.value) { return generalPunctuation(s) }
            let text = String(String.UnicodeScalarView(run))
            return (text, TextNormalizer.normalize(text))
        }
        guard upper else { return (text, text) }
        let norm = String(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for s in run {
                let b = UInt8(truncatingIfNeeded: s.value)
                buffer[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                k += 1
            }
            return count
        }
        return (text, norm)
    }

    /// Each ASCII character as a string, and its normalized form (lowercase; the backtick is never read
    /// from these).
    static let asciiText: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
    static let asciiNorm: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0))) }

    /// ``textAndNorm(_:)`` of a token of one scalar from U+2010–U+2027 (dashes, quotation marks, bullets,
    /// the ellipsis), the commonest tokens of news that are not ASCII, without Foundation's lowercasing and
    /// decomposition: none of them has a lowercase form or a canonical decomposition, nor is a combining
    /// mark, so the normalized form is the text, but for the single quotation marks that become "'".
    static func generalPunctuation(_ s: Unicode.Scalar) -> (String, String) {
        let text = String(s)
        return (text, s == "\u{2018}" || s == "\u{2019}" ? "'" : text)
    }
}

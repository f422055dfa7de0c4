/// A token of a document: a word, a number, an abbreviation ("U.S."), a possessive clitic ("'s") or one
/// punctuation character. Offsets are in Unicode scalars from the start of the document.
public struct Token: Sendable, Equatable {
    public var start: Int
    public var end: Int
    /// The text as written.
    public var text: String
    /// Lowercased, diacritics removed, typographic apostrophes made plain: the form matching uses.
    public var norm: String
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
        /// A line break (kept so that headings and paragraphs can be told apart).
        case newline
    }

    /// Whether the first character is an uppercase letter.
    public var isCapitalized: Bool {
        // An ASCII first byte is the first scalar: no scalar decoding for most tokens.
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Whether every letter is uppercase and there are at least two letters ("US", "U.S.", "ICC").
    public var isAllCaps: Bool {
        var letters = 0
        // ASCII text byte by byte; any other text scalar by scalar, with Unicode properties.
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        if ascii { return letters >= 2 }
        letters = 0
        for s in text.unicodeScalars {
            if s.isASCII {
                if s.value >= 0x61 && s.value <= 0x7A { return false }
                if s.value >= 0x41 && s.value <= 0x5A { letters += 1 }
            } else if s.properties.isAlphabetic {
                if !s.properties.isUppercase { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    public var isWord: Bool { kind == .word }
}

/// Normalization shared by the lexicon and the tokenizer.
enum TextNormalizer {
    /// Lowercased, with combining marks removed and typographic apostrophes and dashes made plain.
    static func normalize(_ s: some StringProtocol) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) {
            return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in String(s).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "`": out.append("'")
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }
}

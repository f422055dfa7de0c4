/// Writing text into HTML safely.
enum HTMLText {
    /// Text for an HTML text node or a double- or single-quoted attribute value: `& < > " '` become
    /// entities, and characters that do not print (controls other than line breaks and tabs, bidi
    /// overrides, unassigned code points) are dropped. Letters with diacritics and emoji are kept as they
    /// are (the report is UTF-8). Nothing in the result can open a tag, close an attribute or start an
    /// entity, so text from a corpus stays text.
    static func escape(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": continue
            default: if isPrintable(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `sentence` escaped, with the first occurrence of `cue` (ignoring case) marked with `<mark>`.
    static func marking(_ cue: String, in sentence: String) -> String {
        guard !cue.isEmpty, let range = sentence.range(of: cue, options: [.caseInsensitive]) else {
            return escape(sentence)
        }
        return escape(String(sentence[..<range.lowerBound])) + "<mark>" + escape(String(sentence[range]))
            + "</mark>" + escape(String(sentence[range.upperBound...]))
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, most of any English text, without a lookup of the Unicode tables.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return true }
        return switch scalar.properties.generalCategory {
        case .control, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator: false
        case .format: scalar == "\u{200D}" || scalar == "\u{200C}"
        default: true
        }
    }
}

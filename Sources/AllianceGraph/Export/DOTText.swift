/// Writing values into DOT text: quoting, escaping, identifiers and numbers.
enum DOTText {
    /// A double-quoted DOT string for displayed text (labels, tooltips).
    ///
    /// Backslashes and quotes are escaped, line breaks become `\n`, `&` becomes `&amp;` (Graphviz reads
    /// entities in labels, so a literal "&amp;" would otherwise print as "&"), and characters that do not
    /// print (controls, bidi overrides, unassigned code points) are dropped. Letters with diacritics, emoji
    /// and their zero-width joiners are kept.
    static func text(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n", "\u{2028}", "\u{2029}": out += "\\n"
            case "\r": continue
            case "\t": out += " "
            default: if isPrintable(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A double-quoted DOT identifier or attribute value that is not displayed text (node names, colours).
    static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: if isPrintable(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Text for an HTML-like label: `&`, `<`, `>` and `"` as entities, line breaks as `<BR/>`.
    static func html(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\u{2028}", "\u{2029}": out += "<BR/>"
            case "\r": continue
            case "\t": out += " "
            default: if isPrintable(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Letters, digits, `_` and `-` only (for SVG `id` and `class` values); anything else becomes `-`.
    static func token(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9") || scalar == "_" || scalar == "-"
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        return out
    }

    /// `x` with exactly `digits` decimals and no exponent, the same in every locale: `fixed(2.5, 2)` is "2.50".
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let n = Int((abs(x) * scale).rounded())
        let sign = x < 0 && n != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(n) }
        let s = Int(scale)
        var frac = String(n % s)
        while frac.count < digits { frac = "0" + frac }
        return "\(sign)\(n / s).\(frac)"
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator: false
        case .format: scalar == "\u{200D}" || scalar == "\u{200C}"  // keep joiners: they shape emoji and scripts
        default: true
        }
    }
}

import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Writing and reading XML safely.
enum XMLText {
    /// Text escaped for XML character data and attribute values: `& < > " '` become entities, tab, line
    /// feed and carriage return character references (so that attribute-value normalization keeps them),
    /// and characters XML 1.0 does not allow at all (other controls, U+FFFE, U+FFFF) become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether XML 1.0 can hold the character at all (as itself or as a character reference).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x20 || v == 0x09 || v == 0x0A || v == 0x0D) && v != 0xFFFE && v != 0xFFFF
    }

    /// Why a node id cannot be written to GraphML or GEXF unchanged (it holds a character XML cannot
    /// hold, such as NUL), or `nil` when it can. Readers of non-XML formats refuse such ids, so that an
    /// export never merges or renames nodes.
    static func problem(withNodeID id: String) -> String? {
        guard let bad = id.unicodeScalars.first(where: { !isAllowed($0) }) else { return nil }
        return "node id contains the control character \(String(format: "U+%04X", bad.value)), which graph files cannot hold"
    }

    /// A number as XML Schema `double` text: the shortest representation that reads back the same.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Parses an XML document with a SAX delegate, safely: a document with a DOCTYPE is refused before
    /// parsing (so no entity can be declared, expanded or fetched: no XXE, no "billion laughs"), and
    /// external entities are not resolved in any case.
    ///
    /// Documents must be UTF-8 (as GraphML and GEXF files are in practice): bytes that are not UTF-8 make
    /// FoundationXML on Linux trap (found by fuzzing), and another encoding (UTF-16, EBCDIC) could hide a
    /// DOCTYPE from the byte check above.
    /// - Throws: ``GraphFormatError/notUTF8``, ``GraphFormatError/unsupported(_:)`` for a declared
    ///   encoding other than UTF-8, ``GraphFormatError/documentTypeDeclaration``, or the delegate's
    ///   error, or ``GraphFormatError/invalidXML(line:reason:)`` with the parser's line.
    static func parse(_ data: Data, delegate: SAXHandler) throws(GraphFormatError) {
        guard String(validating: data, as: UTF8.self) != nil else { throw .notUTF8 }
        if let encoding = declaredEncoding(data), !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased()) {
            throw .unsupported("XML encoding '\(encoding)' (graph files are read as UTF-8)")
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .documentTypeDeclaration
        }
        if hasEmptyProcessingInstruction(data) {
            throw .unsupported("a processing instruction without data (<?name?>), which the XML parser cannot read")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        delegate.parser = parser
        parser.delegate = delegate
        let ok = parser.parse()
        if let error = delegate.error { throw error }
        if !ok {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
            throw .invalidXML(line: parser.lineNumber, reason: reason)
        }
    }

    /// Whether the text has `<?name?>` (a processing instruction without data): FoundationXML on Linux
    /// reads its missing data through a null pointer and crashes (found by fuzzing). Checked on bytes, so
    /// such text inside a comment or CDATA section is refused too.
    static func hasEmptyProcessingInstruction(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            var i = 0
            while i + 1 < bytes.count {
                defer { i += 1 }
                guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") else { continue }
                var j = i + 2
                while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "?") { j += 1 }
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                if j + 1 < bytes.count, bytes[j] == UInt8(ascii: "?"), bytes[j + 1] == UInt8(ascii: ">") { return true }
            }
            return false
        }
    }

    /// The `encoding` of the XML declaration (`<?xml version="1.0" encoding="..."?>`), if there is one.
    static func declaredEncoding(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(256), as: UTF8.self)
        guard head.drop(while: { $0 == "\u{FEFF}" }).hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}

/// A SAX delegate that collects the first error and stops the parser on it.
class SAXHandler: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var error: GraphFormatError?
    var text = ""

    var line: Int { parser?.lineNumber ?? 0 }

    func fail(_ error: GraphFormatError) {
        if self.error == nil { self.error = error }
        parser?.abortParsing()
    }

    func fail(_ reason: String) { fail(.invalidXML(line: line, reason: reason)) }

    /// The local name of an element or attribute (without a namespace prefix).
    static func local(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { text += String(decoding: CDATABlock, as: UTF8.self) }
}

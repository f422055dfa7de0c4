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
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A number as XML Schema `double` text: the shortest representation that reads back the same.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Parses an XML document with a SAX delegate, safely: a document with a DOCTYPE is refused before
    /// parsing (so no entity can be declared, expanded or fetched: no XXE, no "billion laughs"), and
    /// external entities are not resolved in any case.
    /// - Throws: ``GraphFormatError/documentTypeDeclaration``, or the delegate's error, or
    ///   ``GraphFormatError/invalidXML(line:reason:)`` with the parser's line.
    static func parse(_ data: Data, delegate: SAXHandler) throws(GraphFormatError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .documentTypeDeclaration
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

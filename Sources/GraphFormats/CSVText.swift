/// CSV text (RFC 4180): cells that are safe to open in a spreadsheet, and records split into fields.
public enum CSVText {
    /// A CSV cell for text. Text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return) gets a leading apostrophe (OWASP, "CSV injection"); a cell with a
    /// comma, a quote or a line break is quoted, quotes doubled. Numbers are written as they are, not
    /// through this function (a negative number is not a formula).
    public static func cell(_ text: String) -> String {
        var s = text
        if let first = s.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { s = "'" + s }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Calls `body` with the fields of each record of CSV text and the line the record starts on.
    /// Quoted fields may hold commas, doubled quotes and line breaks. Empty lines are skipped.
    /// - Complexity: O(n) in the number of bytes.
    static func forEachRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ fields: [String], _ line: Int) throws(GraphFormatError) -> Void
    ) throws(GraphFormatError) {
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = 0
        let n = bytes.count
        var inQuotes = false
        var atFieldStart = true
        var recordHasContent = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < n {
            let c = bytes[i]
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(c)
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if c == UInt8(ascii: "\n") { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "\"") where atFieldStart:
                inQuotes = true
                atFieldStart = false
                recordHasContent = true
            case UInt8(ascii: ","):
                endField()
                atFieldStart = true
                recordHasContent = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if c == UInt8(ascii: "\r") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                if recordHasContent {
                    endField()
                    try body(fields, recordLine)
                    fields.removeAll(keepingCapacity: true)
                }
                atFieldStart = true
                recordHasContent = false
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
                recordHasContent = true
            }
            i += 1
        }
        if inQuotes { throw .invalidLine(line: recordLine, reason: "unterminated quoted field") }
        if recordHasContent {
            endField()
            try body(fields, recordLine)
        }
    }
}

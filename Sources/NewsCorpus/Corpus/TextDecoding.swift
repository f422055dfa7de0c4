import Foundation

/// How the bytes of a document were turned into text.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// Windows-1252 (a superset of Latin-1's printable range), used when the bytes are not valid UTF-8.
    case windows1252 = "windows-1252"
}

/// Why a file's bytes are not usable as text.
public enum TextDecodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary

    public var description: String {
        switch self {
        case .empty: "empty file"
        case .binary: "binary file (not text)"
        }
    }
}

/// Decodes document bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.
/// Files with NUL bytes (outside UTF-16) or mostly control characters are rejected as binary.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) -> Result<(String, TextEncoding), TextDecodingProblem> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return utf16(bytes.dropFirst(2), littleEndian: true).map { ($0, .utf16LE) }
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return utf16(bytes.dropFirst(2), littleEndian: false).map { ($0, .utf16BE) }
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { body = bytes.dropFirst(3) }
        if body.contains(0) { return .failure(.binary) }
        let text: String
        let encoding: TextEncoding
        if let s = String(validating: body, as: UTF8.self) {
            text = s
            encoding = .utf8
        } else {
            text = String(decoding: body.map(windows1252), as: UTF16.self)
            encoding = .windows1252
        }
        var control = 0
        var total = 0
        if encoding == .utf8 {
            // The same count on the bytes: a scalar starts at each byte that is not a continuation byte,
            // and control characters are single bytes.
            for b in body {
                if b & 0xC0 == 0x80 { continue }
                if total == 65_536 { break }
                total += 1
                if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
            }
        } else {
            for scalar in text.unicodeScalars.prefix(65_536) {
                total += 1
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{0C}" {
                    control += 1
                }
            }
        }
        if total == 0 || text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return .failure(.empty) }
        if control * 10 > total { return .failure(.binary) }
        return .success((text, encoding))
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<String, TextDecodingProblem> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        let s = String(decoding: units, as: UTF16.self)
        return s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) ? .failure(.empty) : .success(s)
    }

    /// Windows-1252 to UTF-16: the 0x80–0x9F block holds typographic characters; the rest is Latin-1.
    private static func windows1252(_ byte: UInt8) -> UInt16 {
        let high: [UInt16] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
            0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return byte >= 0x80 && byte <= 0x9F ? high[Int(byte - 0x80)] : UInt16(byte)
    }
}

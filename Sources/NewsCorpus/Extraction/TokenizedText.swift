/// A document's text split once into scalars, tokens and sentences, shared by the extractor and by
/// story clustering so that neither tokenizes it again. Hard-wrapped lines are joined (``HardWrap``).
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(_ text: String) {
        scalars = Self.scalars(of: text)
        tokens = HardWrap.unwrapped(Tokenizer.tokenize(scalars))
        sentences = SentenceSplitter.split(tokens)
    }

    /// The Unicode scalars of `text`, decoded from its UTF-8 storage in one pass (the string is valid
    /// UTF-8); `Array(text.unicodeScalars)` went through the generic, index-checked iterator.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                let n = bytes.count
                var i = 0
                var k = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    (buffer.baseAddress! + k).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    k += 1
                }
                count = k
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }
}

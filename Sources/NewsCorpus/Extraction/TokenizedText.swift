/// A document's text split once into scalars, tokens and sentences, shared by the extractor and by
/// story clustering so that neither tokenizes it again. Hard-wrapped lines are joined (``HardWrap``).
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = HardWrap.unwrapped(Tokenizer.tokenize(scalars))
        sentences = SentenceSplitter.split(tokens)
    }
}

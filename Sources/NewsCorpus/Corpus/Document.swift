import AllianceGraph

/// A decoded document of a corpus, ready for extraction.
public struct Document: Sendable {
    /// The record that goes into the snapshot (id, path, title, date, hash, ...).
    public var record: DocumentRecord
    /// The decoded text.
    public var text: String
    public var encoding: TextEncoding

    public init(record: DocumentRecord, text: String, encoding: TextEncoding = .utf8) {
        self.record = record
        self.text = text
        self.encoding = encoding
    }

    public var id: String { record.id }
}

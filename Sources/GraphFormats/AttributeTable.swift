/// Builds typed attribute columns from the text values a file gives element by element.
struct AttributeTable {
    struct Declaration {
        var name: String
        var type: AttributeType
        var defaultText: String?
    }

    private(set) var declarations: [Declaration] = []
    private var indexByID: [String: Int] = [:]
    /// Per element (node or edge): `(declaration, text, line)` for each value given.
    private(set) var rows: [[(column: Int, text: String, line: Int)]] = []

    /// Declares a column under an id (the GraphML key id, the GEXF attribute id). A second declaration
    /// of the same id replaces the first.
    mutating func declare(id: String, name: String, type: AttributeType, defaultText: String? = nil) {
        if let i = indexByID[id] {
            declarations[i] = Declaration(name: name, type: type, defaultText: defaultText)
        } else {
            indexByID[id] = declarations.count
            declarations.append(Declaration(name: name, type: type, defaultText: defaultText))
        }
    }

    mutating func setDefault(id: String, _ text: String) {
        if let i = indexByID[id] { declarations[i].defaultText = text }
    }

    func column(id: String) -> Int? { indexByID[id] }

    /// Starts the next element's row.
    mutating func newRow() { rows.append([]) }

    /// Records a value for the current element.
    mutating func set(column: Int, text: String, line: Int) {
        rows[rows.count - 1].append((column, text, line))
    }

    /// The typed columns, one value per element, defaults filled in.
    /// - Throws: ``GraphFormatError/invalidXML(line:reason:)`` for a value that is not of its column's type.
    func columns(what: String) throws(GraphFormatError) -> [AttributeColumn] {
        var columns = declarations.map { d -> AttributeColumn in
            let fill = d.defaultText.flatMap { AttributeValue(parsing: $0, as: d.type) }
            return AttributeColumn(name: d.name, type: d.type, values: Array(repeating: fill, count: rows.count))
        }
        for (r, row) in rows.enumerated() {
            for (c, text, line) in row {
                let d = declarations[c]
                guard let value = AttributeValue(parsing: text, as: d.type) else {
                    throw .invalidXML(line: line, reason: "\(what) attribute '\(d.name)': '\(text)' is not a \(d.type.rawValue)")
                }
                columns[c].values[r] = value
            }
        }
        return columns
    }
}

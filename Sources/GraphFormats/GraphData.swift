import Foundation

/// A graph as files hold it: node ids, edges between them, and typed attribute columns.
///
/// The common model of every reader and writer in this module. Storage is columnar: edge `k` goes from
/// `nodes[sources[k]]` to `nodes[targets[k]]`, and each attribute column has one optional value per
/// node (or edge), `nil` where the file gives none. Node ids are unique; edges keep the file's order and
/// may repeat a pair (a multigraph) or be self-loops: what to do with them is the consumer's choice (see
/// ``analysisGraph(weight:)``).
public struct GraphData: Sendable, Equatable {
    /// Whether the edges are directed (GraphML `edgedefault`, GEXF `defaultedgetype`).
    public var isDirected: Bool
    /// Node ids, unique, in file order.
    public var nodes: [String]
    public var nodeAttributes: [AttributeColumn]
    public var sources: [Int32]
    public var targets: [Int32]
    public var edgeAttributes: [AttributeColumn]

    public init(
        isDirected: Bool = false, nodes: [String] = [], nodeAttributes: [AttributeColumn] = [],
        sources: [Int32] = [], targets: [Int32] = [], edgeAttributes: [AttributeColumn] = []
    ) {
        precondition(sources.count == targets.count, "one target per source")
        self.isDirected = isDirected
        self.nodes = nodes
        self.nodeAttributes = nodeAttributes
        self.sources = sources
        self.targets = targets
        self.edgeAttributes = edgeAttributes
    }

    public var edgeCount: Int { sources.count }

    /// The node attribute column with this name, if any.
    public func nodeAttribute(_ name: String) -> AttributeColumn? { nodeAttributes.first { $0.name == name } }

    /// The edge attribute column with this name, if any.
    public func edgeAttribute(_ name: String) -> AttributeColumn? { edgeAttributes.first { $0.name == name } }
}

/// The type of an attribute column, as GraphML (`attr.type`) and GEXF (`type`) declare it.
public enum AttributeType: String, Sendable, CaseIterable {
    case string, double, integer, boolean

    /// The GraphML `attr.type` name.
    public var graphMLName: String {
        switch self {
        case .string: "string"
        case .double: "double"
        case .integer: "long"
        case .boolean: "boolean"
        }
    }

    /// The GEXF attribute `type` name.
    public var gexfName: String {
        switch self {
        case .string: "string"
        case .double: "double"
        case .integer: "long"
        case .boolean: "boolean"
        }
    }

    /// The type a GraphML `attr.type` or GEXF `type` names (`int`, `long`, `integer` → integer;
    /// `float`, `double` → double); other names (lists, URIs, dates) are read as strings.
    public init(declared name: String) {
        switch name.lowercased() {
        case "int", "long", "integer", "short", "byte": self = .integer
        case "float", "double", "bigdecimal": self = .double
        case "boolean", "bool": self = .boolean
        default: self = .string
        }
    }
}

/// One attribute value.
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case double(Double)
    case integer(Int)
    case boolean(Bool)

    /// The value as a number (integers and booleans convert), or `nil` for text.
    public var number: Double? {
        switch self {
        case .double(let x): x
        case .integer(let i): Double(i)
        case .boolean(let b): b ? 1 : 0
        case .string: nil
        }
    }

    /// The value as text (numbers in their shortest round-trip form).
    public var text: String {
        switch self {
        case .string(let s): s
        case .double(let x): XMLText.number(x)
        case .integer(let i): String(i)
        case .boolean(let b): b ? "true" : "false"
        }
    }

    /// Parses text as a value of a type; `nil` when it is not one (for example "abc" as a double).
    public init?(parsing text: String, as type: AttributeType) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .string: self = .string(text)
        case .double:
            guard let x = Double(t) else { return nil }
            self = .double(x)
        case .integer:
            if let i = Int(t) {
                self = .integer(i)
            } else {
                return nil
            }
        case .boolean:
            switch t.lowercased() {
            case "true", "1": self = .boolean(true)
            case "false", "0": self = .boolean(false)
            default: return nil
            }
        }
    }
}

/// A named, typed column of attribute values, one per node or per edge.
public struct AttributeColumn: Sendable, Equatable {
    public var name: String
    public var type: AttributeType
    /// One value per node (or edge); `nil` where the file gives none.
    public var values: [AttributeValue?]

    public init(name: String, type: AttributeType, values: [AttributeValue?]) {
        self.name = name
        self.type = type
        self.values = values
    }

    /// A column of doubles.
    public init(name: String, doubles: [Double]) {
        self.init(name: name, type: .double, values: doubles.map { .double($0) })
    }

    /// A column of strings.
    public init(name: String, strings: [String]) {
        self.init(name: name, type: .string, values: strings.map { .string($0) })
    }
}

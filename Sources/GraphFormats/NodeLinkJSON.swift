import Foundation

/// JSON text helpers.
public enum JSONText {
    /// A JSON string literal (control characters, U+2028 and U+2029 escaped). With `htmlSafe`, also
    /// `<`, `>` and `&`, so that the literal can sit inside an HTML page without closing a tag.
    public static func string(_ s: String, htmlSafe: Bool = false) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where htmlSafe: out += "\\u003c"
            case ">" where htmlSafe: out += "\\u003e"
            case "&" where htmlSafe: out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A JSON value, decoded with its type (a boolean is never a number, an integer never a double).
enum JSONValue: Decodable {
    case null, bool(Bool), integer(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            self = .integer(i)
        } else if let x = try? c.decode(Double.self) {
            self = .double(x)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// The value as text: strings as they are, numbers in decimal, others as JSON.
    var text: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .double(let x): XMLText.number(x)
        case .string(let s): s
        case .array(let a): "[" + a.map(\.json).joined(separator: ",") + "]"
        case .object(let o): "{" + o.keys.sorted().map { JSONText.string($0) + ":" + o[$0]!.json }.joined(separator: ",") + "}"
        }
    }

    var json: String {
        if case .string(let s) = self { return JSONText.string(s) }
        return text
    }

    var type: AttributeType? {
        switch self {
        case .null: nil
        case .bool: .boolean
        case .integer: .integer
        case .double: .double
        default: .string
        }
    }
}

/// Reads node-link JSON (NetworkX's `node_link_data`): `nodes` with an `id`, and `edges` (or `links`,
/// the name before NetworkX 3.4) with `source` and `target`; other fields become attribute columns.
///
/// Numeric ids are read as their decimal text. A column's type is that of its values (integers,
/// doubles — integers and doubles together make doubles —, booleans, text); a column with other mixed
/// types is text. Nested values (lists, objects) are kept as their JSON text.
public enum NodeLinkReader {
    public static func read(_ data: Data) throws(GraphFormatError) -> GraphData {
        let root: [String: JSONValue]
        do {
            root = try JSONDecoder().decode([String: JSONValue].self, from: data)
        } catch {
            throw .invalidJSON("not a node-link JSON object: \(error.localizedDescription)")
        }
        guard case .array(let nodeList)? = root["nodes"] else { throw .invalidJSON("no \"nodes\" array") }
        var edgeList: [JSONValue] = []
        if case .array(let list)? = root["edges"] ?? root["links"] { edgeList = list }
        var nodes: [String] = []
        var index: [String: Int32] = [:]
        var nodeFields: [[String: JSONValue]] = []
        for (k, item) in nodeList.enumerated() {
            guard case .object(let node) = item, let raw = node["id"] else { throw .invalidJSON("node \(k) has no \"id\"") }
            let id = raw.text
            if index[id] != nil { throw .invalidJSON("duplicate node id '\(id)'") }
            if let problem = XMLText.problem(withNodeID: id) { throw .invalidJSON("node \(k): \(problem)") }
            index[id] = Int32(nodes.count)
            nodes.append(id)
            nodeFields.append(node.filter { $0.key != "id" })
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var edgeFields: [[String: JSONValue]] = []
        for (k, item) in edgeList.enumerated() {
            guard case .object(let edge) = item, let s = edge["source"], let t = edge["target"] else {
                throw .invalidJSON("edge \(k) has no \"source\" and \"target\"")
            }
            guard let u = index[s.text] else { throw .invalidJSON("edge \(k): unknown node '\(s.text)'") }
            guard let v = index[t.text] else { throw .invalidJSON("edge \(k): unknown node '\(t.text)'") }
            sources.append(u)
            targets.append(v)
            edgeFields.append(edge.filter { $0.key != "source" && $0.key != "target" && $0.key != "key" })
        }
        var directed = false
        if case .bool(let d)? = root["directed"] { directed = d }
        return GraphData(
            isDirected: directed, nodes: nodes, nodeAttributes: columns(nodeFields), sources: sources,
            targets: targets, edgeAttributes: columns(edgeFields))
    }

    static func columns(_ rows: [[String: JSONValue]]) -> [AttributeColumn] {
        var names: [String] = []
        var seen = Set<String>()
        for row in rows { for key in row.keys.sorted() where seen.insert(key).inserted { names.append(key) } }
        return names.map { name in
            var type: AttributeType?
            for row in rows {
                guard let t = row[name]?.type else { continue }
                if type == nil {
                    type = t
                } else if type != t {
                    type = [type!, t].allSatisfy { $0 == .integer || $0 == .double } ? .double : .string
                }
            }
            let columnType = type ?? .string
            let values: [AttributeValue?] = rows.map { row in
                guard let value = row[name], value.type != nil else { return nil }
                switch (columnType, value) {
                case (.double, .integer(let i)): return .double(Double(i))
                case (.double, .double(let x)): return .double(x)
                case (.integer, .integer(let i)): return .integer(i)
                case (.boolean, .bool(let b)): return .boolean(b)
                default: return .string(value.text)
                }
            }
            return AttributeColumn(name: name, type: columnType, values: values)
        }
    }
}

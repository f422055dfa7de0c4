import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GraphML (http://graphml.graphdrawing.org): `key` declarations with their types and defaults,
/// one `graph` with its `edgedefault`, `node`s and `edge`s with their `data`.
///
/// Attributes become typed columns named after the key's `attr.name` (its id when it has none).
/// Edges may come before the nodes they name; an edge naming an undeclared node is an error. Nested
/// graphs and hyperedges are refused; ports and unknown elements are ignored. Documents with a DOCTYPE
/// are refused (see ``GraphFormatError/documentTypeDeclaration``).
public enum GraphMLReader {
    /// Parses a GraphML document.
    /// - Throws: ``GraphFormatError`` with the line of the problem.
    /// - Complexity: O(n) in the size of the document.
    public static func read(_ data: Data) throws(GraphFormatError) -> GraphData {
        let handler = Handler()
        try XMLText.parse(data, delegate: handler)
        return try handler.graph()
    }

    final class Handler: SAXHandler {
        var nodeTable = AttributeTable()
        var edgeTable = AttributeTable()
        var nodes: [String] = []
        var nodeIndex: [String: Int32] = [:]
        var edgeEnds: [(source: String, target: String, line: Int)] = []
        var directed = false
        var depth = 0
        var graphDepth = 0
        var graphs = 0
        var sawRoot = false
        /// The element data belongs to: a node, an edge, or neither.
        enum Owner { case none, node, edge }
        var owner = Owner.none
        var currentKey: (id: String, domain: String)?
        var dataKey: String?
        var inDefault = false

        override func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            let name = Self.local(elementName)
            if !sawRoot {
                sawRoot = true
                guard name == "graphml" else { return fail("the root element is <\(name)>, not <graphml>") }
                return
            }
            switch name {
            case "key":
                guard let id = attributes["id"] else { return fail("<key> without an id") }
                let domain = attributes["for"] ?? "all"
                let attrName = attributes["attr.name"] ?? id
                let type = AttributeType(declared: attributes["attr.type"] ?? "string")
                if domain == "node" || domain == "all" { nodeTable.declare(id: id, name: attrName, type: type) }
                if domain == "edge" || domain == "all" { edgeTable.declare(id: id, name: attrName, type: type) }
                currentKey = (id, domain)
            case "default":
                inDefault = currentKey != nil
                text = ""
            case "graph":
                if graphDepth > 0 { return fail(.unsupported("nested graphs (line \(line))")) }
                graphs += 1
                if graphs > 1 { return fail(.unsupported("more than one graph in a document (line \(line))")) }
                graphDepth = depth
                directed = attributes["edgedefault"] == "directed"
            case "node":
                guard let id = attributes["id"] else { return fail("<node> without an id") }
                if nodeIndex[id] != nil { return fail(.duplicateNode(id, line: line)) }
                nodeIndex[id] = Int32(nodes.count)
                nodes.append(id)
                nodeTable.newRow()
                owner = .node
            case "edge":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    return fail("<edge> without a source and a target")
                }
                edgeEnds.append((s, t, line))
                edgeTable.newRow()
                owner = .edge
            case "hyperedge":
                fail(.unsupported("hyperedges (line \(line))"))
            case "data":
                dataKey = attributes["key"]
                text = ""
            default:
                break
            }
        }

        override func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            defer { depth -= 1 }
            switch Self.local(elementName) {
            case "key": currentKey = nil
            case "default":
                if inDefault, let key = currentKey {
                    if key.domain == "node" || key.domain == "all" { nodeTable.setDefault(id: key.id, text) }
                    if key.domain == "edge" || key.domain == "all" { edgeTable.setDefault(id: key.id, text) }
                }
                inDefault = false
            case "graph": graphDepth = 0
            case "node", "edge": owner = .none
            case "data":
                guard let key = dataKey else { return fail("<data> without a key") }
                switch owner {
                case .node:
                    guard let c = nodeTable.column(id: key) else { return fail("<data> with undeclared node key '\(key)'") }
                    nodeTable.set(column: c, text: text, line: line)
                case .edge:
                    guard let c = edgeTable.column(id: key) else { return fail("<data> with undeclared edge key '\(key)'") }
                    edgeTable.set(column: c, text: text, line: line)
                case .none: break  // graph-level data
                }
                dataKey = nil
            default: break
            }
        }

        func graph() throws(GraphFormatError) -> GraphData {
            guard sawRoot else { throw .invalidXML(line: 1, reason: "empty document") }
            guard depth == 0 else { throw .invalidXML(line: line, reason: "the document ends inside an element") }
            var sources: [Int32] = []
            var targets: [Int32] = []
            sources.reserveCapacity(edgeEnds.count)
            targets.reserveCapacity(edgeEnds.count)
            for (s, t, line) in edgeEnds {
                guard let u = nodeIndex[s] else { throw .unknownNode(s, line: line) }
                guard let v = nodeIndex[t] else { throw .unknownNode(t, line: line) }
                sources.append(u)
                targets.append(v)
            }
            return GraphData(
                isDirected: directed, nodes: nodes, nodeAttributes: try nodeTable.columns(what: "node"),
                sources: sources, targets: targets, edgeAttributes: try edgeTable.columns(what: "edge"))
        }
    }
}

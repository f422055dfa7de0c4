import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GEXF 1.1 to 1.3 (https://gexf.net): the static graph's nodes (with their `label`) and edges
/// (with their `weight`), and the declared attributes with their types and defaults.
///
/// The node label becomes a `label` node column, the edge weight a `weight` edge column (double); the
/// declared attributes become columns named after their `title`. `defaultedgetype="directed"` makes a
/// directed graph (an edge's own `type` is ignored). Hierarchical graphs (nodes inside nodes) are
/// refused; `viz` and dynamic `spells` are ignored. Documents with a DOCTYPE are refused.
public enum GEXFReader {
    /// Parses a GEXF document.
    /// - Throws: ``GraphFormatError`` with the line of the problem.
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
        var sawRoot = false
        var attributeClass: String?
        var currentAttribute: String?
        var inDefault = false
        var inNode = false
        var inEdge = false
        var depth = 0
        var labelColumn = -1
        var weightColumn = -1

        override init() {
            super.init()
            nodeTable.declare(id: "\u{0}label", name: "label", type: .string)
            edgeTable.declare(id: "\u{0}weight", name: "weight", type: .double)
            labelColumn = nodeTable.column(id: "\u{0}label")!
            weightColumn = edgeTable.column(id: "\u{0}weight")!
        }

        override func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let name = Self.local(elementName)
            depth += 1
            if !sawRoot {
                sawRoot = true
                guard name == "gexf" else { return fail("the root element is <\(name)>, not <gexf>") }
                return
            }
            switch name {
            case "graph":
                directed = attributes["defaultedgetype"] == "directed"
            case "attributes":
                attributeClass = attributes["class"]
            case "attribute":
                guard let id = attributes["id"] else { return fail("<attribute> without an id") }
                let title = attributes["title"] ?? id
                let type = AttributeType(declared: attributes["type"] ?? "string")
                if attributeClass == "edge" {
                    edgeTable.declare(id: id, name: title, type: type)
                } else if attributeClass == "node" {
                    nodeTable.declare(id: id, name: title, type: type)
                }
                currentAttribute = id
            case "default":
                inDefault = currentAttribute != nil
                text = ""
            case "node":
                if inNode { return fail(.unsupported("hierarchical graphs: a node inside a node (line \(line))")) }
                guard let id = attributes["id"] else { return fail("<node> without an id") }
                if nodeIndex[id] != nil { return fail(.duplicateNode(id, line: line)) }
                nodeIndex[id] = Int32(nodes.count)
                nodes.append(id)
                nodeTable.newRow()
                if let label = attributes["label"] { nodeTable.set(column: labelColumn, text: label, line: line) }
                inNode = true
            case "edge":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    return fail("<edge> without a source and a target")
                }
                edgeEnds.append((s, t, line))
                edgeTable.newRow()
                if let w = attributes["weight"] { edgeTable.set(column: weightColumn, text: w, line: line) }
                inEdge = true
            case "attvalue":
                guard let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else {
                    return fail("<attvalue> without 'for' and 'value'")
                }
                if inEdge {
                    guard let c = edgeTable.column(id: key) else { return fail("<attvalue> for undeclared edge attribute '\(key)'") }
                    edgeTable.set(column: c, text: value, line: line)
                } else if inNode {
                    guard let c = nodeTable.column(id: key) else { return fail("<attvalue> for undeclared node attribute '\(key)'") }
                    nodeTable.set(column: c, text: value, line: line)
                }
            default:
                break
            }
        }

        override func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            depth -= 1
            switch Self.local(elementName) {
            case "attributes": attributeClass = nil
            case "attribute": currentAttribute = nil
            case "default":
                if inDefault, let id = currentAttribute {
                    if attributeClass == "edge" { edgeTable.setDefault(id: id, text) } else { nodeTable.setDefault(id: id, text) }
                }
                inDefault = false
            case "node": inNode = false
            case "edge": inEdge = false
            default: break
            }
        }

        func graph() throws(GraphFormatError) -> GraphData {
            guard sawRoot else { throw .invalidXML(line: 1, reason: "empty document") }
            guard depth == 0 else { throw .invalidXML(line: line, reason: "the document ends inside an element") }
            var sources: [Int32] = []
            var targets: [Int32] = []
            for (s, t, line) in edgeEnds {
                guard let u = nodeIndex[s] else { throw .unknownNode(s, line: line) }
                guard let v = nodeIndex[t] else { throw .unknownNode(t, line: line) }
                sources.append(u)
                targets.append(v)
            }
            var nodeColumns = try nodeTable.columns(what: "node")
            var edgeColumns = try edgeTable.columns(what: "edge")
            // Drop the built-in label and weight columns when the file gives none.
            if nodeColumns[labelColumn].values.allSatisfy({ $0 == nil }) { nodeColumns.remove(at: labelColumn) }
            if edgeColumns[weightColumn].values.allSatisfy({ $0 == nil }) { edgeColumns.remove(at: weightColumn) }
            return GraphData(
                isDirected: directed, nodes: nodes, nodeAttributes: nodeColumns, sources: sources, targets: targets,
                edgeAttributes: edgeColumns)
        }
    }
}

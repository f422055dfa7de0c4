/// Writers for GraphML, GEXF 1.3, CSV tables, edge lists and node-link JSON. Every writer emits nodes and
/// edges in the order of the ``GraphData`` and columns in declaration order, so the same data always
/// gives the same bytes.
public enum GraphWriter {
    /// GraphML: one `key` per column (node keys `n0`, `n1`, …, edge keys `e0`, …, typed), one `graph` with
    /// `edgedefault`, nodes and edges with their `data` (missing values are left out). Loads with
    /// `networkx.read_graphml`, igraph's `Graph.Read_GraphML` and Gephi.
    public static func graphML(_ g: GraphData) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for (k, c) in g.nodeAttributes.enumerated() {
            out += "  <key id=\"n\(k)\" for=\"node\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(c.type.graphMLName)\"/>\n"
        }
        for (k, c) in g.edgeAttributes.enumerated() {
            out += "  <key id=\"e\(k)\" for=\"edge\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(c.type.graphMLName)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(g.isDirected ? "directed" : "undirected")\">\n"
        for (i, id) in g.nodes.enumerated() {
            out += "    <node id=\"\(XMLText.escape(id))\">"
            for (k, c) in g.nodeAttributes.enumerated() {
                if let v = c.values[i] { out += "<data key=\"n\(k)\">\(xmlValue(v))</data>" }
            }
            out += "</node>\n"
        }
        for e in 0..<g.edgeCount {
            out += "    <edge source=\"\(XMLText.escape(g.nodes[Int(g.sources[e])]))\" target=\"\(XMLText.escape(g.nodes[Int(g.targets[e])]))\">"
            for (k, c) in g.edgeAttributes.enumerated() {
                if let v = c.values[e] { out += "<data key=\"e\(k)\">\(xmlValue(v))</data>" }
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// GEXF 1.3 (namespace `http://gexf.net/1.3`): a node column named `label` becomes the nodes' `label`
    /// and an edge column named `weight` the edges' `weight`; every other column is a declared attribute
    /// (ids `0`, `1`, … per class) with `attvalue`s. Edge ids are `0`, `1`, …. Opens in Gephi.
    public static func gexf(_ g: GraphData, creator: String = "AllianceGraph", description: String? = nil) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>\(XMLText.escape(creator))</creator>\n"
        if let description { out += "    <description>\(XMLText.escape(description))</description>\n" }
        out += "  </meta>\n"
        out += "  <graph defaultedgetype=\"\(g.isDirected ? "directed" : "undirected")\" mode=\"static\">\n"
        let label = g.nodeAttributes.firstIndex { $0.name == "label" }
        let weight = g.edgeAttributes.firstIndex { $0.name == "weight" && $0.type != .string }
        let nodeColumns = g.nodeAttributes.indices.filter { $0 != label }
        let edgeColumns = g.edgeAttributes.indices.filter { $0 != weight }
        func declare(_ columns: [Int], _ all: [AttributeColumn], _ cls: String) {
            guard !columns.isEmpty else { return }
            out += "    <attributes class=\"\(cls)\">\n"
            for (k, c) in columns.enumerated() {
                out += "      <attribute id=\"\(k)\" title=\"\(XMLText.escape(all[c].name))\" type=\"\(all[c].type.gexfName)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        declare(nodeColumns, g.nodeAttributes, "node")
        declare(edgeColumns, g.edgeAttributes, "edge")
        func attvalues(_ columns: [Int], _ all: [AttributeColumn], _ row: Int) -> String {
            var s = ""
            for (k, c) in columns.enumerated() {
                if let v = all[c].values[row] { s += "<attvalue for=\"\(k)\" value=\"\(xmlValue(v))\"/>" }
            }
            return s.isEmpty ? "" : "<attvalues>" + s + "</attvalues>"
        }
        out += "    <nodes>\n"
        for (i, id) in g.nodes.enumerated() {
            out += "      <node id=\"\(XMLText.escape(id))\""
            if let label, let v = g.nodeAttributes[label].values[i] { out += " label=\"\(xmlValue(v))\"" }
            let values = attvalues(nodeColumns, g.nodeAttributes, i)
            out += values.isEmpty ? "/>\n" : ">" + values + "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for e in 0..<g.edgeCount {
            out += "      <edge id=\"\(e)\" source=\"\(XMLText.escape(g.nodes[Int(g.sources[e])]))\" target=\"\(XMLText.escape(g.nodes[Int(g.targets[e])]))\""
            if let weight, let w = g.edgeAttributes[weight].values[e]?.number { out += " weight=\"\(XMLText.number(w))\"" }
            let values = attvalues(edgeColumns, g.edgeAttributes, e)
            out += values.isEmpty ? "/>\n" : ">" + values + "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The node table as CSV: a header `id,<columns>`, then one row per node. Text cells go through
    /// ``CSVText/cell(_:)`` (quoted as needed, formula-like text prefixed with an apostrophe).
    public static func csvNodes(_ g: GraphData) -> String {
        var out = (["id"] + g.nodeAttributes.map(\.name)).map(CSVText.cell).joined(separator: ",") + "\n"
        for (i, id) in g.nodes.enumerated() {
            out += ([CSVText.cell(id)] + g.nodeAttributes.map { csvValue($0.values[i]) }).joined(separator: ",") + "\n"
        }
        return out
    }

    /// The edge table as CSV: a header `source,target,<columns>`, then one row per edge. It reads back as
    /// an edge list (``EdgeListReader``), weights included.
    public static func csvEdges(_ g: GraphData) -> String {
        var out = (["source", "target"] + g.edgeAttributes.map(\.name)).map(CSVText.cell).joined(separator: ",") + "\n"
        for e in 0..<g.edgeCount {
            let ends = [CSVText.cell(g.nodes[Int(g.sources[e])]), CSVText.cell(g.nodes[Int(g.targets[e])])]
            out += (ends + g.edgeAttributes.map { csvValue($0.values[e]) }).joined(separator: ",") + "\n"
        }
        return out
    }

    /// A weighted edge list, tab-separated, with a header `source  target  weight` (weight 1 when the
    /// graph has no `weight` column). Ids with tabs or line breaks have them replaced by spaces.
    public static func tsvEdgeList(_ g: GraphData) -> String {
        let weight = g.edgeAttribute("weight")
        var out = "source\ttarget\tweight\n"
        func clean(_ s: String) -> String {
            s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\r", with: " ")
        }
        for e in 0..<g.edgeCount {
            let w = weight?.values[e]?.number ?? 1
            out += clean(g.nodes[Int(g.sources[e])]) + "\t" + clean(g.nodes[Int(g.targets[e])]) + "\t" + XMLText.number(w) + "\n"
        }
        return out
    }

    /// Node-link JSON as NetworkX 3.4+ writes it (`nx.node_link_data(G, edges="edges")`): `directed`,
    /// `multigraph` (false), `graph` (empty), `nodes` with `id` and the node columns, `edges` with
    /// `source`, `target` and the edge columns (missing values left out). Loads with
    /// `nx.node_link_graph(data, edges="edges")`.
    public static func nodeLinkJSON(_ g: GraphData) -> String {
        var out = "{\n  \"directed\": \(g.isDirected),\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": ["
        for (i, id) in g.nodes.enumerated() {
            var fields = ["\"id\": " + JSONText.string(id)]
            for c in g.nodeAttributes { if let v = c.values[i] { fields.append(JSONText.string(c.name) + ": " + jsonValue(v)) } }
            out += (i == 0 ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}"
        }
        out += g.nodes.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"edges\": ["
        for e in 0..<g.edgeCount {
            var fields = [
                "\"source\": " + JSONText.string(g.nodes[Int(g.sources[e])]),
                "\"target\": " + JSONText.string(g.nodes[Int(g.targets[e])]),
            ]
            for c in g.edgeAttributes { if let v = c.values[e] { fields.append(JSONText.string(c.name) + ": " + jsonValue(v)) } }
            out += (e == 0 ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}"
        }
        out += g.edgeCount == 0 ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    static func xmlValue(_ v: AttributeValue) -> String {
        switch v {
        case .string(let s): XMLText.escape(s)
        case .double(let x): XMLText.number(x)
        case .integer(let i): String(i)
        case .boolean(let b): b ? "true" : "false"
        }
    }

    static func csvValue(_ v: AttributeValue?) -> String {
        switch v {
        case nil: ""
        case .string(let s)?: CSVText.cell(s)
        case .double(let x)?: XMLText.number(x)
        case .integer(let i)?: String(i)
        case .boolean(let b)?: b ? "true" : "false"
        }
    }

    static func jsonValue(_ v: AttributeValue) -> String {
        switch v {
        case .string(let s): JSONText.string(s)
        case .double(let x): x.isFinite ? XMLText.number(x) : "null"
        case .integer(let i): String(i)
        case .boolean(let b): b ? "true" : "false"
        }
    }
}

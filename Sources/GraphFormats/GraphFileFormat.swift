/// The graph file formats this module reads and writes.
public enum GraphFileFormat: String, Sendable, CaseIterable {
    /// GraphML (graphml.graphdrawing.org), read and written.
    case graphml
    /// GEXF 1.3 (gexf.net), read (1.1 to 1.3) and written (1.3).
    case gexf
    /// A weighted edge list, tab- or space-separated: `source target [weight]` per line.
    case tsv
    /// A weighted edge list or edge table as CSV (RFC 4180): `source,target[,weight]` per line; when
    /// written, a node table and an edge table.
    case csv
    /// Node-link JSON, as NetworkX's `node_link_data` writes it.
    case json

    /// The format a file name's extension suggests: `.graphml` and `.xml` → GraphML, `.gexf`, `.tsv`,
    /// `.txt`, `.edges`, `.el`, `.edgelist` → TSV edge list, `.csv`, `.json`; `nil` otherwise.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "graphml", "xml": self = .graphml
        case "gexf": self = .gexf
        case "tsv", "txt", "edges", "el", "edgelist", "tab": self = .tsv
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}

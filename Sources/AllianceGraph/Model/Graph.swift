/// The alliance graph: actors and the typed, signed, weighted ties between them.
///
/// A value type: copying a graph copies a snapshot. Nodes are kept sorted by id and edges by key, so
/// every encoding of the same graph is the same bytes. Lookups by id are O(1).
public struct Graph: Sendable, Equatable {
    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    private var indexByID: [ActorID: Int]

    /// An empty graph.
    public init() {
        nodes = []
        edges = []
        indexByID = [:]
    }

    /// Makes a graph from nodes and edges, sorting both.
    /// - Throws: ``GraphError`` for a duplicate node id, a duplicate edge key, or an edge to an unknown node.
    public init(nodes: [Node], edges: [Edge]) throws(GraphError) {
        let sortedNodes = nodes.sorted { $0.id < $1.id }
        var index: [ActorID: Int] = [:]
        index.reserveCapacity(sortedNodes.count)
        for (i, node) in sortedNodes.enumerated() {
            if index.updateValue(i, forKey: node.id) != nil { throw .duplicateNode(node.id) }
        }
        let sortedEdges = edges.sorted { $0.key < $1.key }
        for (i, edge) in sortedEdges.enumerated() {
            for end in [edge.source, edge.target] where index[end] == nil {
                throw .unknownNode(end, edge: "\(edge.source) -> \(edge.target) [\(edge.key.name)]")
            }
            if i > 0 && sortedEdges[i - 1].key == edge.key {
                throw .duplicateEdge(source: edge.source, target: edge.target, key: edge.key.name)
            }
            guard edge.weight.isFinite, edge.weight >= 0, edge.intensity.isFinite else {
                throw .invalidValue("weight of edge \(edge.source) -> \(edge.target) [\(edge.key.name)]")
            }
        }
        self.nodes = sortedNodes
        self.edges = sortedEdges
        self.indexByID = index
    }

    /// The position of a node in ``nodes``, or `nil` when the graph has no such node. O(1).
    public func index(of id: ActorID) -> Int? { indexByID[id] }

    /// The node with this id, or `nil`. O(1).
    public func node(_ id: ActorID) -> Node? { indexByID[id].map { nodes[$0] } }

    /// Edges that touch the node, in edge order. O(|E|).
    public func edges(touching id: ActorID) -> [Edge] {
        edges.filter { $0.source == id || $0.target == id }
    }

    /// Edges between two nodes in either direction, in edge order. O(|E|).
    public func edges(between a: ActorID, and b: ActorID) -> [Edge] {
        edges.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
    }

    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }
}

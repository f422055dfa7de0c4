/// The undirected, weighted graph that centrality metrics are computed on.
///
/// The projection of an alliance ``Graph`` (see ``init(projecting:options:)``):
/// - undirected: a tie from A to B and one from B to A are one pair;
/// - one **strength** per pair: the sum of the weights of the pair's cooperative edges (planned ones only
///   with ``AnalysisOptions/includePlanned``); at the actor level a `leads` tie adds strength 1;
/// - hostile and neutral edges add no strength (they enter the isolation measures instead);
/// - self-loops (a leader's tie to their own country at the country level) are dropped;
/// - every node of the alliance graph (after folding) is kept, even with no tie: it is then isolated.
///
/// Path-based measures (betweenness, closeness, harmonic) use the **distance** `1 / strength`, so that a
/// stronger tie is a shorter path, as NetworkX does when given a `distance` edge attribute.
///
/// Storage is compressed sparse row: the neighbors of node `i` are
/// `neighbors[offsets[i] ..< offsets[i + 1]]`, sorted by index, with the same positions in `strengths`.
public struct AnalysisGraph: Sendable, Equatable {
    /// Node ids, sorted; node `i` is `ids[i]`.
    public let ids: [ActorID]
    public let labels: [String]
    public let kinds: [ActorKind]
    public let offsets: [Int]
    public let neighbors: [Int32]
    public let strengths: [Double]

    public var nodeCount: Int { ids.count }
    /// The number of undirected pairs with a tie.
    public var edgeCount: Int { neighbors.count / 2 }

    /// Builds the graph from undirected weighted pairs over nodes `0..<ids.count`. Parallel pairs are
    /// summed; self-loops are dropped.
    /// - Precondition: every index is in range and every strength is finite and > 0.
    public init(ids: [ActorID], labels: [String]? = nil, kinds: [ActorKind]? = nil, pairs: [(Int, Int, Double)]) {
        let n = ids.count
        self.ids = ids
        self.labels = labels ?? ids.map(\.rawValue)
        self.kinds = kinds ?? Array(repeating: .country, count: n)
        var degree = [Int](repeating: 0, count: n)
        for (u, v, w) in pairs where u != v {
            precondition(u >= 0 && u < n && v >= 0 && v < n, "node index out of range")
            precondition(w.isFinite && w > 0, "strength must be finite and positive")
            degree[u] += 1
            degree[v] += 1
        }
        // Fill an over-allocated CSR, then sort each row and merge duplicates.
        var start = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { start[i + 1] = start[i] + degree[i] }
        var fill = start
        var nbr = [Int32](repeating: 0, count: start[n])
        var str = [Double](repeating: 0, count: start[n])
        for (u, v, w) in pairs where u != v {
            nbr[fill[u]] = Int32(v); str[fill[u]] = w; fill[u] += 1
            nbr[fill[v]] = Int32(u); str[fill[v]] = w; fill[v] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var outN: [Int32] = []
        var outS: [Double] = []
        outN.reserveCapacity(nbr.count)
        outS.reserveCapacity(nbr.count)
        var row: [(Int32, Double)] = []
        for i in 0..<n {
            row.removeAll(keepingCapacity: true)
            for k in start[i]..<start[i + 1] { row.append((nbr[k], str[k])) }
            row.sort { $0.0 < $1.0 }
            var k = 0
            while k < row.count {
                var (j, w) = row[k]
                k += 1
                while k < row.count && row[k].0 == j { w += row[k].1; k += 1 }
                outN.append(j)
                outS.append(w)
            }
            offsets[i + 1] = outN.count
        }
        self.offsets = offsets
        self.neighbors = outN
        self.strengths = outS
    }

    /// Projects an alliance graph (see the type's documentation for the rules).
    public init(projecting graph: Graph, options: AnalysisOptions = AnalysisOptions()) {
        let folded = { (id: ActorID) in Self.fold(id, in: graph, level: options.level) }
        var kept: [ActorID: Node] = [:]
        for node in graph.nodes {
            let id = folded(node.id)
            if id == node.id { kept[id] = node }
        }
        let ids = kept.keys.sorted()
        var index: [ActorID: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        var pairs: [(Int, Int, Double)] = []
        for edge in graph.edges {
            let strength: Double
            switch edge.type {
            case .leads where options.level == .actor: strength = 1
            case _ where edge.polarity == .cooperative && (!edge.isPlanned || options.includePlanned):
                strength = edge.weight
            default: continue
            }
            guard strength > 0, let u = index[folded(edge.source)], let v = index[folded(edge.target)], u != v
            else { continue }
            pairs.append((u, v, strength))
        }
        self.init(
            ids: ids, labels: ids.map { kept[$0]!.label }, kinds: ids.map { kept[$0]!.kind }, pairs: pairs)
    }

    /// The node an actor becomes at a level: at the country level a leader whose country is in the graph
    /// becomes that country; everything else stays itself.
    public static func fold(_ id: ActorID, in graph: Graph, level: AnalysisLevel) -> ActorID {
        guard level == .country, let node = graph.node(id), node.kind == .leader,
            let country = node.country, graph.node(country) != nil
        else { return id }
        return country
    }

    /// The index of a node, or `nil`. O(log n).
    public func index(of id: ActorID) -> Int? {
        var lo = 0
        var hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id ? lo : nil
    }

    /// The positions in ``neighbors`` and ``strengths`` that belong to node `i`.
    @inlinable public func adjacency(of i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// Number of neighbors of node `i`.
    @inlinable public func degree(of i: Int) -> Int { offsets[i + 1] - offsets[i] }
}

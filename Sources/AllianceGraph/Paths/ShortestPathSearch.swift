/// Single-source shortest paths on an ``AnalysisGraph``, with reusable buffers.
///
/// One search object serves many sources: every buffer is allocated once (O(|V| + |E|)) and only the
/// entries touched by the previous source are reset, so a run allocates nothing. It is the shared engine
/// of betweenness (Brandes 2001), closeness and harmonic centrality.
///
/// Ties between path lengths are exact (`==`), as in NetworkX's `_single_source_dijkstra_path_basic`:
/// a path whose length, summed edge by edge from the source, equals the best known length adds to the
/// path count and the predecessor list; anything else is either strictly better or ignored.
///
/// Not thread-safe: give each worker its own search.
final class _ShortestPathSearch {
    let nodeCount: Int
    let weighting: PathWeighting
    private let offsets: UnsafeMutableBufferPointer<Int>
    private let neighbors: UnsafeMutableBufferPointer<Int32>
    /// Tie lengths (`1 / strength`), in the positions of `neighbors`; empty when unweighted.
    private let lengths: UnsafeMutableBufferPointer<Double>

    /// Distance from the last source; `+infinity` for nodes it does not reach.
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the last source (only when paths were counted).
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Nodes reached by the last search, in non-decreasing distance (the stack `S` of Brandes' algorithm).
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var reachedCount = 0
    /// Predecessors of `w` on shortest paths: `predecessors[o ..< o + predecessorCount[w]]` with
    /// `o = graph.offsets[w]` (a node has at most one predecessor per neighbor, so its CSR row is room
    /// enough).
    let predecessors: UnsafeMutableBufferPointer<Int32>
    let predecessorCount: UnsafeMutableBufferPointer<Int32>
    // Storage of the indexed min-heap on `distance` (Dijkstra only).
    private let heapItems: UnsafeMutableBufferPointer<Int32>
    private let heapKeys: UnsafeMutableBufferPointer<Double>
    private let heapPosition: UnsafeMutableBufferPointer<Int32>

    init(_ graph: AnalysisGraph, weighting: PathWeighting) {
        let n = graph.nodeCount
        let m2 = graph.neighbors.count
        nodeCount = n
        self.weighting = weighting
        offsets = .allocate(capacity: n + 1)
        _ = offsets.initialize(from: graph.offsets)
        neighbors = .allocate(capacity: m2)
        _ = neighbors.initialize(from: graph.neighbors)
        if weighting == .inverseStrength {
            lengths = .allocate(capacity: m2)
            _ = lengths.initialize(from: graph.strengths.lazy.map { 1.0 / $0 })
        } else {
            lengths = .allocate(capacity: 0)
        }
        distance = .allocate(capacity: n)
        distance.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0)
        order = .allocate(capacity: n)
        order.initialize(repeating: 0)
        predecessors = .allocate(capacity: m2)
        predecessors.initialize(repeating: 0)
        predecessorCount = .allocate(capacity: n)
        predecessorCount.initialize(repeating: 0)
        heapItems = .allocate(capacity: n)
        heapItems.initialize(repeating: 0)
        heapKeys = .allocate(capacity: n)
        heapKeys.initialize(repeating: 0)
        heapPosition = .allocate(capacity: n)
        heapPosition.initialize(repeating: -1)
    }

    deinit {
        offsets.deallocate()
        neighbors.deallocate()
        lengths.deallocate()
        distance.deallocate()
        sigma.deallocate()
        order.deallocate()
        predecessors.deallocate()
        predecessorCount.deallocate()
        heapItems.deallocate()
        heapKeys.deallocate()
        heapPosition.deallocate()
    }

    /// Finds the shortest paths from `source`. With `countingPaths`, also fills ``sigma``,
    /// ``predecessors`` and ``predecessorCount``.
    /// - Complexity: O(|E| + |V| log |V|) with Dijkstra, O(|V| + |E|) with BFS, over the reached part.
    func run(from source: Int, countingPaths: Bool) {
        reset()
        switch weighting {
        case .unweighted: breadthFirst(from: source, countingPaths: countingPaths)
        case .inverseStrength: dijkstra(from: source, countingPaths: countingPaths)
        }
    }

    private func reset() {
        for k in 0..<reachedCount {
            let v = Int(order[k])
            distance[v] = .infinity
            sigma[v] = 0
            predecessorCount[v] = 0
        }
        reachedCount = 0
    }

    // The searches work on local copies of the buffer pointers and counters: a stored `var` of a class is
    // checked for exclusive access at run time on every use, which would dominate the inner loops.

    private func breadthFirst(from s: Int, countingPaths: Bool) {
        let (offsets, neighbors, distance, sigma) = (offsets, neighbors, distance, sigma)
        let (order, predecessors, predecessorCount) = (order, predecessors, predecessorCount)
        distance[s] = 0
        sigma[s] = 1
        order[0] = Int32(truncatingIfNeeded: s)
        var reached = 1
        var head = 0
        while head < reached {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            let sigmaV = sigma[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbors[k])
                if distance[w] == .infinity {
                    distance[w] = next
                    order[reached] = Int32(truncatingIfNeeded: w)
                    reached += 1
                }
                if countingPaths && distance[w] == next {
                    sigma[w] += sigmaV
                    predecessors[offsets[w] + Int(predecessorCount[w])] = Int32(truncatingIfNeeded: v)
                    predecessorCount[w] += 1
                }
            }
        }
        reachedCount = reached
    }

    private func dijkstra(from s: Int, countingPaths: Bool) {
        let (offsets, neighbors, lengths, distance, sigma) = (offsets, neighbors, lengths, distance, sigma)
        let (order, predecessors, predecessorCount) = (order, predecessors, predecessorCount)
        var heap = _IndexedHeap(items: heapItems, keys: heapKeys, position: heapPosition)
        var reached = 0
        distance[s] = 0
        sigma[s] = 1
        heap.insertOrDecrease(s, key: 0)
        while heap.count > 0 {
            let v = heap.popMin()
            order[reached] = Int32(truncatingIfNeeded: v)
            reached += 1
            let dv = distance[v]
            let sigmaV = sigma[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbors[k])
                let alt = dv + lengths[k]
                // A settled node has distance[w] <= dv <= alt, so `<` never reopens it (NetworkX's
                // `w not in D` test); `==` may still count it, as NetworkX does.
                if alt < distance[w] {
                    distance[w] = alt
                    heap.insertOrDecrease(w, key: alt)
                    if countingPaths {
                        sigma[w] = sigmaV
                        predecessors[offsets[w]] = Int32(truncatingIfNeeded: v)
                        predecessorCount[w] = 1
                    }
                } else if countingPaths && alt == distance[w] {
                    // An equally short path (exact equality, as NetworkX).
                    sigma[w] += sigmaV
                    predecessors[offsets[w] + Int(predecessorCount[w])] = Int32(truncatingIfNeeded: v)
                    predecessorCount[w] += 1
                }
            }
        }
        reachedCount = reached
    }
}

/// An indexed binary min-heap of node indices with `Double` keys, on buffers owned by the caller, with
/// decrease-key: each node is in the heap at most once, so it never holds more than |V| entries. Keys are
/// stored next to the entries, so that sifting compares contiguous memory.
struct _IndexedHeap {
    let items: UnsafeMutableBufferPointer<Int32>
    let keys: UnsafeMutableBufferPointer<Double>
    /// Where each node is in `items`, or −1.
    let position: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    init(
        items: UnsafeMutableBufferPointer<Int32>, keys: UnsafeMutableBufferPointer<Double>,
        position: UnsafeMutableBufferPointer<Int32>
    ) {
        self.items = items
        self.keys = keys
        self.position = position
    }

    /// Inserts `v` with key `key`, or moves it up after its key decreased to `key`. O(log n).
    @inline(__always) mutating func insertOrDecrease(_ v: Int, key: Double) {
        var i: Int
        if position[v] < 0 {
            i = count
            count += 1
        } else {
            i = Int(position[v])
        }
        while i > 0 {
            let parent = (i - 1) >> 1
            if keys[parent] <= key { break }
            let p = items[parent]
            items[i] = p
            keys[i] = keys[parent]
            position[Int(p)] = Int32(truncatingIfNeeded: i)
            i = parent
        }
        items[i] = Int32(truncatingIfNeeded: v)
        keys[i] = key
        position[v] = Int32(truncatingIfNeeded: i)
    }

    /// Removes and returns the node with the smallest key. O(log n).
    /// - Precondition: the heap is not empty.
    @inline(__always) mutating func popMin() -> Int {
        let top = Int(items[0])
        position[top] = -1
        count -= 1
        if count > 0 {
            let last = items[count]
            let key = keys[count]
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if key <= keys[child] { break }
                let c = items[child]
                items[i] = c
                keys[i] = keys[child]
                position[Int(c)] = Int32(truncatingIfNeeded: i)
                i = child
            }
            items[i] = last
            keys[i] = key
            position[Int(last)] = Int32(truncatingIfNeeded: i)
        }
        return top
    }
}

/// Per-node values that a diagram can show: size, fill and bloc.
///
/// Every value is optional. Values are clamped to [0, 1]; a NaN or infinite value counts as missing, so
/// it never reaches the drawing.
public struct DiagramMetrics: Sendable, Equatable {
    /// What the diagram shows for one node.
    public struct NodeValues: Sendable, Equatable {
        /// Node size, in [0, 1] (for instance a centrality scaled by its maximum): 0 draws the node at the
        /// normal size, 1 at about 1.7 times that.
        public var size: Double?
        /// Isolation score in [0, 1]: the node is filled from a light (0, well connected) to a dark
        /// (1, isolated) colour of the viridis scale instead of by kind.
        public var isolation: Double?
        /// The bloc (community) the node belongs to: drawn as a coloured double outline and a
        /// "bloc N" line in the label.
        public var bloc: Int?

        public init(size: Double? = nil, isolation: Double? = nil, bloc: Int? = nil) {
            self.size = size
            self.isolation = isolation
            self.bloc = bloc
        }
    }

    /// Values by node; nodes without an entry are drawn as without metrics.
    public var nodes: [ActorID: NodeValues]
    /// What ``NodeValues/size`` measures, for the legend ("harmonic centrality").
    public var sizeCaption: String
    /// What ``NodeValues/isolation`` measures, for the legend ("isolation").
    public var isolationCaption: String

    public init(
        nodes: [ActorID: NodeValues] = [:], sizeCaption: String = "centrality", isolationCaption: String = "isolation"
    ) {
        self.nodes = nodes
        self.sizeCaption = sizeCaption
        self.isolationCaption = isolationCaption
    }

    /// The values of a node, with sizes and isolation scores clamped to [0, 1] and non-finite ones dropped.
    func values(of id: ActorID) -> NodeValues {
        guard let v = nodes[id] else { return NodeValues() }
        return NodeValues(size: Self.unit(v.size), isolation: Self.unit(v.isolation), bloc: v.bloc)
    }

    private static func unit(_ x: Double?) -> Double? {
        guard let x, x.isFinite else { return nil }
        return min(max(x, 0), 1)
    }
}

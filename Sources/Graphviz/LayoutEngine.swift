/// A Graphviz layout engine: the program that decides where nodes and edges go.
///
/// Every engine reads the same DOT. Clusters (`subgraph cluster_*`) are drawn as boxes by `dot` and `fdp`
/// only; the other engines lay their nodes out like any others.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layers, edges pointing one way: best for directed ties.
    case dot
    /// Spring model (stress majorization): good for small undirected networks.
    case neato
    /// Force-directed spring model; supports clusters.
    case fdp
    /// Multiscale force-directed model for large graphs.
    case sfdp
    /// Circular layout: nodes of each biconnected component on a circle.
    case circo
    /// Radial layout around a root node.
    case twopi
}

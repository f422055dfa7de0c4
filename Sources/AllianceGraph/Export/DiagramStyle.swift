import Foundation

/// The visual language of alliance diagrams (see docs/diagrams.md): one place for every shape, colour,
/// line style and size, so that the drawing and its legend cannot disagree.
///
/// Colours follow Okabe & Ito (2008), "Color Universal Design", safe for the common forms of colour
/// blindness, and nothing is shown by colour alone: polarity also sets the arrowhead and the label names
/// the event types; fill by isolation uses the viridis scale (van der Walt & Smith 2015), which stays
/// ordered in grey scale.
enum DiagramStyle {
    static let fontName = "Helvetica"
    /// The most drawn edges whose splines are routed around the nodes; a larger diagram gets straight lines.
    static let routedEdgeLimit = 300
    static let nodeFontSize = 12.0
    static let edgeFontSize = 10.0
    static let textColor = "#1A1A1A"
    static let captionColor = "#555555"
    static let outlineColor = "#333333"

    // MARK: Nodes

    /// Graphviz shape and style of each kind: shape alone tells kinds apart.
    static func shape(of kind: ActorKind) -> (shape: String, style: String) {
        switch kind {
        case .country: ("box", "rounded,filled")
        case .leader: ("ellipse", "filled")
        case .organization: ("hexagon", "filled")
        case .group: ("octagon", "filled")
        }
    }

    /// Pale fills by kind, used when no isolation score is given; dark text reads on all of them.
    static func fill(of kind: ActorKind) -> String {
        switch kind {
        case .country: "#DCEAF7"
        case .leader: "#FBE3D0"
        case .organization: "#DDF0E6"
        case .group: "#F6EFC6"
        }
    }

    /// Node scale factor for a size value in [0, 1]: 1 to 1.7.
    static func scale(size: Double) -> Double { 1 + 0.7 * size }

    /// Bloc outline colours (Okabe–Ito, without the two used for polarity; the pale yellow last), repeating
    /// after seven blocs; the bloc number is also written in the label, so colour is never the only cue.
    static let blocColors = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#000000", "#999999", "#F0E442"]

    static func blocColor(_ bloc: Int) -> String {
        let n = blocColors.count
        return blocColors[((bloc % n) + n) % n]
    }

    /// The pale fill of a bloc when nodes are filled by bloc: its outline colour mixed with three parts of
    /// white, light enough for dark text (the bloc number is in the label too).
    static func blocFill(_ bloc: Int) -> String {
        let color = Array(blocColor(bloc).utf8.dropFirst())
        func channel(_ k: Int) -> Double {
            Double(Int(String(decoding: color[k..<k + 2], as: UTF8.self), radix: 16) ?? 0)
        }
        let mix = { (c: Double) in c * 0.3 + 255 * 0.7 }
        return hex(mix(channel(0)), mix(channel(2)), mix(channel(4)))
    }

    // MARK: Isolation scale

    /// Viridis sampled at nine points, from its light end (well connected) to its dark end (isolated).
    static let viridis: [(Double, Double, Double)] = [
        (0xFD, 0xE7, 0x25), (0xB5, 0xDE, 0x2B), (0x6E, 0xCE, 0x58), (0x35, 0xB7, 0x79), (0x1F, 0x9E, 0x89),
        (0x26, 0x82, 0x8E), (0x31, 0x68, 0x8E), (0x3E, 0x49, 0x89), (0x44, 0x01, 0x54),
    ]

    /// The fill for an isolation score in [0, 1], interpolated linearly between the viridis samples.
    static func isolationFill(_ t: Double) -> String {
        let x = min(max(t, 0), 1) * Double(viridis.count - 1)
        let i = min(Int(x), viridis.count - 2)
        let f = x - Double(i)
        let (a, b) = (viridis[i], viridis[i + 1])
        return hex(a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// Black or white, whichever contrasts more with `fill` (`#RRGGBB`), by WCAG 2 relative luminance.
    static func labelColor(onFill fill: String) -> String {
        let digits = Array(fill.utf8.dropFirst())
        guard digits.count == 6 else { return textColor }
        func channel(_ k: Int) -> Double {
            let v = Double(Int(String(decoding: digits[k..<k + 2], as: UTF8.self), radix: 16) ?? 0) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        // Contrast with white (1.05 / (L + 0.05)) beats contrast with black ((L + 0.05) / 0.05) below L ≈ 0.18.
        return luminance < 0.18 ? "#FFFFFF" : textColor
    }

    private static func hex(_ r: Double, _ g: Double, _ b: Double) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = "#"
        for c in [r, g, b] {
            let v = Int(min(max(c.rounded(), 0), 255))
            out.append(digits[v / 16])
            out.append(digits[v % 16])
        }
        return out
    }

    // MARK: Edges

    static func color(of category: EdgeCategory) -> String {
        switch category {
        case .cooperative: "#0072B2"
        case .neutral: "#7F7F7F"
        case .hostile: "#D55E00"
        case .structural: "#B3B3B3"
        }
    }

    /// Arrowheads differ by polarity, so that polarity does not rest on colour alone.
    static func arrowhead(of category: EdgeCategory) -> String {
        switch category {
        case .cooperative: "normal"
        case .neutral: "empty"
        case .hostile: "tee"
        case .structural: "none"
        }
    }

    /// Line style: dotted for planned ties, solid for material ones (and structural ties), dashed for
    /// verbal ones. A drawn edge that bundles verbal and material types is solid.
    static func lineStyle(planned: Bool, material: Bool) -> String {
        planned ? "dotted" : material ? "solid" : "dashed"
    }

    /// Pen width from the summed weight `w` of the bundled ties: `1 + 2.5 · min(w, 3) / 3`, so from 1 to
    /// 3.5 points, saturating at a weight of 3 (one tie of full intensity reported by four stories).
    static func penWidth(weight w: Double) -> Double {
        guard w.isFinite else { return 1 }
        return 1 + 2.5 * min(max(w, 0), 3) / 3
    }

    static let structuralPenWidth = 1.0
}

/// How a drawn edge is coloured and headed: its polarity, or structural for `leads` and `member_of`.
enum EdgeCategory: Int, Comparable, CaseIterable {
    case cooperative, neutral, hostile, structural

    init(_ type: EventType) {
        if type.isStructural {
            self = .structural
        } else {
            switch type.polarity {
            case .cooperative: self = .cooperative
            case .neutral: self = .neutral
            case .hostile: self = .hostile
            }
        }
    }

    var name: String {
        switch self {
        case .cooperative: "cooperative"
        case .neutral: "neutral"
        case .hostile: "hostile"
        case .structural: "structural"
        }
    }

    static func < (lhs: EdgeCategory, rhs: EdgeCategory) -> Bool { lhs.rawValue < rhs.rawValue }
}

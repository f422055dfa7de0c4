/// The stable identifier of an actor in the alliance graph.
///
/// Countries use ISO 3166-1 alpha-3 codes (`RUS`, `PRK`, `VNM`); leaders, organizations and groups use
/// lowercase ASCII slugs (`vladimir-putin`, `icc`, `the-west`). Ids are compared by their raw string, so
/// every ordering in the toolkit (nodes, edges, reports) is the same in every process.
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }

    /// Turns a display name into a stable lowercase slug: "Kim Jong Un" → `kim-jong-un`, "Tô Lâm" → `to-lam`.
    public static func slug(_ name: String) -> ActorID {
        var out = ""
        var pendingHyphen = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let lower = Character(scalar).lowercased()
            if lower.count == 1, let c = lower.unicodeScalars.first, c.isASCII,
                (c >= "a" && c <= "z") || (c >= "0" && c <= "9")
            {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(c)
            } else {
                pendingHyphen = true
            }
        }
        return ActorID(out)
    }
}

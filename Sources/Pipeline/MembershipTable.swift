import AllianceGraph
import NewsCorpus

/// The states organizations and groups stand for in the isolation measures (``StateMembership``), from
/// a lexicon's `members` plus a built-in table for actors the lexicon gives no members (groups, courts,
/// organs that act for an organization). Memberships are those of 2024, the seeds' year; a user lexicon
/// that lists `members` for an actor takes precedence over the table.
///
/// The world's states are the lexicon's UN member states (`un`), 193.
public enum MembershipTable {
    /// How a built-in entry is defined: the union of other actors' members, or a list of states.
    enum Definition: Sendable {
        case unionOf([ActorID])
        case states([ActorID])
    }

    /// The built-in entries, documented in `docs/metrics.md` ("Who stands for whom").
    static let builtIn: [ActorID: Definition] = [
        // "The West": NATO, the EU and the G7 (37 states in 2024).
        "the-west": .unionOf(["nato", "eu", "g7"]),
        // "The international community": the UN member states.
        "international-community": .unionOf(["un"]),
        // The EU's organs act for the EU's member states.
        "european-commission": .unionOf(["eu"]),
        "european-parliament": .unionOf(["eu"]),
        // The UN Security Council in 2024: the five permanent members and the ten elected for 2023–24
        // and 2024–25. Its sanctions bind every UN member, but its votes are these fifteen states'.
        "unsc": .states([
            "CHN", "FRA", "GBR", "RUS", "USA", "DZA", "ECU", "GUY", "JPN", "KOR", "MLT", "MOZ", "SLE", "SVN", "CHE",
        ]),
        // The International Criminal Court: the 124 states parties to the Rome Statute in 2024 (from
        // Armenia's accession on 1 February 2024 to Ukraine's on 1 January 2025), which are bound to
        // execute its arrest warrants.
        "icc": .states(
            """
            AFG ALB AND ATG ARG ARM AUS AUT BGD BRB BEL BLZ BEN BOL BIH BWA BRA BGR BFA CPV KHM CAN CAF TCD CHL COL \
            COM COG COK CRI CIV HRV CYP CZE COD DNK DJI DMA DOM ECU SLV EST FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD \
            GTM GIN GUY HND HUN ISL IRL ITA JPN JOR KEN KIR LVA LSO LBR LIE LTU LUX MDG MWI MDV MLI MLT MHL MUS MEX \
            MNG MNE NAM NRU NLD NZL NER NGA MKD NOR PSE PAN PRY PER POL PRT KOR MDA ROU KNA LCA VCT WSM SMR SEN SRB \
            SYC SLE SVK SVN ZAF ESP SUR SWE CHE TJK TZA TLS TTO TUN UGA GBR URY VUT VEN ZMB
            """.split(separator: " ").map { ActorID(String($0)) }),
    ]

    /// The membership of every organization and group of `lexicon`, completed by the built-in table.
    public static func membership(lexicon: Lexicon) -> StateMembership {
        var members: [ActorID: Set<ActorID>] = [:]
        for entry in lexicon.entries {
            if let list = entry.members, !list.isEmpty { members[entry.id] = Set(list) }
        }
        for (id, definition) in builtIn where members[id] == nil {
            switch definition {
            case .states(let states): members[id] = Set(states)
            case .unionOf(let parts):
                let union = parts.reduce(into: Set<ActorID>()) { $0.formUnion(members[$1] ?? []) }
                if !union.isEmpty { members[id] = union }
            }
        }
        return StateMembership(members: members, states: members["un"] ?? [])
    }

    /// The membership from the built-in lexicon (the built-in table alone if it cannot be read).
    public static func builtInMembership() -> StateMembership {
        membership(lexicon: (try? Lexicon.builtIn()) ?? Lexicon(version: "none", entries: []))
    }
}

/// The type of a tie: one of PLOVER's sixteen event types, or a structural relation.
///
/// PLOVER (Political Language Ontology for Verifiable Event Records; Halterman, Schrodt et al., Open Event
/// Data Alliance, manual draft 0.8, 2021) replaces CAMEO's twenty root codes with sixteen event types.
/// Each type here knows its polarity, its quad class, the CAMEO root code it corresponds to (from the
/// OEDA's CAMEO-to-PLOVER table) and that root's Goldstein (1992) conflict–cooperation value, so that our
/// output can be joined with GDELT or ICEWS data.
public enum EventType: String, Sendable, Codable, CaseIterable, Comparable {
    case agree, consult, support, concede, cooperate, aid, retreat
    case request
    case accuse, reject, threaten, protest, sanction, mobilize, coerce, assault
    /// A leader leads a country (structural, not an event).
    case leads
    /// A country is a member of an organization (structural, not an event).
    case memberOf = "member_of"

    public static func < (lhs: EventType, rhs: EventType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether this is a structural relation rather than an event.
    public var isStructural: Bool { self == .leads || self == .memberOf }

    public var polarity: Polarity {
        switch self {
        case .agree, .consult, .support, .concede, .cooperate, .aid, .retreat: .cooperative
        case .request, .leads, .memberOf: .neutral
        case .accuse, .reject, .threaten, .protest, .sanction, .mobilize, .coerce, .assault: .hostile
        }
    }

    /// PLOVER's grouping of event types into verbal/material cooperation/conflict.
    public var quadClass: QuadClass {
        switch self {
        case .agree, .consult, .support, .concede: .verbalCooperation
        case .cooperate, .aid, .retreat: .materialCooperation
        case .request, .accuse, .reject, .threaten: .verbalConflict
        case .protest, .sanction, .mobilize, .coerce, .assault: .materialConflict
        case .leads, .memberOf: .structural
        }
    }

    /// The CAMEO root code that maps to this type (the first, where several do). `nil` for structural ties.
    public var cameoRoot: String? {
        switch self {
        case .agree: "03"
        case .consult: "04"
        case .support: "05"
        case .cooperate: "06"
        case .aid: "07"
        case .concede, .retreat: "08"
        case .request: "10"
        case .accuse: "11"
        case .reject: "12"
        case .threaten: "13"
        case .protest: "14"
        case .mobilize: "15"
        case .sanction: "16"
        case .coerce: "17"
        case .assault: "18"
        case .leads, .memberOf: nil
        }
    }

    /// The Goldstein (1992) scale value of the CAMEO root code, from −10 (most conflictual) to +10.
    /// `nil` for structural ties.
    public var goldstein: Double? {
        switch self {
        case .agree: 4.0
        case .consult: 1.0
        case .support: 3.5
        case .cooperate: 6.0
        case .aid: 7.0
        case .concede, .retreat: 5.0
        case .request: -5.0
        case .accuse: -2.0
        case .reject: -4.0
        case .threaten: -6.0
        case .protest: -6.5
        case .mobilize: -7.2
        case .sanction: -4.0
        case .coerce: -7.0
        case .assault: -9.0
        case .leads, .memberOf: nil
        }
    }

    /// The intensity a cue of this type gets unless the cue dictionary says otherwise, in (0, 1]:
    /// `max(|goldstein|, 3) / 10`, so that even the mildest event (a consultation) counts for 0.3,
    /// and 1 for structural ties.
    public var defaultIntensity: Double {
        guard let g = goldstein else { return 1 }
        return max(abs(g), 3) / 10
    }
}

import AllianceGraph
import Foundation
import Yams

/// Where the source and target of a cue are found.
public enum CueFrame: String, Sendable, Codable {
    /// Source = subject, target = object ("Iran supplies Russia with drones").
    case transitive
    /// A mutual tie among all participants ("X and Y signed a pact", "X signed a pact with Y").
    case symmetric
    /// Target = subject, source = object ("Russia received drones from Iran", "China hosted Putin").
    case inverse
}

/// Part of speech of a cue: verbs are inflected and take subjects; nouns take possessors and prepositions.
public enum CuePOS: String, Sendable, Codable { case verb, noun }

/// One entry of the cue dictionary (see Resources/cues.yaml for the schema).
public struct Cue: Sendable, Codable, Equatable {
    public var cue: String
    public var pos: CuePOS
    public var type: EventType
    public var intensity: Double?
    public var frame: CueFrame?
    public var preps: [String]?
    public var agents: [String]?
    public var direct: Bool?
    public var requires: String?
    public var requiresPrep: Bool?
    public var forms: [String]?
    /// Words that, following the object in the clause, turn the cue into another type: "attacked Biden
    /// for ..." is criticism (accuse), not an assault.
    public var figurative: Figurative?
    /// Words that, just before the cue, make it part of another word: "fight back", "hand back" are not
    /// "back" (support).
    public var notAfter: [String]?
    /// Nouns that, heading the object right after the cue (past a determiner or two), make it another
    /// sense: "met a U.S. request", "met the deadline" are no meetings.
    public var notBefore: [String]?
    /// The event type this cue answers: with no target of its own, its target is the source of the latest
    /// such event (within a few sentences) that involved its subject. "The US accuses North Korea of sending
    /// shells to Russia. Both countries deny this." → North Korea and Russia reject the US.
    public var answers: EventType?
    /// A verb whose object may be followed by a bare infinitive ("help Taiwan defend itself", "helped
    /// negotiate the deal"): with one, the event is that other verb's, and this cue codes none.
    public var causative: Bool?
    /// Actors (lexicon ids) whose use of this cue is another act, which codes no event: an international
    /// financial institution that "warns" a state gives economic advice, it does not threaten.
    public var notFrom: [String]?

    public struct Figurative: Sendable, Codable, Equatable {
        public var after: [String]
        public var type: EventType
    }

    public var effectiveFrame: CueFrame { frame ?? .transitive }
    public var effectiveIntensity: Double { intensity ?? type.defaultIntensity }
    public var takesDirectObject: Bool { direct ?? (pos == .verb) }
}

/// The cue dictionary: every surface form of every cue, as normalized words, for a ``CueMatcher`` to
/// compile into a token trie, like the lexicon.
public struct CueDictionary: Sendable {
    public let version: String
    public let cues: [Cue]
    public let classes: [String: Set<String>]
    /// The surface forms in the order of the cues: the normalized words of each, the cue, and whether the
    /// form can be a past participle.
    private(set) var forms: [(words: [String], cue: Int, participle: Bool)] = []

    private struct File: Codable {
        var version: String
        var classes: [String: [String]]?
        var cues: [Cue]
    }

    public static func builtIn() throws(CorpusError) -> CueDictionary {
        guard let url = Bundle.module.url(forResource: "cues", withExtension: "yaml") else {
            throw .missingResource("cues.yaml")
        }
        return try load(path: url.path)
    }

    public static func load(path: String) throws(CorpusError) -> CueDictionary {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let file: File
        do { file = try YAMLDecoder().decode(File.self, from: text) } catch {
            throw .invalidCues(path: path, reason: "\(error)".split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        for cue in file.cues {
            if let i = cue.intensity, !(i > 0 && i <= 1) {
                throw .invalidCues(path: path, reason: "intensity of '\(cue.cue)' must be in (0, 1]")
            }
            if let f = cue.figurative, f.after.isEmpty {
                throw .invalidCues(path: path, reason: "figurative use of '\(cue.cue)' lists no words")
            }
            if let r = cue.requires, file.classes?[r] == nil {
                throw .invalidCues(path: path, reason: "'\(cue.cue)' requires unknown class '\(r)'")
            }
        }
        return CueDictionary(version: file.version, cues: file.cues,
                             classes: (file.classes ?? [:]).mapValues { Set($0.map { TextNormalizer.normalize($0) }) })
    }

    init(version: String, cues: [Cue], classes: [String: Set<String>]) {
        self.version = version
        self.cues = cues
        self.classes = classes
        for (index, cue) in cues.enumerated() {
            for (form, participle) in Self.forms(of: cue) {
                forms.append((form.split(separator: " ").map { TextNormalizer.normalize($0) }, index, participle))
            }
        }
    }

    /// Surface forms of a cue, each flagged when it can be a past participle (for passive detection).
    static func forms(of cue: Cue) -> [(String, Bool)] {
        var out: [(String, Bool)] = [(cue.cue, false)]
        if let forms = cue.forms {
            for f in forms { out.append((f, f.hasSuffix("ed") || f.hasSuffix("en") || f.hasSuffix("wn") || ["sent", "sold", "met", "held", "struck", "went", "gone"].contains(f.split(separator: " ").first.map(String.init) ?? ""))) }
            return out
        }
        guard cue.pos == .verb else {
            // Regular plural of the head noun (the last word): "partnership" → "partnerships".
            let words = cue.cue.split(separator: " ").map(String.init)
            if let last = words.last, !last.hasSuffix("s") {
                let plural = last.hasSuffix("y") && !"aeiou".contains(last.dropLast().last ?? "a") ? String(last.dropLast()) + "ies"
                    : (last.hasSuffix("ch") || last.hasSuffix("sh") || last.hasSuffix("x") ? last + "es" : last + "s")
                out.append(((words.dropLast() + [plural]).joined(separator: " "), false))
            }
            return out
        }
        var words = cue.cue.split(separator: " ").map(String.init)
        let head = words[0]
        var inflected: [(String, Bool)] = []
        let vowels = Set("aeiou")
        if head.hasSuffix("e") {
            inflected = [(head + "s", false), (head + "d", true), (String(head.dropLast()) + "ing", false)]
        } else if head.hasSuffix("y"), let prev = head.dropLast().last, !vowels.contains(prev) {
            inflected = [(String(head.dropLast()) + "ies", false), (String(head.dropLast()) + "ied", true), (head + "ing", false)]
        } else if head.hasSuffix("s") || head.hasSuffix("sh") || head.hasSuffix("ch") || head.hasSuffix("x") || head.hasSuffix("z") {
            inflected = [(head + "es", false), (head + "ed", true), (head + "ing", false)]
        } else {
            inflected = [(head + "s", false), (head + "ed", true), (head + "ing", false)]
        }
        for (form, participle) in inflected {
            words[0] = form
            out.append((words.joined(separator: " "), participle))
        }
        return out
    }
}

import AllianceGraph
import NewsCorpus

/// Finds a node from what a user typed: an id ("RUS"), a label ("Russia") or an alias ("Putin").
public struct EntityResolver {
    let graph: Graph
    let lexicon: Lexicon?

    public init(graph: Graph, lexicon: Lexicon? = try? Lexicon.builtIn()) {
        self.graph = graph
        self.lexicon = lexicon
    }

    public func resolve(_ name: String) throws(PipelineError) -> ActorID {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if graph.node(ActorID(trimmed)) != nil { return ActorID(trimmed) }
        let folded = Self.fold(trimmed)
        if let n = graph.nodes.first(where: { Self.fold($0.id.rawValue) == folded || Self.fold($0.label) == folded }) {
            return n.id
        }
        if let lexicon {
            for e in lexicon.entries where graph.node(e.id) != nil {
                let forms = (e.names ?? []) + (e.adjectives ?? []) + (e.metonyms ?? []) + (e.demonyms ?? [])
                if forms.contains(where: { Self.fold($0) == folded }) { return e.id }
            }
        }
        let suggestions = graph.nodes.filter { Self.fold($0.label).contains(folded) || folded.contains(Self.fold($0.id.rawValue)) }
            .prefix(3).map { "\($0.id) (\($0.label))" }
        throw .unknownEntity(trimmed, suggestions: Array(suggestions))
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "’", with: "'")
    }
}

import Foundation

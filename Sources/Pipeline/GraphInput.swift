import AllianceGraph
import Foundation
import GraphFormats

/// The formats `alliance metrics` and `alliance export` read.
public enum InputFormat: String, CaseIterable, Sendable {
    /// An AllianceGraph snapshot (`graph.json`, schema `alliance-graph/1`).
    case snapshot
    case graphml, gexf
    /// A weighted edge list, tab- or space-separated.
    case tsv
    /// A weighted edge list or edge table, comma-separated.
    case csv
    /// Node-link JSON.
    case json

    var fileFormat: GraphFileFormat? { GraphFileFormat(rawValue: rawValue) }
}

/// A graph read from a file: a snapshot, or a graph from another tool.
public struct LoadedGraph: Sendable {
    public let path: String
    public let format: InputFormat
    /// The snapshot, for ``InputFormat/snapshot``.
    public let snapshot: Snapshot?
    /// The graph, for every other format.
    public let data: GraphData?

    /// Whether nodes have kinds (country, leader, organization, group): snapshots, and graphs with a
    /// `kind` column (as `alliance export` writes).
    public var hasKinds: Bool { snapshot != nil || data?.nodeAttribute("kind") != nil }

    /// The analysis graph metrics run on: the projection of a snapshot (``AnalysisOptions`` apply), or
    /// the undirected graph of another file with strengths from the `weight` edge attribute
    /// (see ``GraphFormats/GraphData/analysisGraph(weight:)``).
    public func analysisGraph(options: AnalysisOptions, weight: String? = "weight") throws(PipelineError) -> AnalysisGraph {
        if let snapshot { return AnalysisGraph(projecting: snapshot.graph, options: options) }
        do {
            return try data!.analysisGraph(weight: weight)
        } catch {
            throw .io(path: path, reason: error.description)
        }
    }
}

/// Reading graph files of any supported format, with errors that name the file (and the line).
public enum GraphInput {
    /// The format of a file: `.json` files are snapshots when they declare the `alliance-graph` schema and
    /// node-link JSON otherwise; other extensions as ``GraphFormats/GraphFileFormat/init(path:)``; `nil`
    /// when the extension says nothing.
    public static func detect(path: String, data: Data) -> InputFormat? {
        switch GraphFileFormat(path: path) {
        // A file that is not even a JSON object is reported by the snapshot reader, whose errors say where
        // the JSON breaks (a truncated graph.json is the common case).
        case .json?: declaresSnapshotSchema(data) || !isJSONObject(data) ? .snapshot : .json
        case let format?: InputFormat(rawValue: format.rawValue)
        case nil: nil
        }
    }

    static func isJSONObject(_ data: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: data)) is [String: Any]
    }

    /// Whether JSON text has a `"schema"` key whose value starts with `alliance-graph/`.
    static func declaresSnapshotSchema(_ data: Data) -> Bool {
        let key = Data("\"schema\"".utf8)
        let value = Array("\"alliance-graph/".utf8)
        var from = data.startIndex
        while let r = data.range(of: key, in: from..<data.endIndex) {
            var i = r.upperBound
            func skipSpaces() { while i < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[i]) { i += 1 } }
            skipSpaces()
            if i < data.endIndex, data[i] == UInt8(ascii: ":") {
                i += 1
                skipSpaces()
                if data.endIndex - i >= value.count, Array(data[i..<(i + value.count)]) == value { return true }
            }
            from = r.upperBound
        }
        return false
    }

    /// Reads a graph file.
    /// - Parameters:
    ///   - path: the file.
    ///   - format: its format, or `nil` to tell it from the extension (see ``detect(path:data:)``).
    /// - Throws: ``PipelineError/io(path:reason:)`` for a missing, unreadable or malformed file (the
    ///   reason names the line), ``PipelineError/snapshot(path:_:)`` for a bad snapshot.
    public static func load(_ path: String, format: InputFormat? = nil) throws(PipelineError) -> LoadedGraph {
        let data = try SnapshotFile.read(path, kind: "graph")
        guard let format = format ?? detect(path: path, data: data) else {
            throw .io(
                path: path,
                reason: "cannot tell the format from the extension; use --input-format "
                    + InputFormat.allCases.map(\.rawValue).joined(separator: "|"))
        }
        if format == .snapshot {
            do {
                return LoadedGraph(path: path, format: format, snapshot: try Snapshot(jsonData: data), data: nil)
            } catch {
                throw .snapshot(path: path, error)
            }
        }
        do {
            let graph: GraphData
            switch format {
            case .graphml: graph = try GraphMLReader.read(data)
            case .gexf: graph = try GEXFReader.read(data)
            case .tsv, .csv: graph = try EdgeListReader.read(data, format: format.fileFormat!)
            case .json: graph = try NodeLinkReader.read(data)
            case .snapshot: fatalError("handled above")
            }
            return LoadedGraph(path: path, format: format, snapshot: nil, data: graph)
        } catch {
            throw .io(path: path, reason: error.description)
        }
    }
}

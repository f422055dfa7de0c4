import AllianceGraph
import ArgumentParser
import Foundation
import Graphviz
import NewsCorpus
import Pipeline

extension LayoutEngine: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}
extension MetricsFormat: ExpressibleByArgument {}
extension AnalysisLevel: ExpressibleByArgument {}

/// Runs a library call; a library error becomes one line on stderr and exit status 1.
func attempt<T>(_ body: () throws(PipelineError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        FileHandle.standardError.write(Data("alliance: error: \(error.description)\n".utf8))
        throw ExitCode.failure
    }
}

/// Writes to stdout, or atomically to a file; a file that alliance did not write is only replaced with
/// `force` (see ``OutputRecord``).
func emit(_ data: Data, to path: String?, force: Bool = false) throws {
    if let path {
        try attempt { () throws(PipelineError) in try OutputWriter.writeFile(path, data, force: force) }
    } else {
        FileHandle.standardOutput.write(data)
    }
}

/// The help of the `--force` flag of commands that write files.
let forceHelp = ArgumentHelp("Overwrite output files that alliance did not write (or that were changed since).")

func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Options shared by the commands that analyse a snapshot.
struct AnalysisArguments: ParsableArguments {
    @Option(help: "Analysis level: 'country' folds leaders into their countries, 'actor' keeps them apart.")
    var level: AnalysisLevel = .country

    @Flag(help: "Count planned (reported-future) ties as if they had happened.")
    var includePlanned = false

    var options: AnalysisOptions { AnalysisOptions(level: level, includePlanned: includePlanned) }
}

/// `--since` and `--until`, shared by the commands that read a corpus.
struct DateArguments: ParsableArguments {
    @Option(help: "Leave out documents dated before this day (YYYY-MM-DD), and undated ones.")
    var since: String?

    @Option(help: "Leave out documents dated after this day (YYYY-MM-DD), and undated ones.")
    var until: String?

    func validate() throws {
        do { _ = try DateFilter(since: since, until: until) } catch { throw ValidationError(error.description) }
    }

    /// The filter (validated already).
    var filter: DateFilter { (try? DateFilter(since: since, until: until)) ?? (try! DateFilter()) }
}

import ConsoleKitTerminal
import Foundation

/// A progress bar for long corpus runs, drawn by ConsoleKit on the terminal: only when standard output
/// is a terminal (ConsoleKit draws there; `build` writes nothing else to it), and only once a run has
/// taken more than a second, so short runs and scripts see nothing.
final class ProgressDisplay: @unchecked Sendable {
    private let title: String
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var bar: ActivityIndicator<ProgressBar>?
    private let enabled: Bool

    init(title: String) {
        self.title = title
        started = clock.now
        enabled = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Reports `done` of `total` items; called on one thread.
    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        if bar == nil {
            guard clock.now - started > .seconds(1), done < total else { return }
            let b = Terminal().progressBar(title: title)
            b.start()
            bar = b
        }
        bar?.activity.currentProgress = Double(done) / Double(total)
    }

    /// Ends the bar (if one was drawn).
    func finish() {
        bar?.succeed()
        bar = nil
    }
}

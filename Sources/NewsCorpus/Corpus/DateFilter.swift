/// Restricts a build to documents dated within `since...until` (both inclusive, `YYYY-MM-DD`).
///
/// A document without a date cannot be placed in time, so a build restricted by date leaves it out
/// (the summary says how many); a filter with neither bound keeps every document.
public struct DateFilter: Sendable, Equatable {
    public var since: String?
    public var until: String?

    /// - Throws: a one-line reason when a bound is not a valid `YYYY-MM-DD` date or `since` is after `until`.
    public init(since: String? = nil, until: String? = nil) throws(CorpusError) {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !Manifest.isISODate(value) { throw .invalidDate("\(name) '\(value)' is not a YYYY-MM-DD date") }
        }
        if let since, let until, since > until { throw .invalidDate("--since \(since) is after --until \(until)") }
        self.since = since
        self.until = until
    }

    /// Whether the filter restricts anything.
    public var isActive: Bool { since != nil || until != nil }

    /// Whether a document with this date is kept.
    public func contains(_ date: String?) -> Bool {
        guard isActive else { return true }
        guard let date else { return false }
        if let since, date < since { return false }
        if let until, date > until { return false }
        return true
    }

    /// The build parameters that record the filter (`since`, `until`).
    public var parameters: [String: String] {
        var p: [String: String] = [:]
        if let since { p["since"] = since }
        if let until { p["until"] = until }
        return p
    }
}

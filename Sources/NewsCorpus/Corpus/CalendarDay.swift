/// A day of the proleptic Gregorian calendar, for grouping dated documents: day numbers, weekdays,
/// ISO week starts and months, without Foundation's time zones (a `YYYY-MM-DD` date is a day, not an
/// instant).
public struct CalendarDay: Sendable, Hashable, Comparable {
    /// Days since 0000-03-01 (any fixed epoch serves: only differences and weekdays are used).
    public let number: Int

    /// The day of a `YYYY-MM-DD` string, or `nil` when it is not a valid date.
    public init?(_ s: String) {
        guard Manifest.isISODate(s) else { return nil }
        let p = s.split(separator: "-").compactMap { Int($0) }
        let y = p[1] <= 2 ? p[0] - 1 : p[0]
        let m = p[1] <= 2 ? p[1] + 12 : p[1]
        number = 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + p[2] - 1
    }

    public init(number: Int) { self.number = number }

    /// 0 for Monday through 6 for Sunday.
    public var weekday: Int { ((number + 2) % 7 + 7) % 7 }

    /// The Monday that starts this day's ISO 8601 week.
    public var weekStart: CalendarDay { CalendarDay(number: number - weekday) }

    /// The day as `YYYY-MM-DD` (inverse of ``init(_:)``).
    public var string: String {
        // Civil-from-days on the 0000-03-01 epoch (Hinnant's algorithm).
        let era = (number >= 0 ? number : number - 146_096) / 146_097
        let doe = number - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ x: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(x).count)) + String(x) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDay) -> Int { other.number - number }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }
}

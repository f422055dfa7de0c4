import AllianceGraph
import Foundation
import NewsCorpus
import Testing

@testable import Pipeline

@Suite struct TimelineTests {
    @Test func calendarDays() throws {
        let d = try #require(CalendarDay("2024-06-19"))
        #expect(d.string == "2024-06-19")
        #expect(d.weekday == 2)  // a Wednesday
        #expect(d.weekStart.string == "2024-06-17")
        #expect(CalendarDay("2024-03-03")!.weekStart.string == "2024-02-26")  // across a leap February
        #expect(CalendarDay("2021-01-01")!.weekStart.string == "2020-12-28")  // across a year
        #expect(CalendarDay("2024-06-19")!.days(to: CalendarDay("2024-07-01")!) == 12)
        #expect(CalendarDay("2024-02-30") == nil)
        for s in ["1999-12-31", "2000-02-29", "2100-03-01", "0001-01-01"] { #expect(CalendarDay(s)?.string == s) }
        #expect(TimelineJob.nextMonth("2024-12") == "2025-01")
    }

    /// Three dated documents over two weeks and an undated one.
    func corpus() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let docs = [
            ("a", "2024-06-10", "Russia imposed sanctions on Ukraine. The United States condemned Russia."),
            ("b", "2024-06-19", "Russia and North Korea signed a defense agreement."),
            ("c", "2024-06-20", "Russia and Vietnam signed a strategic partnership agreement. China praised Vietnam."),
            ("d", nil, "Putin visited Belarus."),
        ]
        for (id, date, text) in docs {
            let front = date.map { "---\ndate: \($0)\n---\n" } ?? ""
            try Data((front + text + "\n").utf8).write(to: dir.appendingPathComponent("\(id).txt"))
        }
        return dir.path
    }

    @Test func weeksAndDocuments() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let weekly = try TimelineJob(paths: [dir], grouping: .week, entities: ["Russia", "PRK", "Vietnam"]).run()
        #expect(weekly.windows.map(\.label) == ["2024-06-10", "2024-06-17"])
        #expect(weekly.windows.map(\.documents) == [["a"], ["b", "c"]])
        #expect(weekly.undated == 1)
        #expect(weekly.windows[0].values["PRK"] == nil)  // North Korea is not in the first week's graph
        #expect(weekly.windows[1].values["PRK"] != nil && weekly.windows[1].values["RUS"] != nil)
        let cumulative = try TimelineJob(paths: [dir], grouping: .week, entities: ["RUS"], cumulative: true).run()
        #expect(cumulative.windows.map(\.documents) == [["a"], ["a", "b", "c"]])
        let perDocument = try TimelineJob(paths: [dir], grouping: .document, entities: ["RUS"]).run()
        #expect(perDocument.windows.map(\.label) == ["a", "b", "c", "d"] && perDocument.undated == 0)

        let formatter = TimelineFormatter(result: weekly)
        let csv = formatter.csv().split(separator: "\n")
        #expect(csv[0] == "window,start,end,documents,entity,label,isolation,pagerank")
        #expect(csv.count == 1 + 2 * 3)
        #expect(csv.contains { $0.hasPrefix("2024-06-10,2024-06-10,2024-06-16,1,PRK,North Korea,,") })
        let svg = Data(formatter.svg().utf8)
        #expect(XMLInventory.parse(svg) != nil, "timeline.svg is not well-formed")
        #expect(String(decoding: svg, as: UTF8.self).contains("<polyline"))
    }

    @Test func unknownEntityAndUndatedCorpusAreClearErrors() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: PipelineError.self) { try TimelineJob(paths: [dir], grouping: .week, entities: ["Atlantis"]).run() }
        #expect(throws: PipelineError.self) { try TimelineJob(paths: [dir + "/d.txt"], grouping: .month).run() }
    }
}

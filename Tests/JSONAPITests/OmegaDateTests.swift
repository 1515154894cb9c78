import Foundation
import JSONAPI
import Testing

@Suite("Omega dates")
struct OmegaDateTests {
    private func utc(_ text: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return try #require(formatter.date(from: text))
    }

    @Test func summerAndWinterLocalTime() throws {
        #expect(OmegaDate.parse("2024-07-01 12:00:00") == (try utc("2024-07-01T10:00:00Z")))
        #expect(OmegaDate.parse("2024-01-15 12:00:00") == (try utc("2024-01-15T11:00:00Z")))
    }

    @Test func aroundTheDaylightSavingChanges() throws {
        // Spring forward on 2024-03-31 at 02:00 local (01:00Z).
        #expect(OmegaDate.parse("2024-03-31 01:59:59") == (try utc("2024-03-31T00:59:59Z")))
        #expect(OmegaDate.parse("2024-03-31 03:00:00") == (try utc("2024-03-31T01:00:00Z")))
        // Fall back on 2024-10-27: 02:30 happens twice; the summer-time one is taken.
        #expect(OmegaDate.parse("2024-10-27 02:30:00") == (try utc("2024-10-27T00:30:00Z")))
        #expect(OmegaDate.parse("2024-10-27 03:30:00") == (try utc("2024-10-27T02:30:00Z")))
    }

    @Test func dayOnlyIsLocalMidnight() throws {
        #expect(OmegaDate.parse("2009-10-20") == (try utc("2009-10-19T22:00:00Z")))
        #expect(OmegaDate.parse("2024-01-15") == (try utc("2024-01-14T23:00:00Z")))
    }

    @Test(arguments: [
        ("2016-06-01T12:27:19.000+0200", "2016-06-01T10:27:19Z"),
        ("2016-06-01T12:27:19+02:00", "2016-06-01T10:27:19Z"),
        ("2016-06-01T10:27:19Z", "2016-06-01T10:27:19Z"),
        ("2016-06-01T10:27:19.000Z", "2016-06-01T10:27:19Z"),
        ("2016-06-01T05:27:19-05:00", "2016-06-01T10:27:19Z"),
        ("2016-06-01T12:27:19", "2016-06-01T10:27:19Z"),
    ])
    func iso8601Forms(_ text: String, _ expected: String) throws {
        #expect(OmegaDate.parse(text) == (try utc(expected)))
    }

    @Test func fractionIsKept() throws {
        let date = try #require(OmegaDate.parse("2016-06-01T10:27:19.250Z"))
        #expect(date.timeIntervalSince1970 == (try utc("2016-06-01T10:27:19Z")).timeIntervalSince1970 + 0.25)
    }

    @Test(arguments: [
        "", "2009", "2009-10", "20/10/2009", "2009-13-01", "2009-02-29", "2009-10-20 24:00:00",
        "2009-10-20 12:60:00", "2009-10-20 12:00:00 ", "2009-10-20X12:00:00", "2016-06-01T12:27:19+2",
        "2016-06-01T12:27:19.+0200", "2016-06-01T12:27:19+0260", "２００９-10-20",
    ])
    func malformedTextIsNil(_ text: String) {
        #expect(OmegaDate.parse(text) == nil)
    }

    @Test func leapDayIsAccepted() {
        #expect(OmegaDate.parse("2024-02-29 08:00:00") != nil)
        #expect(OmegaDate.parse("2000-02-29") != nil)
        #expect(OmegaDate.parse("1900-02-29") == nil)
    }

    @Test func formatsInParisLocalTime() throws {
        #expect(OmegaDate.format(try utc("2024-07-01T10:00:00Z")) == "2024-07-01 12:00:00")
        #expect(OmegaDate.format(try utc("2024-01-15T11:00:00Z")) == "2024-01-15 12:00:00")
        #expect(OmegaDate.format(try utc("2023-12-31T23:30:05Z")) == "2024-01-01 00:30:05")
        #expect(OmegaDate.formatDay(try utc("2009-10-19T22:00:00Z")) == "2009-10-20")
        #expect(OmegaDate.format(try utc("1969-12-31T22:59:59Z")) == "1969-12-31 23:59:59")
    }

    @Test func formatsISO8601WithParisOffset() throws {
        #expect(OmegaDate.formatISO8601(try utc("2016-06-01T10:27:19Z")) == "2016-06-01T12:27:19.000+0200")
        #expect(
            OmegaDate.formatISO8601(try utc("2024-01-15T11:00:00Z").addingTimeInterval(0.25))
                == "2024-01-15T12:00:00.250+0100")
        let date = try utc("2024-10-27T00:30:00Z")
        #expect(OmegaDate.parse(OmegaDate.formatISO8601(date)) == date)
    }

    @Test func extremeDatesFormatWithoutTrapping() {
        #expect(OmegaDate.format(.distantFuture).hasPrefix("4001-01-01"))
        #expect(OmegaDate.format(Date(timeIntervalSince1970: 1e300)).hasPrefix("9999-12-31"))
        #expect(OmegaDate.format(Date(timeIntervalSince1970: -1e300)).hasPrefix("0001-01-01"))
        #expect(OmegaDate.formatISO8601(Date(timeIntervalSince1970: .infinity)).hasPrefix("1970-01-01"))
    }

    @Test func formatThenParseRoundTrips() throws {
        var date = try utc("2023-01-01T00:00:00Z")
        // Every 7 hours and 13 minutes over two years: crosses both DST changes several times.
        for _ in 0..<2400 {
            let text = OmegaDate.format(date)
            let parsed = try #require(OmegaDate.parse(text))
            if !isInAutumnOverlap(date) {
                #expect(parsed == date, "\(text)")
            }
            #expect(OmegaDate.format(parsed) == text)
            date.addTimeInterval(7 * 3600 + 13 * 60)
        }
    }

    /// The hour repeated when clocks go back cannot round-trip through wall-clock text.
    private func isInAutumnOverlap(_ date: Date) -> Bool {
        let zone = OmegaDate.timeZone
        return zone.secondsFromGMT(for: date) != zone.secondsFromGMT(for: date.addingTimeInterval(-3600))
            && zone.secondsFromGMT(for: date) == 3600
    }

    @Test func calendarIsParis() {
        #expect(OmegaDate.calendar.timeZone.identifier == "Europe/Paris")
        let date = OmegaDate.date(year: 2009, month: 10, day: 20)
        #expect(date.map { OmegaDate.calendar.component(.day, from: $0) } == 20)
    }

    @Test func concurrentUseIsSafe() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let text = "2024-0\(index % 9 + 1)-1\(index % 10) 12:34:56"
                    return OmegaDate.parse(text).map(OmegaDate.format) == text
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
    }
}

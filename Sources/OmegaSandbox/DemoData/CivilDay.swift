import Foundation
import JSONAPI

/// A calendar day as a number of days since 1970-01-01 (Europe/Paris wall clock), the
/// generator's unit of time: cheap arithmetic and Omega's wire text without a time-zone lookup.
struct CivilDay: Hashable, Comparable, Sendable {
    var number: Int

    init(number: Int) {
        self.number = number
    }

    /// The day of `year-month-day`.
    init(year: Int, month: Int, day: Int) {
        number = CivilTime.days(year: year, month: month, day: day)
    }

    /// The Paris day of an instant.
    init(_ date: Date) {
        let fields = OmegaDate.localFields(of: date)
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// Year, month, day.
    var fields: (year: Int, month: Int, day: Int) { CivilTime.civil(fromDays: number) }

    var year: Int { fields.year }

    /// Omega's wire text at local midnight, `YYYY-MM-DD 00:00:00`.
    var wire: String {
        let (year, month, day) = fields
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day) 00:00:00"
    }

    /// `DD/MM/YYYY`, as French people write dates.
    var french: String {
        let (year, month, day) = fields
        return "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
    }

    static func + (day: CivilDay, days: Int) -> CivilDay { CivilDay(number: day.number + days) }
    static func - (day: CivilDay, days: Int) -> CivilDay { CivilDay(number: day.number - days) }
    static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.number < rhs.number }
}

/// Money in integer cents, written as Omega writes amounts (`"73.42"`, `"-5.10"`).
enum Cents {
    static func wire(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = abs(cents)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `amount × rate / 1000`, rounded half away from zero (rates in per mille: 55 = 5.5 %).
    static func apply(_ amount: Int, perMille rate: Int) -> Int {
        let product = amount * rate
        return product >= 0 ? (product + 500) / 1000 : -((-product + 500) / 1000)
    }
}

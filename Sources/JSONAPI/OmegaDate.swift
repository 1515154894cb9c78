import Foundation

/// Omega's dates: parsing every form Omega and its neighbours send, and formatting in Omega's own.
///
/// Omega writes `YYYY-MM-DD HH:MI:SS` in **Europe/Paris local time**, without a zone. This type
/// also reads `YYYY-MM-DD` (local midnight) and ISO-8601 timestamps with or without a fraction
/// and an offset (`2016-06-01T12:27:19.000+0200`, `…Z`, `…+02:00`; without an offset they are local
/// time too). The fixed formats are parsed by hand: no `DateFormatter`, no shared mutable state,
/// so every member is safe to call from any thread.
public enum OmegaDate {
    /// Europe/Paris, the zone of every local time Omega sends.
    public static let timeZone: TimeZone =
        TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600) ?? .gmt

    /// A Gregorian calendar in Europe/Paris, for day arithmetic on Omega dates.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "fr_FR")
        return calendar
    }()

    /// Parses any supported form; `nil` for anything else (including impossible dates like 2023-02-30).
    public static func parse(_ text: String) -> Date? {
        var scanner = DateScanner(bytes: Array(text.utf8))
        return scanner.scan()
    }

    /// Formats in Omega's wire form, `YYYY-MM-DD HH:MM:SS`, Europe/Paris local time
    /// (fractions of a second are dropped).
    public static func format(_ date: Date) -> String {
        let fields = localFields(of: date)
        return "\(pad(fields.year, 4))-\(pad(fields.month, 2))-\(pad(fields.day, 2)) "
            + "\(pad(fields.hour, 2)):\(pad(fields.minute, 2)):\(pad(fields.second, 2))"
    }

    /// Formats the local day only, `YYYY-MM-DD`.
    public static func formatDay(_ date: Date) -> String {
        let fields = localFields(of: date)
        return "\(pad(fields.year, 4))-\(pad(fields.month, 2))-\(pad(fields.day, 2))"
    }

    /// Formats as ISO-8601 with milliseconds and the Paris offset, `2016-06-01T12:27:19.000+0200`
    /// (the timestamp convention of the tracking and token objects).
    public static func formatISO8601(_ date: Date) -> String {
        let fields = localFields(of: date)
        let seconds = clampedSeconds(date)
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        let milliseconds = Int(((seconds - seconds.rounded(.down)) * 1000).rounded(.down))
        let sign = offset < 0 ? "-" : "+"
        return "\(pad(fields.year, 4))-\(pad(fields.month, 2))-\(pad(fields.day, 2))T"
            + "\(pad(fields.hour, 2)):\(pad(fields.minute, 2)):\(pad(fields.second, 2)).\(pad(milliseconds, 3))"
            + "\(sign)\(pad(abs(offset) / 3600, 2))\(pad(abs(offset) % 3600 / 60, 2))"
    }

    /// The instant of a Europe/Paris wall-clock time, or `nil` when a field is out of range.
    /// In the autumn overlap the first (summer-time) instant is taken.
    public static func date(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0
    ) -> Date? {
        guard
            let naive = CivilTime.seconds(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return localToInstant(Double(naive))
    }

    /// Wall-clock fields of `date` in Europe/Paris.
    public static func localFields(
        of date: Date
    ) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let seconds = clampedSeconds(date)
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        let local = Int(seconds.rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondsOfDay = local - days * 86_400
        let civil = CivilTime.civil(fromDays: days)
        return (
            civil.year, civil.month, civil.day, secondsOfDay / 3600, secondsOfDay % 3600 / 60,
            secondsOfDay % 60
        )
    }

    /// Seconds since 1970, kept within years 1–9999 so that no conversion to `Int` can trap
    /// (`Date.distantFuture` and stranger values format as the nearest representable instant).
    private static func clampedSeconds(_ date: Date) -> Double {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite else { return 0 }
        // From 0001-01-01T00:00:00Z to 9999-12-31T21:59:59Z, so that Paris local time stays in 1–9999.
        return min(max(seconds, -62_135_596_800), 253_402_293_599)
    }

    /// Converts seconds since 1970 of a wall-clock time in Paris into an instant.
    static func localToInstant(_ naive: Double) -> Date {
        // First guess with the offset a day earlier (so that in the autumn overlap the summer-time
        // instant is chosen), then correct with the offset in force at the guess.
        let firstOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: naive - 86_400))
        let guess = naive - Double(firstOffset)
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))
        return Date(timeIntervalSince1970: naive - Double(offset))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Proleptic Gregorian calendar arithmetic (Howard Hinnant's `days_from_civil` / `civil_from_days`).
public enum CivilTime {
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Seconds since 1970-01-01T00:00:00 of the given fields read as UTC, or `nil` when out of range.
    static func seconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int? {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...daysInMonth(year: year, month: month)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        return days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

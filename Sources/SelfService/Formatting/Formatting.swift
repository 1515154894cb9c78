import Foundation

/// How the screens write amounts, dates and volumes, French first.
///
/// - Amounts: `1 234,56 €` in French, `€1,234.56` in English. The French thousands separator
///   and the space before `€` are a plain space (U+0020), not a narrow no-break space: a
///   terminal never wraps inside a table cell, every terminal font has the plain space with
///   width 1, and what `tmux capture-pane` reads matches what users type in a search.
/// - Dates: `20/10/2009` in French, `2009-10-20` in English, in Europe/Paris time (Omega's).
/// - Volumes: `37 m³` (grouped like amounts, no decimals unless the value has some).
public enum Formatting {
    /// The time zone of every Omega date.
    public static let timeZone = TimeZone(identifier: "Europe/Paris") ?? .current

    /// A Gregorian calendar in Europe/Paris time.
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// `1 234,56 €` / `€1,234.56`; negative amounts get a leading minus.
    public static func amount(_ value: Decimal, in language: Language) -> String {
        let number = grouped(value, fractionDigits: 2, in: language)
        switch language {
        case .fr: return "\(number) €"
        case .en: return number.hasPrefix("-") ? "-€\(number.dropFirst())" : "€\(number)"
        }
    }

    /// `37 m³`; decimals are kept (up to 3) only when the value has some.
    public static func volume(_ value: Decimal, in language: Language) -> String {
        "\(number(value, in: language)) m³"
    }

    /// A number grouped by thousands with as many decimals as it has (at most 3).
    public static func number(_ value: Decimal, in language: Language) -> String {
        let rounded = round(value, scale: 3)
        let plain = "\(rounded)"
        let fraction = plain.split(separator: ".").dropFirst().first ?? ""
        let digits = fraction.reversed().drop(while: { $0 == "0" }).count
        return grouped(rounded, fractionDigits: min(digits, 3), in: language)
    }

    /// `20/10/2009` / `2009-10-20`.
    public static func date(_ date: Date, in language: Language) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let day = twoDigits(parts.day ?? 0)
        let month = twoDigits(parts.month ?? 0)
        let year = String(parts.year ?? 0)
        return language == .fr ? "\(day)/\(month)/\(year)" : "\(year)-\(month)-\(day)"
    }

    /// `20/10/2009 14:05` / `2009-10-20 14:05`.
    public static func dateTime(_ value: Date, in language: Language) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: value)
        return "\(date(value, in: language)) \(twoDigits(parts.hour ?? 0)):\(twoDigits(parts.minute ?? 0))"
    }

    /// Reads a date the user typed: `20/10/2009` (either language) or `2009-10-20`.
    /// The result is midnight, Europe/Paris time; nil when it is not a real date.
    public static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numbers = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map {
            Int($0)
        }
        guard numbers.count == 3, let first = numbers[0], let second = numbers[1], let third = numbers[2]
        else { return nil }
        let isoOrder = trimmed.contains("-") && first > 31
        let (year, month, day) = isoOrder ? (first, second, third) : (third, second, first)
        guard (1...12).contains(month), (1...31).contains(day), (1900...9999).contains(year) else {
            return nil
        }
        let components = DateComponents(year: year, month: month, day: day)
        guard let result = calendar.date(from: components),
            calendar.component(.day, from: result) == day  // rejects 31/02
        else { return nil }
        return result
    }

    /// The integer part grouped by three, a decimal comma (fr) or point (en).
    static func grouped(_ value: Decimal, fractionDigits: Int, in language: Language) -> String {
        let rounded = round(value, scale: fractionDigits)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        // Decimal's description is locale-free: "1234.5".
        let plain = "\(magnitude)"
        let pieces = plain.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(pieces.first ?? "0")
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        while fraction.count < fractionDigits { fraction += "0" }
        let separator = language == .fr ? " " : ","
        var groups: [String] = []
        var remaining = Substring(integerDigits)
        while remaining.count > 3 {
            groups.insert(String(remaining.suffix(3)), at: 0)
            remaining = remaining.dropLast(3)
        }
        groups.insert(String(remaining), at: 0)
        let integer = groups.joined(separator: separator)
        let sign = negative ? "-" : ""
        guard fractionDigits > 0 else { return sign + integer }
        return sign + integer + (language == .fr ? "," : ".") + fraction
    }

    /// Rounds half-up (commercial rounding) to `scale` decimals.
    static func round(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

import Foundation

/// A scalar that Omega sends loosely (numbers and booleans as strings, dates without a zone) and
/// that ``Loose`` can read and write.
///
/// `null` and `""` never reach these methods: ``Loose`` maps them to `nil` first.
public protocol LooseScalar: Sendable, Hashable {
    /// A short name of the expected form, for error messages ("a decimal number").
    static var looseDescription: String { get }
    /// Reads a non-null, non-empty JSON value; `nil` when it is not an acceptable form.
    static func looseValue(from json: JSONValue) -> Self?
    /// The value in Omega's wire form (a string).
    var looseWireValue: JSONValue { get }
    /// `true` for a value that stands for "no value" besides `null` and `""` (e.g. MySQL's zero
    /// date `0000-00-00`). The default is `false`.
    static func isAbsenceMarker(_ json: JSONValue) -> Bool
}

extension LooseScalar {
    /// Nothing but `null` and `""` means "no value" by default.
    public static func isAbsenceMarker(_ json: JSONValue) -> Bool { false }
}

extension Bool: LooseScalar {
    /// `true`/`false`, `1`/`0`, `"1"`/`"0"`, `"true"`/`"false"`.
    public static var looseDescription: String { "a boolean (0, 1, true or false)" }

    /// Reads an accepted form (listed in ``looseDescription``), or `nil`.
    public static func looseValue(from json: JSONValue) -> Bool? {
        switch json {
        case .bool(let value): value
        case .number(let number): number == 1 ? true : number == 0 ? false : nil
        case .string("1"), .string("true"): true
        case .string("0"), .string("false"): false
        default: nil
        }
    }

    /// `"1"` or `"0"`.
    public var looseWireValue: JSONValue { .string(self ? "1" : "0") }
}

extension Int: LooseScalar {
    /// `23` or `"23"`; also `23.0` / `"23.00"` (integral values from decimal columns), never `23.5`.
    public static var looseDescription: String { "an integer" }

    /// Reads an accepted form (listed in ``looseDescription``), or `nil`.
    public static func looseValue(from json: JSONValue) -> Int? {
        switch json {
        case .number(let number): DecimalText.integer(number)
        case .string(let text): Int(text) ?? DecimalText.parse(text).flatMap(DecimalText.integer)
        default: nil
        }
    }

    /// The decimal digits as a string, `"23"`.
    public var looseWireValue: JSONValue { .string(String(self)) }
}

extension Decimal: LooseScalar {
    /// `73.42` or `"73.42"` (read from the text: never through `Double`).
    public static var looseDescription: String { "a decimal number" }

    /// Reads an accepted form (listed in ``looseDescription``), or `nil`.
    public static func looseValue(from json: JSONValue) -> Decimal? {
        switch json {
        case .number(let number): number
        case .string(let text): DecimalText.parse(text)
        default: nil
        }
    }

    /// The plain decimal text, `"73.42"`.
    public var looseWireValue: JSONValue { .string(description) }
}

extension String: LooseScalar {
    /// Any string; a number is read as its text.
    public static var looseDescription: String { "a string" }

    /// Reads an accepted form (listed in ``looseDescription``), or `nil`.
    public static func looseValue(from json: JSONValue) -> String? {
        switch json {
        case .string(let text): text
        case .number(let number): number.description
        default: nil
        }
    }

    /// The value itself.
    public var looseWireValue: JSONValue { .string(self) }
}

extension Date: LooseScalar {
    /// Any form ``OmegaDate/parse(_:)`` reads.
    public static var looseDescription: String { "a date (YYYY-MM-DD HH:MI:SS, YYYY-MM-DD or ISO-8601)" }

    /// Reads an accepted form (listed in ``looseDescription``), or `nil`.
    public static func looseValue(from json: JSONValue) -> Date? {
        guard case .string(let text) = json else { return nil }
        return OmegaDate.parse(text)
    }

    /// MySQL's zero dates, `0000-00-00` and `0000-00-00 00:00:00`, mean "no date".
    public static func isAbsenceMarker(_ json: JSONValue) -> Bool {
        json == .string("0000-00-00 00:00:00") || json == .string("0000-00-00")
    }

    /// `"YYYY-MM-DD HH:MM:SS"` in Europe/Paris.
    public var looseWireValue: JSONValue { .string(OmegaDate.format(self)) }
}

/// Strict reading of decimal text: `[+-]digits[.digits][(e|E)[+-]digits]`, nothing else.
enum DecimalText {
    static func parse(_ text: String) -> Decimal? {
        guard isWellFormed(text) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The value as an `Int` when it is integral and fits, whatever its scale (`23.00` → 23).
    static func integer(_ value: Decimal) -> Int? {
        var text = value.description
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return Int(text)
    }

    static func isWellFormed(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let isDigit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        var fractionCount = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            let fraction = bytes.prefix(while: isDigit)
            fractionCount = fraction.count
            guard fractionCount > 0 else { return false }
            bytes = bytes.dropFirst(fractionCount)
        }
        guard integer.count + fractionCount > 0 else { return false }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            let exponent = bytes.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            bytes = bytes.dropFirst(exponent.count)
        }
        return bytes.isEmpty
    }
}

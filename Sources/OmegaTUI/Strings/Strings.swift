import Foundation
import SelfService

/// The interface text in one language: one French table and one English table, the only
/// place the application's words live.
///
/// ```swift
/// let strings = Strings(language: .fr)
/// strings[.screenAccueil]                            // "Accueil"
/// strings(.dashReadingLine, "1 234", "20/10/2009")   // "index 1 234 le 20/10/2009"
/// strings.failure(failure)                           // the sentence for a failure code
/// ```
public struct Strings: Sendable {
    /// The language of the table.
    public let language: Language

    /// The table of `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The text of `key`.
    public subscript(_ key: StringKey) -> String {
        language == .fr ? Self.french(key) : Self.english(key)
    }

    /// The text of `key` with `{0}`, `{1}`… replaced by `arguments`.
    public func callAsFunction(_ key: StringKey, _ arguments: String...) -> String {
        var text = self[key]
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    // MARK: Formats (French first, from SelfService's Formatting)

    /// `1 234,56 €`.
    public func amount(_ value: Decimal) -> String { Formatting.amount(value, in: language) }
    /// `37 m³`.
    public func volume(_ value: Decimal) -> String { Formatting.volume(value, in: language) }
    /// `20/10/2009`.
    public func date(_ value: Date) -> String { Formatting.date(value, in: language) }
    /// `20/10/2009 14:05`.
    public func dateTime(_ value: Date) -> String { Formatting.dateTime(value, in: language) }
    /// `1 234` (an index, grouped by thousands).
    public func number(_ value: Int) -> String { Formatting.number(Decimal(value), in: language) }
    /// A date or a dash.
    public func date(_ value: Date?) -> String { value.map { date($0) } ?? "—" }
}

import Foundation
import JSONAPI

/// Dates as the store writes them: Omega's wire text, `YYYY-MM-DD HH:MM:SS` in Europe/Paris,
/// which sorts chronologically as text.
enum OmegaDateText {
    static func format(_ date: Date) -> String { OmegaDate.format(date) }
    static func parse(_ text: String) -> Date? { OmegaDate.parse(text) }
}

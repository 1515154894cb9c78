import Foundation
import SelfService
import TerminalUI

/// CSV per RFC 4180: a header row, CRLF after every record, a field quoted when it holds the
/// separator, a double quote, CR or LF (its quotes doubled).
///
/// Dates are `AAAA-MM-JJ` (Europe/Paris), moments `AAAA-MM-JJ HH:MM`; numbers carry no
/// grouping and no unit (the header names it), with a decimal comma when the separator is
/// `;` (French spreadsheets) and a decimal point when it is `,`.
public enum CSVWriter {
    /// The separators offered.
    public static let separators: [Character] = [";", ","]

    /// The table as CSV text.
    public static func write(_ table: ExportTable, separator: Character = ";") -> String {
        var records = [table.columns.map { field($0.header, separator: separator) }]
        for row in table.rows {
            records.append(row.map { field(text(of: $0, separator: separator), separator: separator) })
        }
        return records.map { $0.joined(separator: String(separator)) + "\r\n" }.joined()
    }

    /// A cell's text before quoting.
    static func text(of value: ExportValue, separator: Character) -> String {
        switch value {
        case .text(let text): return Sanitizer.clean(text)
        case .coded(_, let label): return Sanitizer.clean(label)
        case .integer(let number): return String(number)
        case .amount(let number), .volume(let number):
            let plain = "\(number)"
            return separator == "," ? plain : plain.replacingOccurrences(of: ".", with: ",")
        case .date(let date): return Formatting.date(date, in: .en)
        case .dateTime(let date): return Formatting.dateTime(date, in: .en)
        case .flag(let flag): return flag ? "1" : "0"
        case .none: return ""
        }
    }

    /// `text` quoted when RFC 4180 asks for it.
    static func field(_ text: String, separator: Character) -> String {
        let needsQuotes = text.contains {
            $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n"
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A JSON array of objects, one per row, keyed by the columns' field names (sorted, so the
/// output is the same from one run to the next): dates as `"AAAA-MM-JJ"`, moments in ISO
/// 8601 with their offset, amounts and volumes as exact JSON numbers, flags as booleans,
/// codes rather than words.
public enum JSONExportWriter {
    /// The table as JSON text (ends with a line break).
    public static func write(_ table: ExportTable) -> String {
        let objects = table.rows.map { row in
            JSONRow(fields: Array(zip(table.columns.map(\.field), row)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(objects)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// An ISO 8601 moment in Europe/Paris time: `2026-03-15T14:05:00+01:00`.
    static func moment(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = Formatting.timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private struct JSONRow: Encodable {
        var fields: [(String, ExportValue)]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in fields {
                let key = Key(stringValue: name)
                switch value {
                case .text(let text): try container.encode(Sanitizer.clean(text), forKey: key)
                case .coded(let code, _): try container.encode(Sanitizer.clean(code), forKey: key)
                case .integer(let number): try container.encode(number, forKey: key)
                case .amount(let number), .volume(let number): try container.encode(number, forKey: key)
                case .date(let date): try container.encode(Formatting.date(date, in: .en), forKey: key)
                case .dateTime(let date): try container.encode(JSONExportWriter.moment(date), forKey: key)
                case .flag(let flag): try container.encode(flag, forKey: key)
                case .none: try container.encodeNil(forKey: key)
                }
            }
        }
    }
}

/// Columns aligned with spaces for a person: a header, then one line per row; numbers
/// right-aligned and written as the screens write them (`1 234,56 €`, `37 m³`, `12/08/2026`).
public enum TextTableWriter {
    /// The table as text (ends with a line break; a message when it has no row).
    public static func write(_ table: ExportTable, strings: Strings, empty: String) -> String {
        guard !table.rows.isEmpty else { return empty + "\n" }
        let cells = table.rows.map { $0.map { text(of: $0, strings: strings) } }
        let headers = table.columns.map(\.header)
        let widths = headers.indices.map { column in
            ([headers[column]] + cells.map { $0[column] }).map(Sanitizer.displayWidth).max() ?? 0
        }
        let rightAligned = headers.indices.map { column in
            table.rows.contains { row in
                switch row[column] {
                case .integer, .amount, .volume: return true
                default: return false
                }
            }
        }
        let line = { (texts: [String]) -> String in
            zip(texts.indices, texts).map { column, text in
                let padding = String(
                    repeating: " ", count: max(0, widths[column] - Sanitizer.displayWidth(text)))
                return rightAligned[column] ? padding + text : text + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(headers)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    static func text(of value: ExportValue, strings: Strings) -> String {
        switch value {
        case .text(let text): return Sanitizer.clean(text)
        case .coded(_, let label): return Sanitizer.clean(label)
        case .integer(let number): return strings.number(number)
        case .amount(let number): return strings.amount(number)
        case .volume(let number): return strings.volume(number)
        case .date(let date): return strings.date(date)
        case .dateTime(let date): return strings.dateTime(date)
        case .flag(let flag): return strings[flag ? .yes : .no]
        case .none: return "—"
        }
    }
}

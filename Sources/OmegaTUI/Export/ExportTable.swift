import Foundation

/// What `omega-tui releves|factures|demandes` print: columns with a stable field name (JSON)
/// and a header in the user's language (CSV, table), and typed cells each format writes its
/// own way. Pure: no I/O.
public struct ExportTable: Equatable, Sendable {
    /// The columns, in order.
    public var columns: [ExportColumn]
    /// The rows, one cell per column.
    public var rows: [[ExportValue]]

    /// Creates a table.
    public init(columns: [ExportColumn], rows: [[ExportValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A column: its JSON field name (ASCII, stable across versions and languages) and its header.
public struct ExportColumn: Equatable, Sendable {
    /// The JSON field name.
    public var field: String
    /// The CSV and table header, in the user's language.
    public var header: String

    /// Creates a column.
    public init(field: String, header: String) {
        self.field = field
        self.header = header
    }
}

/// One cell, typed so that each format writes it well: a date is `2026-08-12` in CSV and
/// JSON, `12/08/2026` in a French table; an amount is a JSON number, `123,45` in a French
/// CSV, `123,45 €` in a table.
public enum ExportValue: Equatable, Sendable {
    /// Text (from the server: sanitised when written).
    case text(String)
    /// A stable code (JSON) and its words (CSV, table): a status, a kind.
    case coded(code: String, label: String)
    /// A whole number (an index).
    case integer(Int)
    /// An amount in euros.
    case amount(Decimal)
    /// A volume in m³.
    case volume(Decimal)
    /// A day (Europe/Paris).
    case date(Date)
    /// A moment.
    case dateTime(Date)
    /// Yes or no.
    case flag(Bool)
    /// Nothing (JSON `null`, an empty CSV field, a dash in a table).
    case none
}

import GRDB

/// Prepared INSERT statements for bulk generation: one per table, compiled once, executed
/// for every row inside the generator's single transaction.
final class DemoWriter {
    private let db: Database
    private var statements: [String: Statement] = [:]
    /// Rows written per table, for the summary.
    private(set) var counts: [String: Int] = [:]

    init(_ db: Database) {
        self.db = db
    }

    /// Inserts one row; `columns` must list the same names on every call for a table.
    func insert(_ table: String, _ columns: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws {
        let statement: Statement
        if let prepared = statements[table] {
            statement = prepared
        } else {
            let names = columns.map(\.key)
            let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
            statement = try db.makeStatement(
                sql: "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(placeholders))")
            statements[table] = statement
        }
        statement.setUncheckedArguments(StatementArguments(columns.map(\.value)))
        try statement.execute()
        counts[table, default: 0] += 1
    }

    /// Runs a one-off statement (corrections such as a meter replacement).
    func execute(_ sql: String, _ arguments: StatementArguments) throws {
        try db.execute(sql: sql, arguments: arguments)
    }
}

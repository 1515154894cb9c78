import GRDB
import GRDBSQLite

/// A value the bulk writer binds straight to SQLite (no boxing into GRDB arguments: the
/// generator writes millions of rows).
protocol DemoBindable {
    /// Binds the value to parameter `index` (1-based) of a prepared statement.
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32
}

extension String: DemoBindable {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 {
        sqlite3_bind_text(statement, index, self, -1, DemoWriter.transient)
    }
}

extension Int: DemoBindable {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, Int64(self))
    }
}

/// Prepared INSERT statements for bulk generation: one per table, compiled once (through
/// GRDB) and executed for every row inside the generator's single transaction.
final class DemoWriter {
    /// SQLite's `SQLITE_TRANSIENT`: SQLite copies the bound text before the call returns.
    static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    private let db: Database
    private var statements: [String: Statement] = [:]
    /// Rows written per table, for the summary.
    private(set) var counts: [String: Int] = [:]

    init(_ db: Database) {
        self.db = db
    }

    /// Inserts one row; `columns` must list the same names in the same order on every call
    /// for a table (the statement is prepared from the first call).
    func insert(_ table: String, _ columns: KeyValuePairs<String, (any DemoBindable)?>) throws {
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
        let handle = statement.sqliteStatement
        var index: Int32 = 1
        for (_, value) in columns {
            let code = value?.bind(to: handle, at: index) ?? sqlite3_bind_null(handle, index)
            guard code == SQLITE_OK else { throw failure(code, statement) }
            index += 1
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code, statement) }
        counts[table, default: 0] += 1
    }

    /// Runs a one-off statement (corrections such as a meter replacement).
    func execute(_ sql: String, _ arguments: StatementArguments) throws {
        try db.execute(sql: sql, arguments: arguments)
    }

    private func failure(_ code: Int32, _ statement: Statement) -> DatabaseError {
        let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}

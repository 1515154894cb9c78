import GRDB

// The answers' queries through each connection's statement cache: compiled once per
// connection, not at every request. Compiling went through GRDB's statement authorizer
// (which records the tables a statement reads) and SQLite's parser: with the thread hops of
// the reads, a fifth of a `subscriber/me` answer under load (perf, omega-bench load).

extension Row {
    /// Like `fetchAll(_:sql:arguments:)`, with the statement from the connection's cache.
    static func fetchAllCached(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    )
        throws -> [Row]
    {
        try fetchAll(try db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// Like `fetchOne(_:sql:arguments:)`, with the statement from the connection's cache.
    static func fetchOneCached(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    )
        throws -> Row?
    {
        try fetchOne(try db.cachedStatement(sql: sql), arguments: arguments)
    }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
    /// Like `fetchAll(_:sql:arguments:)`, with the statement from the connection's cache.
    static func fetchAllCached(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    )
        throws -> [Self]
    {
        try fetchAll(try db.cachedStatement(sql: sql), arguments: arguments)
    }
}

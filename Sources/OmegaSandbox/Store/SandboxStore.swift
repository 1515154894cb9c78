import Foundation
import GRDB
import JSONAPI
import OmegaClient

/// The sandbox's database: every resource the API serves, the subscriber accounts and their
/// tokens, and the requests (demandes) with their history.
///
/// SQLite through a GRDB `DatabasePool` in WAL mode: readers never wait for the writer, and a
/// committed write survives a crash or a shutdown. Methods are `async` and safe to call from
/// any task. Schema and conventions: `Store/README.md` and ``StoreSchema``.
public final class SandboxStore: Sendable {
    /// The GRDB pool, for queries this type does not offer (see README: extensions welcome).
    public let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    ///
    /// A new file is created readable and writable by its owner only (0600) before SQLite
    /// opens it, so that its `-wal` and `-shm` files, which SQLite creates with the database's
    /// mode, are private too: the database holds password and token hashes.
    public init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            // If this fails, SQLite creates the file itself and reports any real problem.
            _ = FileManager.default.createFile(
                atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // NORMAL is durable in WAL mode across application crashes (not power loss),
            // which is the sandbox's promise; FULL would slow every commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            db.add(function: NameSearchIndex.foldFunction)
        }
        self.pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
        try StoreSchema.migrator.migrate(pool)
    }

    /// A store in a new file under the temporary directory (tests, `--demo` without `--db`).
    public static func temporary() throws -> SandboxStore {
        let name = "omega-sandbox-\(UUID().uuidString).sqlite"
        return try SandboxStore(
            path: FileManager.default.temporaryDirectory.appendingPathComponent(name).path)
    }

    /// Closes the pool; later calls fail. Committed writes are already durable.
    public func close() throws {
        try pool.close()
    }

    /// Whether the database holds no generated population yet (no commune).
    public func isEmpty() async throws -> Bool {
        try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM commune") == 0
        }
    }

    /// Creates the indexes that bulk generation leaves out (idempotent).
    public func createIndexes() async throws {
        try await pool.write { db in
            for statement in StoreSchema.indexes { try db.execute(sql: statement) }
            for statement in NameSearchIndex.statements { try db.execute(sql: statement) }
        }
    }
}

// MARK: - Generic reads

extension SandboxStore {
    /// The model with this id, or `nil`.
    public func fetch<T: OmegaModel>(_ type: T.Type, id: String) async throws -> T? {
        try await fetch(type, ids: [id]).first
    }

    /// The models with these ids, in the order of `ids` (missing ones are skipped).
    public func fetch<T: OmegaModel>(_ type: T.Type, ids: [String]) async throws -> [T] {
        guard let table = StoreTable.table(for: T.self) else { throw StoreError.unknownType(T.resourceType) }
        guard !ids.isEmpty else { return [] }
        let found = try await pool.read { db in
            try StoreRow.fetchAll(
                T.self, db,
                sql:
                    "SELECT * FROM \(table.name) WHERE \(table.idColumn) IN (\(Self.placeholders(ids.count)))",
                arguments: StatementArguments(ids))
        }
        let byId = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byId[$0] }
    }

    /// Type-erased fetch for `include`: the resources of `type` with these ids, encoded in
    /// Omega's wire form, in the order of `ids`. Relationships are left empty.
    public func resources(type: String, ids: [String]) async throws -> [Resource] {
        guard let table = StoreTable.table(for: type) else { throw StoreError.unknownType(type) }
        return try await erasedResources(table.model, ids: ids)
    }

    private func erasedResources<T: OmegaModel>(_ model: T.Type, ids: [String]) async throws -> [Resource] {
        try await fetch(model, ids: ids).map { try $0.resource() }
    }

    /// One page of the rows of `T`'s table, filtered and sorted by SQL fragments on the
    /// table's columns (the table is aliased `t`), within `communes` when given.
    ///
    /// - Parameters:
    ///   - filter: a boolean SQL expression (`t.numcontrat = ?`), or `nil`.
    ///   - arguments: the values of the filter's `?` placeholders.
    ///   - order: an `ORDER BY` list (`t.dateni DESC`), or `nil` for the id order.
    ///   - communes: commune ids a partner may see; `nil` means no restriction. Ignored for
    ///     unscoped tables (``StoreTable/isScopedByCommune``).
    public func page<T: OmegaModel>(
        _ type: T.Type, filter: String? = nil, arguments: StatementArguments = [], order: String? = nil,
        offset: Int = 0, limit: Int = 20, communes: [String]? = nil
    ) async throws -> Page<T> {
        guard let table = StoreTable.table(for: T.self) else { throw StoreError.unknownType(T.resourceType) }
        var clauses: [String] = []
        var allArguments = StatementArguments()
        if let filter {
            clauses.append("(\(filter))")
            allArguments += arguments
        }
        if let communes, table.isScopedByCommune, communes.isEmpty {
            clauses.append("0")
        } else if let communes, table.isScopedByCommune {
            clauses.append("t.commune_id IN (\(Self.placeholders(communes.count)))")
            allArguments += StatementArguments(communes)
        }
        let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let orderSQL = "ORDER BY " + (order ?? "t.\(table.idColumn)")
        let countArguments = allArguments
        let pageArguments = allArguments + [max(0, limit), max(0, offset)]
        return try await pool.read { db in
            let total =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM \(table.name) t \(whereSQL)", arguments: countArguments)
                ?? 0
            let items = try StoreRow.fetchAll(
                T.self, db, sql: "SELECT t.* FROM \(table.name) t \(whereSQL) \(orderSQL) LIMIT ? OFFSET ?",
                arguments: pageArguments)
            return Page(items: items, total: total, offset: offset, limit: limit)
        }
    }

    /// The commune ids whose name is one of `names` (case-insensitive), for partner scopes.
    public func communeIds(named names: [String]) async throws -> [String] {
        guard !names.isEmpty else { return [] }
        return try await pool.read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT commune_id FROM commune WHERE nom COLLATE NOCASE IN (\(Self.placeholders(names.count)))",
                arguments: StatementArguments(names))
        }
    }

    /// The commune a row belongs to (`nil` for an unscoped table or an unknown id): lets the
    /// HTTP layer answer 404 for a resource outside a partner's communes.
    public func communeId(type: String, id: String) async throws -> String? {
        guard let table = StoreTable.table(for: type), table.isScopedByCommune else { return nil }
        return try await pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT commune_id FROM \(table.name) WHERE \(table.idColumn) = ?", arguments: [id])
        }
    }

    /// `?, ?, ?` for `count` values (at least one, so that `IN ()` never appears).
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: max(1, count)).joined(separator: ", ")
    }
}

import Foundation
import GRDB
import OmegaClient

/// Writes to business data: what a closed request changes.
extension SandboxStore {
    /// Adds a reading to a point's history (its `commune_id` is the point's).
    public func insertReading(_ releve: Releve) async throws {
        try await pool.write { db in try Self.insertReading(db, releve) }
    }

    static func insertReading(_ db: Database, _ releve: Releve) throws {
        guard let pointConsoId = releve.pointConsoId,
            let communeId = try String.fetchOne(
                db, sql: "SELECT commune_id FROM pconso WHERE pconso_id = ?", arguments: [pointConsoId])
        else {
            throw StoreError.notFound(type: PointDeConsommation.resourceType, id: releve.pointConsoId ?? "")
        }
        try insert(db, releve, into: "releve", extra: ["commune_id": communeId.databaseValue])
    }

    /// Replaces the stored person by `personne` (every column the model carries; a `nil`
    /// property clears the column, so merge changes into the current value first).
    public func updatePersonne(_ personne: Personne) async throws {
        try await pool.write { db in try Self.updatePersonne(db, personne) }
    }

    static func updatePersonne(_ db: Database, _ personne: Personne) throws {
        let values = try StoreRow.values(of: personne, in: "personne", db).filter {
            $0.column != "personne_id"
        }
        let assignments = values.map { "\($0.column) = ?" }.joined(separator: ", ")
        try db.execute(
            sql: "UPDATE personne SET \(assignments) WHERE personne_id = ?",
            arguments: StatementArguments(values.map(\.value) + [personne.id.databaseValue]))
        guard db.changesCount == 1 else {
            throw StoreError.notFound(type: Personne.resourceType, id: personne.id)
        }
    }

    /// Inserts a model into `table`, its wire values going to the matching columns.
    static func insert<T: OmegaModel>(
        _ db: Database, _ model: T, into table: String, extra: [String: DatabaseValue] = [:]
    ) throws {
        var values = try StoreRow.values(of: model, in: table, db)
        for (column, value) in extra.sorted(by: { $0.key < $1.key }) {
            values.removeAll { $0.column == column }
            values.append((column, value))
        }
        let columns = values.map(\.column).joined(separator: ", ")
        try db.execute(
            sql: "INSERT INTO \(table) (\(columns)) VALUES (\(placeholders(values.count)))",
            arguments: StatementArguments(values.map(\.value)))
    }

    /// The next numeric id of a table whose ids are decimal strings.
    static func nextId(_ db: Database, table: String, column: String, floor: Int = 0) throws -> String {
        let maximum = try Int.fetchOne(db, sql: "SELECT MAX(CAST(\(column) AS INTEGER)) FROM \(table)") ?? 0
        return String(max(maximum, floor) + 1)
    }
}

import Foundation
import GRDB
import JSONAPI
import OmegaClient

/// Conversions between database rows and models.
///
/// Columns carry Omega's wire names, so a row becomes the model's JSON:API attributes and
/// goes through the model's own `Decodable` (loose scalars included); a model becomes row
/// values through its own `Encodable`, in wire form (SQLite's column affinity turns `"12"`
/// back into an INTEGER where the column is one).
enum StoreRow {
    /// The row as Omega attributes (`INTEGER` -> number, `TEXT` -> string, `NULL` -> null).
    static func attributes(_ row: Row) -> [String: JSONValue] {
        var attributes: [String: JSONValue] = [:]
        for (column, value) in row {
            switch value.storage {
            case .null: attributes[column] = .null
            case .int64(let number): attributes[column] = .number(Decimal(number))
            case .double(let number): attributes[column] = .string(String(number))
            case .string(let text): attributes[column] = .string(text)
            case .blob: continue
            }
        }
        return attributes
    }

    /// Decodes a row into `T`.
    static func decode<T: OmegaModel>(_ type: T.Type, _ row: Row) throws -> T {
        let attributes = Self.attributes(row)
        let id = attributes[T.idAttribute]?.stringValue ?? attributes[T.idAttribute]?.numberValue?.description
        do {
            return try T(resource: Resource(type: T.resourceType, id: id, attributes: attributes))
        } catch {
            throw StoreError.corruptRow(type: T.resourceType, detail: "\(error)")
        }
    }

    /// Fetches and decodes every row of `sql`.
    static func fetchAll<T: OmegaModel>(
        _ type: T.Type, _ db: Database, sql: String, arguments: StatementArguments = []
    ) throws -> [T] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { try decode(T.self, $0) }
    }

    /// Fetches and decodes the first row of `sql`.
    static func fetchOne<T: OmegaModel>(
        _ type: T.Type, _ db: Database, sql: String, arguments: StatementArguments = []
    ) throws -> T? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map { try decode(T.self, $0) }
    }

    /// The model's attributes as column values, restricted to the table's columns.
    static func values<T: OmegaModel>(
        of model: T, in table: String, _ db: Database
    ) throws -> [(column: String, value: DatabaseValue)] {
        let columns = Set(try db.columns(in: table).map(\.name))
        let attributes = try model.resource().attributes
        return attributes.keys.sorted().compactMap { name in
            guard columns.contains(name), let json = attributes[name] else { return nil }
            return (name, databaseValue(json))
        }
    }

    /// A wire value as a database value (strings stay strings: column affinity does the rest).
    static func databaseValue(_ json: JSONValue) -> DatabaseValue {
        switch json {
        case .null: .null
        case .string(let text): text.databaseValue
        case .number(let number): number.description.databaseValue
        case .bool(let flag): (flag ? 1 : 0).databaseValue
        case .array, .object: .null
        }
    }
}

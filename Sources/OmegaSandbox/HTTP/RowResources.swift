import Foundation
import GRDB
import JSONAPI

/// Turns store rows into Omega resources. The store keeps Omega's wire names and wire forms
/// (dates as local-time text, money as text), so a row's columns *are* the attributes; the
/// sandbox serves every scalar as a string, as the real service does.
enum RowResources {
    /// The attributes of `row` as loose strings, without the foreign keys that become relationships.
    static func attributes(_ row: Row, excluding: Set<String> = []) -> [String: JSONValue] {
        var attributes: [String: JSONValue] = [:]
        // Sized once: growing the dictionary column by column (rehashing at each doubling)
        // was a third of turning a reading row into a resource (perf, subscriber/releve).
        attributes.reserveCapacity(row.count)
        // Column by column in order: looking each name up again (case-insensitively) took
        // most of the time of turning a row into attributes.
        for (column, value) in row where !excluding.contains(column) {
            switch value.storage {
            case .null: attributes[column] = .null
            case .int64(let integer): attributes[column] = .string(String(integer))
            case .double(let double): attributes[column] = .string(String(double))
            case .string(let text): attributes[column] = .string(text)
            case .blob: continue
            }
        }
        return attributes
    }

    static func key(_ type: String, _ id: String?) -> ResourceKey? {
        id.map { ResourceKey(type: type, id: $0) }
    }

    /// A resource of `type` whose id is the column `idColumn`.
    static func resource(
        _ row: Row, type: String, idColumn: String, excluding: Set<String> = [],
        relationships: [String: Relationship] = [:]
    ) -> Resource? {
        guard let id: String = row[idColumn] else { return nil }
        // The store's denormalised `commune_id` (partner isolation) is not an Omega attribute
        // except on streets.
        let hidden = type == "Partner_Voie" ? excluding : excluding.union(["commune_id"])
        return Resource(
            type: type, id: id, attributes: attributes(row, excluding: hidden), relationships: relationships)
    }

    static func toOne(_ type: String, _ id: String?) -> Relationship {
        .toOne(key(type, id))
    }
}

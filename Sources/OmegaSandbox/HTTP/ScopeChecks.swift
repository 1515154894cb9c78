import Foundation
import GRDB

/// Single-row scope checks, so that a write never loads a whole population.
enum ScopeChecks {
    static func pointInScope(_ db: Database, _ scope: PopulationScope, _ pconsoID: String) throws -> Bool {
        switch scope {
        case .person(let personID):
            return try Bool.fetchOne(
                db,
                sql: "SELECT 1 FROM contrat WHERE pconso_id = ? AND (occupant_id = ? OR redevable_id = ?)",
                arguments: [pconsoID, personID, personID]) ?? false
        case .communes(nil):
            return try Bool.fetchOne(
                db, sql: "SELECT 1 FROM pconso WHERE pconso_id = ?", arguments: [pconsoID]) ?? false
        case .communes(let names?):
            guard let commune = try communeName(db, pconsoID: pconsoID) else { return false }
            return names.contains(commune.lowercased())
        }
    }

    static func personInScope(_ db: Database, _ scope: PopulationScope, _ personID: String) throws -> Bool {
        switch scope {
        case .person(let own):
            if own == personID { return true }
            return try Bool.fetchOne(
                db,
                sql: """
                    SELECT 1 FROM contrat WHERE (occupant_id = ? OR redevable_id = ?)
                    AND pconso_id IN (SELECT pconso_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?)
                    """, arguments: [personID, personID, own, own]) ?? false
        case .communes:
            let points = try String.fetchAll(
                db, sql: "SELECT pconso_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
                arguments: [personID, personID])
            return try points.contains { try pointInScope(db, scope, $0) }
        }
    }

    static func communeName(_ db: Database, pconsoID: String) throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT c.nom FROM pconso p JOIN pdessadr a ON a.pdessadr_id = p.pdessadr_id
                JOIN voie v ON v.voie_id = a.voie_id JOIN commune c ON c.commune_id = v.commune_id
                WHERE p.pconso_id = ?
                """, arguments: [pconsoID])
    }
}

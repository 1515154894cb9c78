import Foundation
import GRDB
import Testing

@testable import OmegaSandbox

/// The counter's name searches go through the trigram index, not a scan of every person.
@Suite struct NameSearchIndexTests {
    /// SQLite's plan for the partner search `partner/pconso` with a case-insensitive filter.
    private func plan(_ parameters: String) async throws -> [String] {
        let (store, _) = try await StoreTestSupport.populatedStore(subscribers: 20)
        try await store.createIndexes()
        let query = try ListQuery.parse(parameters + "&filter[options][case_sensitive]=false")
        let columns = try await store.pool.read { db in try PointSearchSQL.columns(db) }
        let search = try #require(
            PointSearchSQL.make(filter: query.filter, scope: .communes(nil), columns: columns))
        return try await store.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT p.pconso_id \(search.fromClause)",
                arguments: StatementArguments(search.arguments)
            ).map { $0["detail"] as String? ?? "" }
        }
    }

    @Test func nameContainsReadsTheTrigramIndex() async throws {
        let plan = try await plan("filter[contratactif.occupant.nom][like]=ont")
        // FTS5 names the constraints it serves after the colon: L for a LIKE.
        #expect(
            plan.contains { $0.contains("personne_nom VIRTUAL TABLE INDEX") && $0.contains("L") },
            "\(plan)")
        // Nothing else is scanned: people, contracts and points are reached by their keys.
        #expect(plan.filter { $0.hasPrefix("SCAN ") && !$0.contains("VIRTUAL TABLE") }.isEmpty, "\(plan)")
    }

    @Test func nameBeginsReadsTheTrigramIndex() async throws {
        let plan = try await plan("filter[contratactif.occupant.nom][begin]=dupont cl")
        #expect(
            plan.contains { $0.contains("personne_nom VIRTUAL TABLE INDEX") && $0.contains("L") },
            "\(plan)")
    }

    @Test func foldingDropsCaseAndAccents() {
        #expect(NameSearchIndex.fold("  MÜLLER   Zoé ") == "muller zoe")
        #expect(NameSearchIndex.fold("Lefèvre-Ñúñez") == "lefevre-nunez")
    }

    @Test func aPersonRenamedIsFoundUnderTheNewName() async throws {
        let (store, _) = try await StoreTestSupport.populatedStore(subscribers: 20)
        try await store.createIndexes()
        let found = try await store.pool.write { db -> [String] in
            let id = try #require(try String.fetchOne(db, sql: "SELECT personne_id FROM personne LIMIT 1"))
            try db.execute(
                sql: "UPDATE personne SET nompers = 'Šťastný', prenpers = 'Zoë' WHERE personne_id = ?",
                arguments: [id])
            let condition = try #require(
                NameSearchIndex.condition(personColumn: "personne_id", text: "zoe STAST", wordsBegin: true))
            let matches = try String.fetchAll(
                db, sql: "SELECT personne_id FROM personne WHERE \(condition.sql)",
                arguments: StatementArguments(condition.arguments))
            #expect(matches == [id])
            return matches
        }
        #expect(found.count == 1)
    }
}

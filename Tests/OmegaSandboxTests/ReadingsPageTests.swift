import Foundation
import GRDB
import JSONAPI
import Testing

@testable import OmegaSandbox

/// `subscriber/releve` sorts and pages the usual request in SQL (docs/performance.md); any
/// other filter goes through DocumentBuilder's general sort. Both must select the same page.
@Suite("Readings paged by SQLite")
struct ReadingsPageTests {
    /// Readings that make the order hard: a date shared by both points of Marie's contracts,
    /// and readings without a date (outside every contract's period, so never served).
    private static func addTiesAndGaps(_ store: SandboxStore) async throws {
        try await store.pool.write { db in
            for (id, point, meter, date) in [
                ("R2-tie", "P2", "M2", "2020-07-01 00:00:00"), ("R2-undated-b", "P2", "M2", nil),
                ("R1-undated-a", "P1", "M1", nil), ("R2-tie-0", "P2", "M2", "2020-07-01 00:00:00"),
            ] as [(String, String, String, String?)] {
                try db.execute(
                    sql: """
                        INSERT INTO releve (releve_id, pconso_id, compteur_id, dateni, ni, enum_crlv, commune_id)
                        VALUES (?, ?, ?, ?, 1, 'REEL', 'CO1')
                        """, arguments: [id, point, meter, date])
            }
        }
    }

    @Test(
        "every page, both directions, with and without a contract: the same readings and totals as the general sort",
        arguments: ["-dateni", "dateni"])
    func sqlPageMatchesGeneralSort(sort: String) async throws {
        try await SandboxHarness.with(prepare: Self.addTiesAndGaps) { sandbox in
            let (access, _) = try await sandbox.login()
            // `releve_id ne` filters nothing but takes the request off the SQL path.
            let general = "filter%5Breleve_id%5D%5Bneq%5D=none"
            for contract in ["", "filter%5Bcontrat_id%5D%5Beq%5D=K2&"] {
                for (offset, limit) in [(1, 20), (21, 20), (30, 5), (1, 100), (40, 3)] {
                    let query = "\(contract)sort=\(sort)&page%5Boffset%5D=\(offset)&page%5Blimit%5D=\(limit)"
                    let fast = try await sandbox.send(
                        .get, "/api/v1/subscriber/releve?\(query)", headers: sandbox.bearer(access))
                    let slow = try await sandbox.send(
                        .get, "/api/v1/subscriber/releve?\(query)&\(general)", headers: sandbox.bearer(access)
                    )
                    #expect(fast.status == 200)
                    #expect(fast.ids == slow.ids, "\(query)")
                    #expect(fast.json["meta"]?["total"] == slow.json["meta"]?["total"], "\(query)")
                    #expect(fast.data == slow.data, "\(query)")
                }
            }
            let all = try await sandbox.send(
                .get, "/api/v1/subscriber/releve?sort=\(sort)&page%5Blimit%5D=100",
                headers: sandbox.bearer(access))
            #expect(all.json["meta"]?["total"]?.numberValue == Decimal(all.ids.count))
            #expect(!all.ids.contains("R1-undated-a") && !all.ids.contains("R2-undated-b"))
            // Same date: by reading id, in both directions.
            let tie = all.ids.filter { ["R1-19", "R2-tie", "R2-tie-0"].contains($0) }
            #expect(tie == ["R1-19", "R2-tie", "R2-tie-0"])
        }
    }
}

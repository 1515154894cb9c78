import Foundation
import JSONAPI
import OmegaClient

@testable import OmegaSandbox

/// A small generated population shared by the store and review tests (each test gets its own
/// database file, so tests stay independent).
enum StoreTestSupport {
    static let referenceDate =
        OmegaDate.date(year: 2026, month: 11, day: 15) ?? Date(timeIntervalSince1970: 0)

    static func populatedStore(subscribers: Int = 60, seed: UInt64 = 3) async throws -> (
        SandboxStore, DemoSummary
    ) {
        let store = try SandboxStore.temporary()
        let summary = try await DemoDataGenerator(
            seed: seed, subscribers: subscribers, referenceDate: referenceDate
        )
        .generate(into: store, demoPasswordHash: "demo-hash")
        return (store, summary)
    }

    /// A `J_RELEVE` request as the HTTP layer would file it for the point `pointId`.
    static func readingRequest(
        accountId: String?, pointId: String, contratId: String?, index: Int, date: Date,
        rollover: Bool = false
    ) -> NouvelleDemande {
        let payload =
            #"{"data":{"type":"Partner_Releve","attributes":{"pconso_id":"\#(pointId)","ni":"\#(index)","#
            + #""dateni":"\#(OmegaDate.format(date))","cpttour":"\#(rollover ? 1 : 0)"}}}"#
        return NouvelleDemande(
            code: .releve, titre: "Relevé", payload: Data(payload.utf8), accountId: accountId,
            contratId: contratId,
            pointConsoId: pointId, nouvelIndex: index, dateNouvelIndex: date)
    }
}

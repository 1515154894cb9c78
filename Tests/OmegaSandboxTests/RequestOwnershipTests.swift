import Foundation
import GRDB
import JSONAPI
import Testing

@testable import OmegaSandbox

/// Issue 12: requests belong to the contract, not to the login. Whoever filed a request
/// (online, another login on the same contract, the counter), the subscriber of the contract
/// and the partner of the commune both see it, each request saying where it came from.
@Suite("Requests belong to the contract")
struct RequestOwnershipTests {
    private static let partnerReading = "/api/v1/partner/request/reading"
    private static let subscriberReading = "/api/v1/subscriber/request/reading"

    /// A second verified login on Marie's person (PE1), as when a household shares a contract.
    private static func secondLogin(_ store: SandboxStore) async throws {
        try await store.pool.write { db in
            let hash = try String.fetchOne(
                db, sql: "SELECT password_hash FROM account WHERE account_id = 'a-marie'")
            try db.execute(
                sql: """
                    INSERT INTO account (account_id, email, password_hash, verified, personne_id, created_at)
                    VALUES ('a-marie-2', 'luc@omega.test', ?, 1, 'PE1', '2026-01-02 10:00:00')
                    """, arguments: [hash])
        }
    }

    /// Files a reading on `point` at the counter: Hawk with `ext="agent=<agent>"`.
    private func fileAtCounter(
        _ sandbox: SandboxHarness, point: String, ni: String, agent: String,
        partner: PartnerCredential = SandboxHarness.partner
    ) async throws -> String {
        let body = sandbox.document("Partner_Releve", ["pconso_id": point, "ni": ni, "dateni": "2025-12-01"])
        let reply = try await sandbox.send(
            .post, Self.partnerReading, body: body,
            headers: sandbox.hawk(
                "POST", Self.partnerReading, partner: partner, body: body, ext: "agent=\(agent)"))
        try #require(reply.status == 202, "the counter filing answered \(reply.status): \(reply.json)")
        return try #require(reply.json["data"]?["id"]?.stringValue)
    }

    private func attributes(_ reply: SandboxHarness.Reply, id: String) -> JSONValue? {
        reply.data.first { $0["id"]?.stringValue == id }?["attributes"]
    }

    @Test(
        "a reading filed at the counter is listed for the subscriber, with the agent, in the list and alone")
    func counterFilingVisibleOnline() async throws {
        try await SandboxHarness.with { sandbox in
            let id = try await fileAtCounter(sandbox, point: "P1", ni: "1630", agent: "dupont")
            let (token, _) = try await sandbox.login()
            let list = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(token))
            #expect(list.ids == [id])
            #expect(attributes(list, id: id)?["agent"]?.stringValue == "dupont")
            let single = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
            #expect(single.status == 200)
            #expect(single.json["data"]?["attributes"]?["agent"]?.stringValue == "dupont")
            #expect(single.json["data"]?["attributes"]?["contrat_id"]?.stringValue == "K1")
            // Paul holds no contract of that point: neither the list nor the id shows it.
            let (paul, _) = try await sandbox.login("paul@omega.test")
            let paulList = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(paul))
            #expect(paulList.ids.isEmpty)
            let paulSingle = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(paul))
            #expect(paulSingle.status == 404)
        }
    }

    @Test("a request filed online by one login is seen by another login on the same contract")
    func secondLoginSeesTheFirst() async throws {
        try await SandboxHarness.with(prepare: Self.secondLogin) { sandbox in
            let (marie, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .put, "/api/v1/subscriber/request/personne/PE1",
                body: sandbox.document("Partner_Personne", ["tel": "0466000002"]),
                headers: sandbox.bearer(marie))
            let contact = try #require(filed.json["data"]?["id"]?.stringValue)
            let reading = try await sandbox.send(
                .post, Self.subscriberReading,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P2", "ni": "45", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(marie))
            let readingID = try #require(reading.json["data"]?["id"]?.stringValue)
            let (luc, _) = try await sandbox.login("luc@omega.test")
            let list = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(luc))
            #expect(Set(list.ids) == [contact, readingID])
            #expect(attributes(list, id: readingID)?["agent"] == .null)
        }
    }

    @Test("the partner of the commune sees a request filed online, filtered by contract or person")
    func onlineFilingVisibleAtCounter() async throws {
        try await SandboxHarness.with { sandbox in
            let (marie, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .post, Self.subscriberReading,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(marie))
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            // The counter's query: an OR group on the opened contract and person.
            let path =
                "/api/v1/partner/request?filter%5Bor%5D%5Bcontrat_id%5D%5Beq%5D=K1"
                + "&filter%5Bor%5D%5Bpersonne_id%5D%5Beq%5D=PE1&include=history"
            let list = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path))
            #expect(list.status == 200)
            #expect(list.ids == [id])
            #expect(attributes(list, id: id)?["agent"] == .null)
            let single = "/api/v1/partner/request/\(id)"
            #expect(try await sandbox.send(.get, single, headers: sandbox.hawk("GET", single)).status == 200)
            // Another contract's filter leaves it out.
            let other = "/api/v1/partner/request?filter%5Bcontrat_id%5D%5Beq%5D=K3"
            #expect(try await sandbox.send(.get, other, headers: sandbox.hawk("GET", other)).ids.isEmpty)
        }
    }

    @Test("a partner sees the requests of its communes only, and a counter contact change has a commune")
    func partnerScope() async throws {
        try await SandboxHarness.with { sandbox in
            let (paul, _) = try await sandbox.login("paul@omega.test")
            let anduze = try await sandbox.send(
                .post, Self.subscriberReading,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P4", "ni": "30", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(paul))
            let anduzeID = try #require(anduze.json["data"]?["id"]?.stringValue)
            let contactPath = "/api/v1/partner/request/personne/PE1"
            let contactBody = sandbox.document("Partner_Personne", ["tel": "0466000009"])
            let contact = try await sandbox.send(
                .put, contactPath, body: contactBody,
                headers: sandbox.hawk(
                    "PUT", contactPath, partner: SandboxHarness.allPartner, body: contactBody,
                    ext: "agent=martin"))
            let contactID = try #require(contact.json["data"]?["id"]?.stringValue)
            let path = "/api/v1/partner/request"
            // Alès's partner: Marie's contact change (filed by another partner), not Paul's reading.
            let ales = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path))
            #expect(ales.ids == [contactID])
            #expect(attributes(ales, id: contactID)?["agent"]?.stringValue == "martin")
            let single = "/api/v1/partner/request/\(anduzeID)"
            #expect(try await sandbox.send(.get, single, headers: sandbox.hawk("GET", single)).status == 404)
            let all = try await sandbox.send(
                .get, path, headers: sandbox.hawk("GET", path, partner: SandboxHarness.allPartner))
            #expect(Set(all.ids) == [anduzeID, contactID])
        }
    }
}

import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

@Suite("Subscriber data, demandes, dry run and idempotency over HTTP")
struct SubscriberDataTests {
    @Test("own contracts with default includes; another subscriber's contract is 404")
    func contractsAndIsolation() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, _) = try await sandbox.login()
            let list = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat", headers: sandbox.bearer(access))
            #expect(list.status == 200)
            #expect(Set(list.ids) == ["K1", "K2"])
            #expect(list.data.first?["attributes"]?["actif"]?.stringValue == "1")
            #expect(list.json["jsonapi"]?["meta"] == .array([]))
            let one = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat/K1", headers: sandbox.bearer(access))
            #expect(one.status == 200)
            let types = Set((one.json["included"]?.arrayValue ?? []).compactMap { $0["type"]?.stringValue })
            #expect(
                types.isSuperset(of: ["Partner_Releve", "Partner_Facture", "Partner_Pconso", "Partner_Voie"]))
            #expect(
                try await sandbox.send(.get, "/api/v1/subscriber/contrat/K4", headers: sandbox.bearer(access))
                    .status == 404)
            #expect(try await sandbox.send(.get, "/api/v1/subscriber/contrat").status == 401)
        }
    }

    @Test("readings and invoices: newest first, 20 a page, links and totals")
    func paging() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, _) = try await sandbox.login()
            let first = try await sandbox.send(
                .get, "/api/v1/subscriber/releve?filter%5Bcontrat_id%5D%5Beq%5D=K1",
                headers: sandbox.bearer(access))
            #expect(first.status == 200)
            #expect(first.data.count == 20)
            #expect(first.json["meta"]?["total"]?.numberValue == 30)
            #expect(first.data.first?["attributes"]?["dateni"]?.stringValue == "2025-07-01 00:00:00")
            let next = try #require(first.json["links"]?["next"]?.stringValue)
            let second = try await sandbox.send(.get, next, headers: sandbox.bearer(access))
            #expect(second.data.count == 10)
            let invoices = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?page=2", headers: sandbox.bearer(access))
            #expect(invoices.json["meta"]?["total"]?.numberValue == 26)
            #expect(invoices.data.count == 6)
            let payable = try await sandbox.send(
                .get, "/api/v1/subscriber/facture/pour-paiement/C-100", headers: sandbox.bearer(access))
            #expect(payable.json["data"]?["attributes"]?["nap_cents"]?.numberValue == 7746)
            #expect(
                try await sandbox.send(
                    .get, "/api/v1/subscriber/facture/pour-paiement/C-200", headers: sandbox.bearer(access)
                ).status == 404)
            let messages = try await sandbox.send(
                .get, "/api/v1/subscriber/message", headers: sandbox.bearer(access))
            #expect(messages.ids == ["MS1"])
        }
    }

    @Test("dry run validates without filing and echoes the header; errors point at the field")
    func dryRun() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, _) = try await sandbox.login()
            let path = "/api/v1/subscriber/request/reading"
            let dry = sandbox.bearer(access) + [("Omega-DryRun", "true")]
            let ok = try await sandbox.send(
                .post, path,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2025-12-01"]),
                headers: dry)
            #expect(ok.status == 200)
            #expect(ok.header("Omega-DryRun") == "true")
            #expect(ok.json["data"]?["id"] == nil)
            let low = try await sandbox.send(
                .post, path,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1500", "dateni": "2025-12-01"]),
                headers: dry)
            #expect(low.status == 422)
            #expect(low.errorPointers() == ["/data/attributes/ni"])
            let future = try await sandbox.send(
                .post, path,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2099-01-01"]),
                headers: dry)
            #expect(future.errorPointers() == ["/data/attributes/dateni"])
            let list = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(access))
            #expect(list.data.isEmpty)
        }
    }

    @Test("Idempotency-Key: same body replays the same req_id, another body is 409")
    func idempotency() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, _) = try await sandbox.login()
            let path = "/api/v1/subscriber/request/reading"
            let headers = sandbox.bearer(access) + [("Idempotency-Key", UUID().uuidString)]
            let body = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2025-12-01"])
            let first = try await sandbox.send(.post, path, body: body, headers: headers)
            #expect(first.status == 202)
            let id = try #require(first.json["data"]?["id"]?.stringValue)
            #expect(first.json["data"]?["attributes"]?["req_status"]?.stringValue == "SEND")
            let again = try await sandbox.send(.post, path, body: body, headers: headers)
            #expect(again.status == 202)
            #expect(again.json["data"]?["id"]?.stringValue == id)
            let other = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1640", "dateni": "2025-12-01"])
            #expect(try await sandbox.send(.post, path, body: other, headers: headers).status == 409)
            let list = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(access))
            #expect(list.ids == [id])
            let history = (list.json["included"]?.arrayValue ?? []).filter {
                $0["type"]?.stringValue == "Partner_RequestEvent"
            }
            #expect(history.count == 1)
            // Paul cannot see Marie's request.
            let (paul, _) = try await sandbox.login("paul@omega.test")
            #expect(
                try await sandbox.send(
                    .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(paul)
                ).status == 404)
        }
    }

    @Test("a person update is limited to contact fields and to one's own person")
    func personUpdate() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, _) = try await sandbox.login()
            let own = "/api/v1/subscriber/request/personne/PE1"
            let filed = try await sandbox.send(
                .put, own, body: sandbox.document("Partner_Personne", ["tel": "0466000002"]),
                headers: sandbox.bearer(access))
            #expect(filed.status == 202)
            #expect(filed.json["data"]?["attributes"]?["req_code"]?.stringValue == "J_MAJPER")
            let forbidden = try await sandbox.send(
                .put, own, body: sandbox.document("Partner_Personne", ["nompers": "AUTRE"]),
                headers: sandbox.bearer(access))
            #expect(forbidden.errorPointers() == ["/data/attributes/nompers"])
            let other = try await sandbox.send(
                .put, "/api/v1/subscriber/request/personne/PE3",
                body: sandbox.document("Partner_Personne", ["tel": "0466000003"]),
                headers: sandbox.bearer(access))
            #expect(other.status == 404)
        }
    }
}

import Foundation
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

@Suite("Demande status machine over HTTP")
struct DemandeLifecycleTests {
    private static let readingPath = "/api/v1/subscriber/request/reading"

    /// Polls the request until its status is no longer waiting or the deadline passes.
    private func waitForConclusion(_ sandbox: SandboxHarness, id: String, token: String) async throws
        -> SandboxHarness.Reply
    {
        var reply = try await sandbox.send(
            .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
        for _ in 0..<100 {
            let status = reply.json["data"]?["attributes"]?["req_status"]?.stringValue
            if status != "SEND" && status != "OMEGA" { break }
            try await Task.sleep(for: .milliseconds(100))
            reply = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
        }
        return reply
    }

    @Test("auto review: a plausible reading goes SEND → OMEGA → CLOSED and joins the readings")
    func autoClosesPlausibleReading() async throws {
        try await SandboxHarness.with(review: .auto) { sandbox in
            let (token, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .post, Self.readingPath,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1620", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(token))
            #expect(filed.status == 202)
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            let done = try await waitForConclusion(sandbox, id: id, token: token)
            #expect(done.json["data"]?["attributes"]?["req_status"]?.stringValue == "CLOSED")
            let statuses = (done.json["included"]?.arrayValue ?? []).compactMap {
                $0["attributes"]?["status"]?.stringValue
            }
            #expect(statuses == ["SEND", "OMEGA", "CLOSED"])
            let readings = try await sandbox.send(
                .get, "/api/v1/subscriber/releve?filter%5Bcontrat_id%5D%5Beq%5D=K1&page%5Blimit%5D=1",
                headers: sandbox.bearer(token))
            #expect(readings.data.first?["attributes"]?["ni"]?.stringValue == "1620")
        }
    }

    @Test("auto review: an implausible index is set to CLIENT with a comment asking to confirm")
    func autoQuestionsImplausibleReading() async throws {
        try await SandboxHarness.with(review: .auto) { sandbox in
            let (token, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .post, Self.readingPath,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "9600", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(token))
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            let done = try await waitForConclusion(sandbox, id: id, token: token)
            #expect(done.json["data"]?["attributes"]?["req_status"]?.stringValue == "CLIENT")
            #expect(done.json["data"]?["attributes"]?["comment"]?.stringValue?.isEmpty == false)
        }
    }

    @Test("auto review: a contact update is closed and the person changes")
    func autoAppliesPersonUpdate() async throws {
        try await SandboxHarness.with(review: .auto) { sandbox in
            let (token, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .put, "/api/v1/subscriber/request/personne/PE1",
                body: sandbox.document("Partner_Personne", ["telmobile": "0612345678"]),
                headers: sandbox.bearer(token))
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            let done = try await waitForConclusion(sandbox, id: id, token: token)
            #expect(done.json["data"]?["attributes"]?["req_status"]?.stringValue == "CLOSED")
            let me = try await sandbox.send(.get, "/api/v1/subscriber/me", headers: sandbox.bearer(token))
            let person = (me.json["included"]?.arrayValue ?? []).first {
                $0["type"]?.stringValue == "Partner_Personne"
            }
            #expect(person?["attributes"]?["telmobile"]?.stringValue == "0612345678")
        }
    }

    @Test("manual review: requests wait until the operator refuses them, and the refusal shows over HTTP")
    func manualRefusal() async throws {
        try await SandboxHarness.with(review: .manual) { sandbox in
            let (token, _) = try await sandbox.login()
            let filed = try await sandbox.send(
                .post, Self.readingPath,
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P2", "ni": "60", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(token))
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            try await Task.sleep(for: .milliseconds(500))
            let pending = try await SandboxAdmin.pendingRequests(store: sandbox.server.services.store)
            #expect(pending.contains { $0.hasPrefix(id + " ") })
            _ = try await SandboxAdmin.decide(
                store: sandbox.server.services.store, id: id, decision: .refuse, comment: "Index illisible")
            let reply = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
            #expect(reply.json["data"]?["attributes"]?["req_status"]?.stringValue == "REFUSED")
            #expect(reply.json["data"]?["attributes"]?["comment"]?.stringValue == "Index illisible")
        }
    }
}

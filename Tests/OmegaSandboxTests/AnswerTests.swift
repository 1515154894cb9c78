import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

/// Issue 14: answering the service. A request in `CLIENT` takes the subscriber's (or the
/// counter agent's) text and goes back to `OMEGA`; anything else is refused with a code.
@Suite("Answering the service over HTTP")
struct AnswerTests {
    private static let reading = "/api/v1/subscriber/request/reading"
    private static func answerPath(_ id: String) -> String { "/api/v1/subscriber/request/\(id)/answer" }

    /// Files a plausible index on P1 (manual review: it stays `SEND`) and returns its id.
    private func fileReading(_ sandbox: SandboxHarness, token: String, ni: String = "1620") async throws
        -> String
    {
        let filed = try await sandbox.send(
            .post, Self.reading,
            body: sandbox.document("Partner_Releve", ["pconso_id": "P1", "ni": ni, "dateni": "2025-12-01"]),
            headers: sandbox.bearer(token))
        #expect(filed.status == 202, "\(filed.json)")
        return try #require(filed.json["data"]?["id"]?.stringValue)
    }

    private func answer(_ sandbox: SandboxHarness, token: String, id: String, _ text: String) async throws
        -> SandboxHarness.Reply
    {
        try await sandbox.send(
            .post, Self.answerPath(id), body: sandbox.document("Partner_RequestAnswer", ["answer": text]),
            headers: sandbox.bearer(token))
    }

    private func ask(_ sandbox: SandboxHarness, _ id: String) async throws {
        _ = try await SandboxAdmin.decide(
            store: sandbox.server.services.store, id: id, decision: .ask,
            comment: "Pouvez-vous confirmer votre index ?")
    }

    /// The (status, comment, agent) of each history event, oldest first.
    private func history(_ reply: SandboxHarness.Reply) -> [[String?]] {
        (reply.json["included"]?.arrayValue ?? [])
            .filter { $0["type"]?.stringValue == "Partner_RequestEvent" }
            .map {
                [
                    $0["attributes"]?["status"]?.stringValue, $0["attributes"]?["comment"]?.stringValue,
                    $0["attributes"]?["agent"]?.stringValue,
                ]
            }
    }

    @Test("an answer to a request in CLIENT is kept and sends it back to OMEGA; the service then closes it")
    func answerAccepted() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let id = try await fileReading(sandbox, token: token)
            try await ask(sandbox, id)
            let reply = try await answer(sandbox, token: token, id: id, "  Oui, l'index 1620 est exact.\n")
            #expect(reply.status == 200, "\(reply.json)")
            #expect(reply.json["data"]?["attributes"]?["req_status"]?.stringValue == "OMEGA")
            #expect(history(reply).last == ["OMEGA", "Oui, l'index 1620 est exact.", nil])
            #expect(history(reply).map { $0[0] } == ["SEND", "OMEGA", "CLIENT", "OMEGA"])
            _ = try await SandboxAdmin.decide(
                store: sandbox.server.services.store, id: id, decision: .approve, comment: nil)
            let closed = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
            #expect(closed.json["data"]?["attributes"]?["req_status"]?.stringValue == "CLOSED")
        }
    }

    @Test("an answer to a request that does not wait for one is refused (409, request-not-waiting)")
    func answerRefusedWhenNotWaiting() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let id = try await fileReading(sandbox, token: token)
            let reply = try await answer(sandbox, token: token, id: id, "Bonjour")
            #expect(reply.status == 409)
            let error = try #require(reply.json["errors"]?.arrayValue?.first)
            #expect(error["code"]?.stringValue == "request-not-waiting")
            #expect(error["meta"]?["status"]?.stringValue == "SEND")
            // Nothing moved.
            let after = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
            #expect(after.json["data"]?["attributes"]?["req_status"]?.stringValue == "SEND")
        }
    }

    @Test(
        "an empty or too long answer is refused with its code, and the request still waits",
        arguments: [
            ("   \n ", "field-required", nil as Decimal?),
            (String(repeating: "é", count: AnswerRoutes.maximumLength + 1), "field-too-long", Decimal(2000)),
        ])
    func answerTextRefused(text: String, code: String, max: Decimal?) async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let id = try await fileReading(sandbox, token: token)
            try await ask(sandbox, id)
            let reply = try await answer(sandbox, token: token, id: id, text)
            #expect(reply.status == 422)
            let error = try #require(reply.json["errors"]?.arrayValue?.first)
            #expect(error["code"]?.stringValue == code)
            #expect(error["source"]?["pointer"]?.stringValue == "/data/attributes/answer")
            #expect(error["meta"]?["max"]?.numberValue == max)
            let after = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
            #expect(after.json["data"]?["attributes"]?["req_status"]?.stringValue == "CLIENT")
        }
    }

    @Test("an answer of exactly the maximum length is accepted")
    func answerAtTheLimit() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let id = try await fileReading(sandbox, token: token)
            try await ask(sandbox, id)
            let text = String(repeating: "a", count: AnswerRoutes.maximumLength)
            let reply = try await answer(sandbox, token: token, id: id, text)
            #expect(reply.status == 200)
        }
    }

    @Test("an unknown request answers 404")
    func unknownRequest() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let reply = try await answer(sandbox, token: token, id: "999999", "Bonjour")
            #expect(reply.status == 404)
        }
    }

    @Test("the counter agent answers for the subscriber over Hawk; the move records the agent")
    func counterAgentAnswers() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let id = try await fileReading(sandbox, token: token)
            try await ask(sandbox, id)
            let path = "/api/v1/partner/request/\(id)/answer"
            let body = sandbox.document("Partner_RequestAnswer", ["answer": "L'abonné confirme au guichet."])
            let reply = try await sandbox.send(
                .post, path, body: body,
                headers: sandbox.hawk(
                    "POST", path, partner: SandboxHarness.allPartner, body: body, ext: "agent=dupont"))
            #expect(reply.status == 200, "\(reply.json)")
            #expect(history(reply).last == ["OMEGA", "L'abonné confirme au guichet.", "dupont"])
        }
    }

    @Test("auto review: a consumption the subscriber confirmed by answering is accepted, not asked again")
    func autoReviewAcceptsAnAnsweredQuestion() async throws {
        try await SandboxHarness.with(review: .auto) { sandbox in
            let (token, _) = try await sandbox.login()
            let id = try await fileReading(sandbox, token: token, ni: "9600")
            let asked = try await waitForStatus(sandbox, token: token, id: id) { $0 == "CLIENT" }
            #expect(asked == "CLIENT")
            let reply = try await answer(
                sandbox, token: token, id: id, "Oui, nous avions une fuite, réparée.")
            #expect(reply.status == 200)
            let done = try await waitForStatus(sandbox, token: token, id: id) {
                $0 == "CLOSED" || $0 == "REFUSED"
            }
            #expect(done == "CLOSED")
        }
    }

    private func waitForStatus(
        _ sandbox: SandboxHarness, token: String, id: String, _ done: (String?) -> Bool
    ) async throws -> String? {
        var status: String?
        for _ in 0..<100 {
            let reply = try await sandbox.send(
                .get, "/api/v1/subscriber/request/\(id)", headers: sandbox.bearer(token))
            status = reply.json["data"]?["attributes"]?["req_status"]?.stringValue
            if done(status) { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        return status
    }
}

import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

/// Issue 14, Mon compte over HTTP: the login e-mail changed through a code sent to the new
/// address, the other sessions signed out, the password changed.
@Suite("Mon compte over HTTP")
struct MyAccountTests {
    private func post(_ sandbox: SandboxHarness, _ path: String, token: String, _ body: [String: String])
        async throws -> SandboxHarness.Reply
    {
        try await sandbox.send(
            .post, "/api/v1/subscriber/\(path)", body: sandbox.json(body), headers: sandbox.bearer(token),
            contentType: "application/json")
    }

    private func error(_ reply: SandboxHarness.Reply) -> (code: String?, pointer: String?) {
        let first = reply.json["errors"]?.arrayValue?.first
        return (first?["code"]?.stringValue, first?["source"]?["pointer"]?.stringValue)
    }

    /// The six digits of the newest mail to `recipient` in the outbox.
    private func code(sentTo recipient: String, _ sandbox: SandboxHarness) async throws -> String {
        let mails = try await sandbox.server.services.store.outbox(recipient: recipient)
        let body = try #require(mails.last?.body, "no mail to \(recipient)")
        return String(try #require(body.firstMatch(of: /\d{6}/)).output)
    }

    @Test("the login e-mail changes once the code sent to the new address comes back")
    func emailChangeWithCode() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let wrongPassword = try await post(
                sandbox, "account/email", token: token, ["email": "marie.d@example.org", "password": "nope"])
            #expect(wrongPassword.status == 422)
            #expect(error(wrongPassword) == ("old-password-wrong", "/password"))

            let asked = try await post(
                sandbox, "account/email", token: token,
                ["email": "Marie.D@example.org", "password": MiniPopulation.password])
            #expect(asked.status == 202)
            let mails = try await sandbox.server.services.store.outbox(recipient: "marie.d@example.org")
            #expect(mails.last?.subject == "Confirmez votre nouvelle adresse de connexion")
            let code = try await code(sentTo: "marie.d@example.org", sandbox)

            let wrongCode = try await post(
                sandbox, "account/email/confirm", token: token,
                ["code": code == "000000" ? "111111" : "000000"])
            #expect(wrongCode.status == 422)
            #expect(error(wrongCode) == ("code-invalid", "/code"))

            let confirmed = try await post(sandbox, "account/email/confirm", token: token, ["code": code])
            #expect(confirmed.status == 200)
            #expect(confirmed.json["data"]?["attributes"]?["email"]?.stringValue == "marie.d@example.org")
            // The new address logs in, the old one no longer does; the old one was told.
            _ = try await sandbox.login("marie.d@example.org")
            let old = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: sandbox.json(["email": "marie@omega.test", "password": MiniPopulation.password]),
                contentType: "application/json")
            #expect(old.status == 401)
            let notice = try await sandbox.server.services.store.outbox(recipient: "marie@omega.test")
            #expect(notice.last?.subject == "Votre adresse de connexion a changé")
            // The code is used up.
            let again = try await post(sandbox, "account/email/confirm", token: token, ["code": code])
            #expect(again.status == 422)
        }
    }

    @Test("an address that is not one, or already a login, is refused with its code")
    func emailChangeRefusals() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let invalid = try await post(
                sandbox, "account/email", token: token,
                ["email": "marie.example.org", "password": MiniPopulation.password])
            #expect(invalid.status == 422)
            #expect(error(invalid) == ("email-invalid", "/email"))
            let taken = try await post(
                sandbox, "account/email", token: token,
                ["email": "PAUL@omega.test", "password": MiniPopulation.password])
            #expect(taken.status == 409)
            #expect(error(taken) == ("email-taken", "/email"))
            let unauthenticated = try await sandbox.send(
                .post, "/api/v1/subscriber/account/email",
                body: sandbox.json(["email": "x@example.org", "password": MiniPopulation.password]),
                contentType: "application/json")
            #expect(unauthenticated.status == 401)
        }
    }

    @Test("signing out elsewhere revokes the other refresh-token families and keeps this one")
    func revokeOtherSessions() async throws {
        try await SandboxHarness.with { sandbox in
            let (_, laptop) = try await sandbox.login()
            let (_, phone) = try await sandbox.login()
            let (access, here) = try await sandbox.login()
            let reply = try await post(sandbox, "token/revoke-others", token: access, ["refresh_token": here])
            #expect(reply.status == 200)
            #expect(reply.json["meta"]?["revoked"]?.numberValue == 2)
            for other in [laptop, phone] {
                let refused = try await sandbox.send(
                    .post, "/api/v1/subscriber/token/refresh", body: sandbox.json(["refresh_token": other]),
                    contentType: "application/json")
                #expect(refused.status == 401)
            }
            let kept = try await sandbox.send(
                .post, "/api/v1/subscriber/token/refresh", body: sandbox.json(["refresh_token": here]),
                contentType: "application/json")
            #expect(kept.status == 200)
        }
    }

    @Test("signing out elsewhere needs a live refresh token of this account")
    func revokeOthersNeedsOwnToken() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, _) = try await sandbox.login()
            let (_, pauls) = try await sandbox.login("paul@omega.test")
            let reply = try await post(
                sandbox, "token/revoke-others", token: access, ["refresh_token": pauls])
            #expect(reply.status == 422)
            #expect(error(reply) == ("code-invalid", "/refresh_token"))
            // Paul's session was not touched.
            let still = try await sandbox.send(
                .post, "/api/v1/subscriber/token/refresh", body: sandbox.json(["refresh_token": pauls]),
                contentType: "application/json")
            #expect(still.status == 200)
        }
    }

    @Test("the password changes with the current one; a weak or wrong one is refused with its code")
    func passwordChange() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let wrong = try await sandbox.changePassword(token, "pas-le-bon-1", "Nouveau-Passe-2027")
            #expect(error(wrong) == ("old-password-wrong", "/old_password"))
            let weak = try await sandbox.changePassword(token, MiniPopulation.password, "court")
            #expect(error(weak) == ("password-weak", "/password"))
            let done = try await sandbox.changePassword(token, MiniPopulation.password, "Nouveau-Passe-2027")
            #expect(done.status == 204)
            _ = try await sandbox.login(password: "Nouveau-Passe-2027")
        }
    }
}

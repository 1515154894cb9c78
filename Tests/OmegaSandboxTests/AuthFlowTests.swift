import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

@Suite("Subscriber accounts and tokens over HTTP")
struct AuthFlowTests {
    @Test("login returns a token pair; the access token opens /me; DELETE token revokes the refresh token")
    func loginAndLogout() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, refresh) = try await sandbox.login()
            let me = try await sandbox.send(.get, "/api/v1/subscriber/me", headers: sandbox.bearer(access))
            #expect(me.status == 200)
            #expect(me.json["data"]?["type"]?.stringValue == "Subscriber_Account")
            #expect(me.json["data"]?["attributes"]?["email"]?.stringValue == "marie@omega.test")
            let logout = try await sandbox.send(
                .delete, "/api/v1/subscriber/token", headers: sandbox.bearer(access))
            #expect(logout.status == 204)
            let refreshed = try await sandbox.send(
                .post, "/api/v1/subscriber/token/refresh", body: sandbox.json(["refresh_token": refresh]),
                contentType: "application/json")
            #expect(refreshed.status == 401)
        }
    }

    @Test("a wrong password is 401, an unsigned or foreign token is 401")
    func rejections() async throws {
        try await SandboxHarness.with { sandbox in
            let wrong = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: sandbox.json(["email": "marie@omega.test", "password": "nope-nope-1"]),
                contentType: "application/json")
            #expect(wrong.status == 401)
            #expect(wrong.json["errors"]?.arrayValue?.isEmpty == false)
            let (access, _) = try await sandbox.login()
            let parts = access.split(separator: ".")
            let noneHeader = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64EncodedString()
                .replacingOccurrences(of: "=", with: "")
            let unsigned = "\(noneHeader).\(parts[1])."
            let forged = "\(parts[0]).\(parts[1]).\(String(parts[2].reversed()))"
            for token in [unsigned, forged, "garbage"] {
                let reply = try await sandbox.send(
                    .get, "/api/v1/subscriber/me", headers: sandbox.bearer(token))
                #expect(reply.status == 401, "token \(token.prefix(20)) answered \(reply.status)")
            }
        }
    }

    @Test("refresh rotates; reusing a dead refresh token revokes the whole family")
    func rotationAndFamilyRevocation() async throws {
        try await SandboxHarness.with { sandbox in
            let (_, first) = try await sandbox.login()
            let rotate = { (token: String) in
                try await sandbox.send(
                    .post, "/api/v1/subscriber/token/refresh", body: sandbox.json(["refresh_token": token]),
                    contentType: "application/json")
            }
            let second = try await rotate(first)
            #expect(second.status == 200)
            let secondToken = try #require(second.json["refresh_token"]?.stringValue)
            #expect(secondToken != first)
            #expect(second.json["expires_in"]?.numberValue == 1200)
            #expect(second.json["refresh_expires_in"]?.numberValue == 7200)
            // The first token is dead: reusing it is theft, and the family dies with it.
            #expect(try await rotate(first).status == 401)
            #expect(try await rotate(secondToken).status == 401)
        }
    }

    @Test("5 failed logins within 15 minutes give 429 with Retry-After, even with the right password")
    func rateLimit() async throws {
        try await SandboxHarness.with { sandbox in
            for _ in 0..<5 {
                let reply = try await sandbox.send(
                    .post, "/api/v1/subscriber/token",
                    body: sandbox.json(["email": "paul@omega.test", "password": "wrong-password-1"]),
                    contentType: "application/json")
                #expect(reply.status == 401)
            }
            let locked = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: sandbox.json(["email": "paul@omega.test", "password": MiniPopulation.password]),
                contentType: "application/json")
            #expect(locked.status == 429)
            let retryAfter = try #require(locked.header("Retry-After").flatMap { Int($0) })
            #expect(retryAfter > 0 && retryAfter <= 900)
        }
    }

    @Test("account creation needs a matching contract and invoice, then an e-mailed code from the outbox")
    func accountCreationAndVerification() async throws {
        try await SandboxHarness.with { sandbox in
            let create = { (contract: String, invoice: String, password: String) in
                try await sandbox.send(
                    .post, "/api/v1/subscriber/account",
                    body: sandbox.document(
                        "Subscriber_Account",
                        [
                            "email": "jean@omega.test", "password": password, "numcontrat": contract,
                            "nofacture": invoice,
                        ]))
            }
            #expect(try await create("C-102", "999999", "Solide-mot-2026").status == 422)
            #expect(try await create("C-102", "300001", "court").status == 422)
            let created = try await create("C-102", "300001", "Solide-mot-2026")
            #expect(created.status == 201)
            #expect(created.json["data"]?["attributes"]?["verified"]?.stringValue == "0")
            #expect(try await create("C-102", "300001", "Solide-mot-2026").status == 409)
            // Not verified yet: the right password gets 403.
            let early = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: sandbox.json(["email": "jean@omega.test", "password": "Solide-mot-2026"]),
                contentType: "application/json")
            #expect(early.status == 403)
            let outbox = try await SandboxAdmin.outbox(store: sandbox.server.services.store)
            let line = try #require(outbox.last { $0.contains("jean@omega.test") })
            let code = try #require(
                line.split(separator: " ").first { $0.count == 6 && $0.allSatisfy(\.isNumber) })
            let wrong = try await sandbox.send(
                .post, "/api/v1/subscriber/account/verify",
                body: sandbox.json(["email": "jean@omega.test", "code": "000000"]),
                contentType: "application/json")
            #expect(wrong.status == 422 || String(code) == "000000")
            let verified = try await sandbox.send(
                .post, "/api/v1/subscriber/account/verify",
                body: sandbox.json(["email": "jean@omega.test", "code": String(code)]),
                contentType: "application/json")
            #expect(verified.status == 200)
            _ = try await sandbox.login("jean@omega.test", password: "Solide-mot-2026")
        }
    }

    @Test("password reset by outbox code revokes refresh tokens; password change needs the old one")
    func passwordResetAndChange() async throws {
        try await SandboxHarness.with { sandbox in
            let (access, refresh) = try await sandbox.login("paul@omega.test")
            let unknown = try await sandbox.send(
                .post, "/api/v1/subscriber/password/reset-request",
                body: sandbox.json(["email": "nobody@omega.test"]),
                contentType: "application/json")
            #expect(unknown.status == 202)
            let asked = try await sandbox.send(
                .post, "/api/v1/subscriber/password/reset-request",
                body: sandbox.json(["email": "paul@omega.test"]),
                contentType: "application/json")
            #expect(asked.status == 202)
            let outbox = try await SandboxAdmin.outbox(store: sandbox.server.services.store)
            let line = try #require(outbox.last { $0.contains("paul@omega.test") })
            let code = try #require(
                line.split(separator: " ").first { $0.count == 6 && $0.allSatisfy(\.isNumber) })
            let reset = try await sandbox.send(
                .post, "/api/v1/subscriber/password/reset",
                body: sandbox.json([
                    "email": "paul@omega.test", "code": String(code), "password": "Nouveau-mot-2027",
                ]),
                contentType: "application/json")
            #expect(reset.status == 204)
            let stale = try await sandbox.send(
                .post, "/api/v1/subscriber/token/refresh", body: sandbox.json(["refresh_token": refresh]),
                contentType: "application/json")
            #expect(stale.status == 401)
            let badChange = try await sandbox.changePassword(access, "pas-le-bon-1", "Encore-autre-2028")
            #expect(badChange.status == 422)
            let change = try await sandbox.changePassword(access, "Nouveau-mot-2027", "Encore-autre-2028")
            #expect(change.status == 204)
            _ = try await sandbox.login("paul@omega.test", password: "Encore-autre-2028")
        }
    }
}

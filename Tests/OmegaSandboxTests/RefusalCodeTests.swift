import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

/// Issue 12: every refusal names its rule with a stable `code` (docs/api.md), points at the
/// member at fault and gives in `meta` the values the client's sentence needs.
@Suite("Refusal codes over HTTP")
struct RefusalCodeTests {
    private static let reading = "/api/v1/subscriber/request/reading"

    /// One error entry, as the tests read it.
    struct Refused: Equatable, CustomStringConvertible {
        var code: String?
        var pointer: String?
        var meta: [String: JSONValue] = [:]
        var description: String { "\(code ?? "nil") at \(pointer ?? "nil") \(meta)" }
    }

    private func refusals(_ reply: SandboxHarness.Reply) -> [Refused] {
        (reply.json["errors"]?.arrayValue ?? []).map {
            Refused(
                code: $0["code"]?.stringValue, pointer: $0["source"]?["pointer"]?.stringValue,
                meta: $0["meta"]?.objectValue ?? [:])
        }
    }

    private func fileReading(
        _ sandbox: SandboxHarness, token: String, _ attributes: [String: String], dryRun: Bool = false
    ) async throws -> SandboxHarness.Reply {
        try await sandbox.send(
            .post, Self.reading, body: sandbox.document("Partner_Releve", attributes),
            headers: sandbox.bearer(token) + (dryRun ? [("Omega-DryRun", "true")] : []))
    }

    @Test(
        "reading rules: each refusal has its code, its field and its values",
        arguments: [
            (
                ["pconso_id": "P1", "ni": "1500", "dateni": "2025-12-01"],
                Refused(
                    code: "index-below-last", pointer: "/data/attributes/ni",
                    meta: ["last_index": .number(1600)])
            ),
            (
                ["pconso_id": "P1", "ni": "douze", "dateni": "2025-12-01"],
                Refused(code: "index-invalid", pointer: "/data/attributes/ni")
            ),
            (
                ["pconso_id": "P1", "ni": "1630", "dateni": "2099-01-01"],
                Refused(code: "date-in-future", pointer: "/data/attributes/dateni")
            ),
            (
                ["pconso_id": "P1", "ni": "1630", "dateni": "2025-06-01"],
                Refused(
                    code: "date-not-after-last", pointer: "/data/attributes/dateni",
                    meta: ["last_date": .string("2025-07-01")])
            ),
            (
                ["pconso_id": "P1", "ni": "1630", "dateni": "01/12/2025"],
                Refused(code: "date-invalid", pointer: "/data/attributes/dateni")
            ),
            (
                ["pconso_id": "P4", "ni": "30", "dateni": "2025-12-01"],
                Refused(code: "point-unknown", pointer: "/data/attributes/pconso_id")
            ),
        ])
    func readingRules(attributes: [String: String], expected: Refused) async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            for dryRun in [true, false] {
                let reply = try await fileReading(sandbox, token: token, attributes, dryRun: dryRun)
                #expect(reply.status == 422)
                #expect(refusals(reply) == [expected], "dry run \(dryRun): \(reply.json)")
            }
        }
    }

    @Test("a second index for a meter while the first is open is refused with its number, until it is closed")
    func secondOpenReading() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let first = try await fileReading(
                sandbox, token: token, ["pconso_id": "P1", "ni": "1620", "dateni": "2025-12-01"])
            #expect(first.status == 202)
            let id = try #require(first.json["data"]?["id"]?.stringValue)
            let second = ["pconso_id": "P1", "ni": "1640", "dateni": "2025-12-15"]
            let expected = Refused(
                code: "reading-already-open", pointer: "/data/attributes/ni",
                meta: ["request_id": .string(id)])
            for dryRun in [true, false] {
                let refused = try await fileReading(sandbox, token: token, second, dryRun: dryRun)
                #expect(refused.status == 422)
                #expect(refusals(refused) == [expected])
            }
            // At the counter too: the rule is the meter's, whoever files.
            let path = "/api/v1/partner/request/reading"
            let body = sandbox.document("Partner_Releve", second)
            let counter = try await sandbox.send(
                .post, path, body: body, headers: sandbox.hawk("POST", path, body: body, ext: "agent=dupont"))
            #expect(refusals(counter) == [expected])
            // Another meter is free, and once the first is closed the second goes through.
            let other = try await fileReading(
                sandbox, token: token, ["pconso_id": "P2", "ni": "45", "dateni": "2025-12-01"])
            #expect(other.status == 202)
            _ = try await SandboxAdmin.decide(
                store: sandbox.server.services.store, id: id, decision: .approve, comment: nil)
            #expect(try await fileReading(sandbox, token: token, second).status == 202)
        }
    }

    @Test(
        "contact rules: each refusal has its code, its field and its values",
        arguments: [
            (["tel": "12"], Refused(code: "phone-invalid", pointer: "/data/attributes/tel")),
            (
                ["telmobile": "06 12 34 56 7"],
                Refused(code: "phone-invalid", pointer: "/data/attributes/telmobile")
            ),
            (["mail": "marie.omega.test"], Refused(code: "email-invalid", pointer: "/data/attributes/mail")),
            (["cppers": "3010"], Refused(code: "postcode-invalid", pointer: "/data/attributes/cppers")),
            (
                ["adrpers1": String(repeating: "A", count: 39)],
                Refused(
                    code: "field-too-long", pointer: "/data/attributes/adrpers1", meta: ["max": .number(38)])
            ),
            (
                ["nompers": "AUTRE"],
                Refused(code: "field-not-changeable", pointer: "/data/attributes/nompers")
            ),
            ([:], Refused(code: "nothing-to-change", pointer: "/data/attributes")),
        ])
    func contactRules(attributes: [String: String], expected: Refused) async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let reply = try await sandbox.send(
                .put, "/api/v1/subscriber/request/personne/PE1",
                body: sandbox.document("Partner_Personne", attributes), headers: sandbox.bearer(token))
            #expect(reply.status == 422)
            #expect(refusals(reply) == [expected], "\(reply.json)")
        }
    }

    @Test("French phone numbers in their usual forms are accepted")
    func phoneForms() {
        for accepted in [
            "0612345678", "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33612345678",
        ] {
            #expect(DemandeValidation.isFrenchPhone(accepted), "\(accepted)")
        }
        for refused in ["612345678", "+3306123456789", "06 12 34 56 7", "0612345678x", "+44 20 7946 0958"] {
            #expect(!DemandeValidation.isFrenchPhone(refused), "\(refused)")
        }
    }

    private func createAccount(
        _ sandbox: SandboxHarness, email: String = "jean@omega.test", password: String = "Solide-mot-2026",
        contract: String = "C-102", invoice: String = "300001"
    ) async throws -> SandboxHarness.Reply {
        try await sandbox.send(
            .post, "/api/v1/subscriber/account",
            body: sandbox.document(
                "Subscriber_Account",
                ["email": email, "password": password, "numcontrat": contract, "nofacture": invoice]))
    }

    @Test("sign-up names the field at fault: contract, invoice, e-mail, password")
    func signUpRules() async throws {
        try await SandboxHarness.with { sandbox in
            let unknown = try await createAccount(sandbox, contract: "C-999")
            #expect(unknown.status == 422)
            #expect(
                refusals(unknown) == [
                    Refused(code: "contract-unknown", pointer: "/data/attributes/numcontrat")
                ])
            // 100000 is an invoice of C-100, not of C-102.
            let mismatch = try await createAccount(sandbox, invoice: "100000")
            #expect(
                refusals(mismatch) == [
                    Refused(code: "invoice-mismatch", pointer: "/data/attributes/nofacture")
                ])
            let weakAndInvalid = try await createAccount(sandbox, email: "jean", password: "court")
            #expect(
                refusals(weakAndInvalid) == [
                    Refused(code: "email-invalid", pointer: "/data/attributes/email"),
                    Refused(code: "password-weak", pointer: "/data/attributes/password"),
                ])
            let missing = try await sandbox.send(
                .post, "/api/v1/subscriber/account",
                body: sandbox.document("Subscriber_Account", ["email": "jean@omega.test", "password": "x"]))
            #expect(
                refusals(missing).first
                    == Refused(code: "field-required", pointer: "/data/attributes/numcontrat"))
            let taken = try await createAccount(sandbox, email: "marie@omega.test")
            #expect(taken.status == 409)
            #expect(refusals(taken) == [Refused(code: "email-taken", pointer: "/data/attributes/email")])
        }
    }

    @Test("codes and passwords: code-invalid, password-weak, old-password-wrong, field-required")
    func accountRules() async throws {
        try await SandboxHarness.with { sandbox in
            let post = { (path: String, body: [String: String]) in
                try await sandbox.send(
                    .post, "/api/v1/subscriber/\(path)", body: sandbox.json(body),
                    contentType: "application/json")
            }
            #expect(try await createAccount(sandbox).status == 201)
            let verify = try await post("account/verify", ["email": "jean@omega.test", "code": "abcdef"])
            #expect(refusals(verify) == [Refused(code: "code-invalid", pointer: "/code")])
            let reset = try await post(
                "password/reset",
                ["email": "marie@omega.test", "code": "abcdef", "password": "Nouveau-mot-2027"])
            #expect(refusals(reset) == [Refused(code: "code-invalid", pointer: "/code")])
            let weakReset = try await post(
                "password/reset", ["email": "marie@omega.test", "code": "123456", "password": "court"])
            #expect(refusals(weakReset) == [Refused(code: "password-weak", pointer: "/password")])
            let noPassword = try await post("token", ["email": "marie@omega.test"])
            #expect(refusals(noPassword) == [Refused(code: "field-required", pointer: "/password")])
            let (token, _) = try await sandbox.login()
            #expect(
                refusals(try await sandbox.changePassword(token, "pas-le-bon-1", "Encore-autre-2028"))
                    == [Refused(code: "old-password-wrong", pointer: "/old_password")])
            #expect(
                refusals(try await sandbox.changePassword(token, MiniPopulation.password, "court"))
                    == [Refused(code: "password-weak", pointer: "/password")])
        }
    }

    @Test("Omega's own errors keep the HTTP status in code; every refusal code is a documented one")
    func statusCodesAndCatalogue() async throws {
        try await SandboxHarness.with { sandbox in
            let missing = try await sandbox.send(.get, "/api/v1/partner/test-404")
            #expect(missing.json["errors"]?.arrayValue?.first?["code"]?.stringValue == "404")
        }
        let documentation = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("docs/api.md"), encoding: .utf8)
        for code in RefusalCode.allCases {
            #expect(documentation.contains("| `\(code.rawValue)` |"), "docs/api.md lacks \(code.rawValue)")
        }
    }
}

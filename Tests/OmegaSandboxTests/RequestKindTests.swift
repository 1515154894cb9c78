import Foundation
import GRDB
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

/// Issue 14: our request kinds over real HTTP — the advertised list, the flag that turns
/// them off, each kind's validation (refusals with their code and field) and its review.
@Suite("Request kinds over HTTP")
struct RequestKindTests {
    /// An IBAN published as valid (the French example of the ECBS/SWIFT IBAN registry).
    static let frenchIBAN = "FR14 2004 1010 0505 0001 3M02 606"
    /// The German example of the IBAN registry: valid, but not a French account.
    static let germanIBAN = "DE89 3704 0044 0532 0130 00"

    struct Refused: Equatable, CustomStringConvertible {
        var code: String?
        var pointer: String?
        var description: String { "\(code ?? "nil") at \(pointer ?? "nil")" }
    }

    static func refusals(_ reply: SandboxHarness.Reply) -> [Refused] {
        (reply.json["errors"]?.arrayValue ?? []).map {
            Refused(code: $0["code"]?.stringValue, pointer: $0["source"]?["pointer"]?.stringValue)
        }
    }

    /// Files a request of `kind` as Marie (`dryRun`: validation only).
    static func file(
        _ sandbox: SandboxHarness, _ token: String, _ kind: String, _ attributes: [String: String],
        dryRun: Bool = false
    ) async throws -> SandboxHarness.Reply {
        try await sandbox.send(
            .post, "/api/v1/subscriber/request/\(kind)",
            body: sandbox.document("Partner_Demande", attributes),
            headers: sandbox.bearer(token) + (dryRun ? [("Omega-DryRun", "true")] : []))
    }

    /// The latest invoice of K1 (`100024`, unpaid) offers three instalments.
    static func offerInstalments(_ store: SandboxStore) async throws {
        try await store.pool.write { db in
            try db.execute(
                sql: """
                    UPDATE facture SET p_nf_possible = 1, echeance1 = '25.82', echeance2 = '25.82',
                    vad = '100024svi', vad_recur1 = '100024svi-1', vad_recur2 = '100024svi-2',
                    vad_recur3 = '100024svi-3' WHERE facture_id = 'F1-24'
                    """)
        }
    }

    /// Files, takes the request through the review with `decide`, and returns its final state.
    static func fileAndReview(
        _ sandbox: SandboxHarness, _ token: String, _ kind: String, _ attributes: [String: String],
        approve: Bool = true
    ) async throws -> (status: String?, comment: String?) {
        let filed = try await file(sandbox, token, kind, attributes)
        #expect(filed.status == 202, "\(filed.json)")
        let id = try #require(filed.json["data"]?["id"]?.stringValue)
        let review = sandbox.server.services.review
        let decided = approve ? try await review.approve(id, comment: nil) : try await review.autoDecide(id)
        return (decided.statut?.rawValue, decided.commentaire)
    }

    @Test("the subscriber and the partner are told which kinds are accepted")
    func advertised() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let subscriber = try await sandbox.send(
                .get, "/api/v1/subscriber/request-kind", headers: sandbox.bearer(token))
            #expect(subscriber.status == 200)
            #expect(
                Set(subscriber.ids)
                    == [
                        "reading", "personne", "installments", "direct-debit", "e-invoice", "move-out",
                        "move-in",
                        "invoice-copy",
                    ])
            #expect(
                subscriber.data.first { $0["id"] == "direct-debit" }?["attributes"]?["req_code"]
                    == "J_PRELEVEMENT")
            let path = "/api/v1/partner/request-kind"
            let partner = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path))
            #expect(partner.status == 200)
            #expect(Set(partner.ids) == Set(subscriber.ids).union(["bill"]))
        }
    }

    @Test("with the extensions off, request-kind and our kinds answer 404 and Omega's kinds still work")
    func extensionsOff() async throws {
        try await SandboxHarness.with(extensions: false) { sandbox in
            let (token, _) = try await sandbox.login()
            let kinds = try await sandbox.send(
                .get, "/api/v1/subscriber/request-kind", headers: sandbox.bearer(token))
            #expect(kinds.status == 404)
            let path = "/api/v1/partner/request-kind"
            #expect(try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path)).status == 404)
            let debit = try await Self.file(
                sandbox, token, "e-invoice",
                ["contrat_id": "K1", "efacture": "1", "mail": "marie@omega.test"])
            #expect(debit.status == 404)
            let reading = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading",
                body: sandbox.document(
                    "Partner_Releve", ["pconso_id": "P1", "ni": "1620", "dateni": "2025-12-01"]),
                headers: sandbox.bearer(token))
            #expect(reading.status == 202)
        }
    }

    @Test(
        "each kind refuses what breaks its rules, with the code and the field",
        arguments: [
            (
                "installments", ["contrat_id": "K2", "nofacture": "200001", "nb_echeances": "3"],
                [Refused(code: "instalments-not-offered", pointer: "/data/attributes/nofacture")]
            ),
            (
                "installments", ["contrat_id": "K1", "nofacture": "999999", "nb_echeances": "4"],
                [
                    Refused(code: "choice-invalid", pointer: "/data/attributes/nb_echeances"),
                    Refused(code: "invoice-unknown", pointer: "/data/attributes/nofacture"),
                ]
            ),
            (
                "direct-debit",
                [
                    "contrat_id": "K1", "iban": "FR14 2004 1010 0505 0001 3M02 607", "bic": "PSSTFRPPXXX",
                    "titulaire": "Marie Durand", "rythme": "mensuel", "mandat": "1",
                ],
                [Refused(code: "iban-checksum", pointer: "/data/attributes/iban")]
            ),
            (
                "direct-debit",
                [
                    "contrat_id": "K1", "iban": "FR14 2004 1010 0505 0001 3M02 60", "bic": "PSST",
                    "titulaire": "Marie Durand", "rythme": "chaque jour", "mandat": "0",
                ],
                [
                    Refused(code: "iban-length", pointer: "/data/attributes/iban"),
                    Refused(code: "bic-invalid", pointer: "/data/attributes/bic"),
                    Refused(code: "choice-invalid", pointer: "/data/attributes/rythme"),
                    Refused(code: "mandate-not-accepted", pointer: "/data/attributes/mandat"),
                ]
            ),
            (
                "direct-debit",
                [
                    "contrat_id": "K3", "iban": "XX00 1234", "bic": "PSSTFRPP", "titulaire": "M",
                    "rythme": "mensuel",
                    "mandat": "1",
                ],
                [
                    Refused(code: "contract-not-found", pointer: "/data/attributes/contrat_id"),
                    Refused(code: "iban-invalid", pointer: "/data/attributes/iban"),
                ]
            ),
            (
                "e-invoice", ["contrat_id": "K1", "efacture": "1", "mail": "marie.omega.test"],
                [Refused(code: "email-invalid", pointer: "/data/attributes/mail")]
            ),
            (
                "move-out",
                [
                    "contrat_id": "K1", "ni": "1500", "dateni": "2025-12-01", "adrpers1": "3 rue Neuve",
                    "cppers": "3010",
                    "villepers": "Nîmes",
                ],
                [
                    Refused(code: "postcode-invalid", pointer: "/data/attributes/cppers"),
                    Refused(code: "index-below-last", pointer: "/data/attributes/ni"),
                ]
            ),
            (
                "move-in",
                [
                    "adrpers1": "", "cppers": "30000", "villepers": "Nîmes", "ni": "douze",
                    "dateni": "2026-01-05",
                ],
                [
                    Refused(code: "field-required", pointer: "/data/attributes/adrpers1"),
                    Refused(code: "index-invalid", pointer: "/data/attributes/ni"),
                ]
            ),
            (
                "invoice-copy", ["contrat_id": "K1", "nofacture": "200001", "mail": "marie@omega.test"],
                [Refused(code: "invoice-unknown", pointer: "/data/attributes/nofacture")]
            ),
        ])
    func refusals(kind: String, attributes: [String: String], expected: [Refused]) async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            for dryRun in [true, false] {
                let reply = try await Self.file(sandbox, token, kind, attributes, dryRun: dryRun)
                #expect(reply.status == 422)
                #expect(
                    Set(Self.refusals(reply).map(\.description)) == Set(expected.map(\.description)),
                    "dry run \(dryRun): \(reply.json)")
            }
        }
    }

    @Test("payment in three instalments: accepted, then granted with the dates of each instalment")
    func installments() async throws {
        try await SandboxHarness.with(prepare: Self.offerInstalments) { sandbox in
            let (token, _) = try await sandbox.login()
            let attributes = ["contrat_id": "K1", "nofacture": "100024", "nb_echeances": "3"]
            let preview = try await Self.file(sandbox, token, "installments", attributes, dryRun: true)
            #expect(preview.status == 200)
            #expect(preview.json["data"]?["attributes"]?["req_code"] == "J_ECHEANCIER")
            let (status, comment) = try await Self.fileAndReview(
                sandbox, token, "installments", attributes, approve: false)
            #expect(status == "CLOSED")
            #expect(
                comment
                    == "Paiement en 3 fois accordé : 25,82 € le 15/03/2025, 25,82 € le 15/04/2025, 25,82 € le 15/05/2025."
            )
            let again = try await Self.file(sandbox, token, "installments", attributes)
            #expect(again.status == 202, "a closed request does not block the next one")
        }
    }

    @Test("direct debit: a valid French IBAN is accepted and the contract is debited from the next invoice")
    func directDebitAccepted() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let attributes = [
                "contrat_id": "K1", "iban": Self.frenchIBAN, "bic": "PSSTFRPPXXX",
                "titulaire": "Marie Durand",
                "rythme": "mensuel", "mandat": "1",
            ]
            let filed = try await Self.file(sandbox, token, "direct-debit", attributes)
            #expect(filed.status == 202)
            let summary = filed.json["data"]?["attributes"]?["req_summary"]?.stringValue ?? ""
            #expect(summary.hasSuffix("•••2606, titulaire Marie Durand"), "\(summary)")
            #expect(!String(decoding: filed.body, as: UTF8.self).contains("20041010050500013M02606"))
            let second = try await Self.file(sandbox, token, "direct-debit", attributes)
            #expect(
                Self.refusals(second) == [Refused(code: "request-already-open", pointer: "/data/attributes")])
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            let decided = try await sandbox.server.services.review.autoDecide(id)
            #expect(decided.statut?.rawValue == "CLOSED")
            #expect(decided.commentaire?.contains("à partir de votre prochaine facture") == true)
            let contract = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat/K1", headers: sandbox.bearer(token))
            #expect(contract.json["data"]?["attributes"]?["prelevement"] == "1")
            // The next invoice (issued after the debit started) is debited; the earlier ones not.
            try await sandbox.server.services.store.pool.write { db in
                try db.execute(
                    sql: "UPDATE facture SET datefact = '2099-01-15 00:00:00' WHERE facture_id = 'F1-24'")
            }
            let invoices = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?filter%5Bcontrat_id%5D%5Beq%5D=K1&sort=-datefact",
                headers: sandbox.bearer(token))
            let debited = invoices.data.prefix(2).map { $0["attributes"]?["preleve"]?.stringValue }
            #expect(debited == ["1", "0"])
        }
    }

    @Test("direct debit: a valid foreign IBAN is refused by the review with a French reason")
    func directDebitForeign() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let (status, comment) = try await Self.fileAndReview(
                sandbox, token, "direct-debit",
                [
                    "contrat_id": "K1", "iban": Self.germanIBAN, "bic": "COBADEFFXXX",
                    "titulaire": "Marie Durand",
                    "rythme": "echeance", "mandat": "1",
                ], approve: false)
            #expect(status == "REFUSED")
            #expect(
                comment?.hasPrefix(
                    "Le prélèvement automatique n'est possible que sur un compte tenu en France") == true)
        }
    }

    @Test("electronic invoices: accepted, then the contract sends invoices by e-mail")
    func eInvoice() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let (status, comment) = try await Self.fileAndReview(
                sandbox, token, "e-invoice",
                ["contrat_id": "K1", "efacture": "1", "mail": "marie@omega.test"],
                approve: false)
            #expect(status == "CLOSED")
            #expect(comment == "Vos prochaines factures seront envoyées à marie@omega.test.")
            let contract = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat/K1", headers: sandbox.bearer(token))
            #expect(contract.json["data"]?["attributes"]?["efacture"] == "1")
        }
    }

    @Test("moving out: the contract shows the termination requested until the service ends it")
    func moveOut() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let filed = try await Self.file(
                sandbox, token, "move-out",
                [
                    "contrat_id": "K1", "ni": "1630", "dateni": "2025-12-01", "adrpers1": "3 rue Neuve",
                    "cppers": "30000", "villepers": "Nîmes",
                ])
            #expect(filed.status == 202, "\(filed.json)")
            #expect(filed.json["data"]?["attributes"]?["req_code"] == "J_DEPART")
            let open = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat/K1", headers: sandbox.bearer(token))
            #expect(open.json["data"]?["attributes"]?["resiliation_demandee"] == "1")
            let id = try #require(filed.json["data"]?["id"]?.stringValue)
            let decided = try await sandbox.server.services.review.autoDecide(id)
            #expect(decided.statut?.rawValue == "CLOSED", "\(decided.commentaire ?? "")")
            #expect(
                decided.commentaire?.hasPrefix("Contrat résilié au 01/12/2025 avec l'index 1630 m³.") == true)
            let closed = try await sandbox.send(
                .get, "/api/v1/subscriber/contrat/K1", headers: sandbox.bearer(token))
            #expect(closed.json["data"]?["attributes"]?["resiliation_demandee"] == "0")
            #expect(closed.json["data"]?["attributes"]?["actif"] == "0")
            let readings = try await sandbox.send(
                .get, "/api/v1/subscriber/releve?filter%5Bcontrat_id%5D%5Beq%5D=K1&sort=-dateni",
                headers: sandbox.bearer(token))
            #expect(readings.data.first?["attributes"]?["ni"] == "1630")
        }
    }

    @Test("moving in: accepted with the address, the date and the starting index")
    func moveIn() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let (status, comment) = try await Self.fileAndReview(
                sandbox, token, "move-in",
                [
                    "adrpers1": "3 rue Neuve", "cppers": "30000", "villepers": "Nîmes", "ni": "12",
                    "dateni": "2026-01-05",
                ],
                approve: false)
            #expect(status == "CLOSED")
            #expect(
                comment
                    == "Votre contrat au 3 rue Neuve, 30000 Nîmes est ouvert à compter du 05/01/2026 avec l'index 12 m³."
            )
        }
    }

    @Test("invoice copy: once closed, the e-mail is in the outbox")
    func invoiceCopy() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let (status, _) = try await Self.fileAndReview(
                sandbox, token, "invoice-copy",
                ["contrat_id": "K1", "nofacture": "100003", "mail": "copie@omega.test"],
                approve: false)
            #expect(status == "CLOSED")
            let mails = try await sandbox.server.services.store.outbox(recipient: "copie@omega.test")
            #expect(mails.map(\.subject) == ["Duplicata de votre facture 100003"])
            #expect(
                mails.first?.body.contains("facture n° 100003 du 15/03/2004, d'un montant de 77.46 € TTC")
                    == true)
        }
    }

    @Test(
        "at the counter: a kind filed for a subscriber records the agent; a person outside the partner is refused"
    )
    func counter() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/request/e-invoice"
            let body = sandbox.document("Partner_Demande", ["contrat_id": "K1", "efacture": "0"])
            let filed = try await sandbox.send(
                .post, path, body: body, headers: sandbox.hawk("POST", path, body: body, ext: "agent=dupont"))
            #expect(filed.status == 202, "\(filed.json)")
            #expect(filed.json["data"]?["attributes"]?["agent"] == "dupont")
            let outside = sandbox.document("Partner_Demande", ["contrat_id": "K4", "efacture": "0"])
            let refused = try await sandbox.send(
                .post, path, body: outside,
                headers: sandbox.hawk("POST", path, body: outside, ext: "agent=dupont"))
            #expect(
                Self.refusals(refused) == [
                    Refused(code: "contract-not-found", pointer: "/data/attributes/contrat_id")
                ])
        }
    }
}

extension ReviewService {
    /// Takes a request up and concludes it by the rules at once, as the auto mode would.
    func autoDecide(_ id: String) async throws -> Demande {
        let later = Date().addingTimeInterval(3600)
        _ = try await autoStep(now: later)
        _ = try await autoStep(now: later.addingTimeInterval(3600))
        let demande = try await store.pool.read { db in try SandboxStore.request(db, id: id) }
        return try #require(demande)
    }
}

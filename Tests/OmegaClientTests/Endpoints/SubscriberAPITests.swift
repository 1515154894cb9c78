import Foundation
import Hummingbird
import JSONAPI
import OmegaClient
import Testing

@Suite("SubscriberAPI: paths, queries, bodies and typed answers")
struct SubscriberAPITests {
    /// Runs `body` with a signed-in API against a token server plus `routes`.
    static func withAPI(
        _ routes: @escaping Routes, _ body: @Sendable (SubscriberAPI) async throws -> Void
    ) async throws {
        let tokens = TokenServer()
        let allRoutes: Routes = { router in
            tokens.routes(router)
            routes(router)
        }
        try await serve(allRoutes) { transport in
            let api = SubscriberAPI(session: SubscriberSession(transport: transport))
            try await api.login(email: "ana@example.org", password: "correct horse")
            try await body(api)
        }
    }

    @Test("releves asks for one contract, newest first, the requested page, with the access token")
    func releves() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/subscriber/releve") { request, _ in
                recorder.record("target", request.head.path ?? "")
                recorder.record("authorization", request.header("Authorization") ?? "")
                return Response.jsonAPI(
                    200,
                    """
                    {"data":[{"type":"Partner_Releve","id":"9","attributes":{"releve_id":"9","pconso_id":"12",
                    "ni":"1250","dateni":"2026-03-12 08:30:00","cptfuite":"0"}}],
                    "links":{"next":"/api/v1/subscriber/releve?page=3","related":{"href":"x","meta":{"total":"41"}}}}
                    """)
            }
        }
        try await Self.withAPI(routes) { api in
            let page = try await api.releves(contratId: "343025705", page: .number(2))
            #expect(page.items.count == 1)
            #expect(page.items.first?.nouvelIndex == 1250)
            #expect(page.items.first?.fuite == false)
            #expect(page.total == 41)
            #expect(page.hasNext)
            #expect(page.previous == nil)
        }
        #expect(
            recorder.values("target") == [
                "/api/v1/subscriber/releve?sort=-dateni&page=2&filter%5Bcontrat_id%5D%5Beq%5D=343025705"
            ])
        #expect(recorder.values("authorization") == ["Bearer access-1"])
    }

    @Test("a request comes with its history through included events")
    func demandeWithHistory() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/subscriber/request/:id") { request, context in
                recorder.record("target", request.head.path ?? "")
                let id = context.parameters.get("id") ?? ""
                return Response.jsonAPI(
                    200,
                    """
                    {"data":{"type":"Partner_Request","id":"\(id)","attributes":{"req_id":"\(id)","req_status":"OMEGA",
                    "req_code":"J_RELEVE","req_title":"Relevé du 12/03/2026"},
                    "relationships":{"history":{"data":[{"type":"Partner_RequestEvent","id":"1"},
                    {"type":"Partner_RequestEvent","id":"2"}]}}},
                    "included":[
                    {"type":"Partner_RequestEvent","id":"1","attributes":{"event_id":"1","status":"SEND"}},
                    {"type":"Partner_RequestEvent","id":"2","attributes":{"event_id":"2","status":"OMEGA",
                    "comment":"Pris en charge"}}]}
                    """)
            }
        }
        try await Self.withAPI(routes) { api in
            let demande = try await api.demande(id: "501")
            #expect(demande.item.id == "501")
            #expect(demande.item.titre == "Relevé du 12/03/2026")
            let history = try demande.related(Demande.Relationships.history, as: EvenementDemande.self)
            #expect(history.map(\.id) == ["1", "2"])
            #expect(history.last?.commentaire == "Pris en charge")
        }
        #expect(recorder.values("target") == ["/api/v1/subscriber/request/501?include=history"])
    }

    @Test("a reading is posted as a Partner_Releve document, with dry run and idempotency key")
    func transmettreReleve() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.post("api/v1/subscriber/request/reading") { request, _ in
                var request = request
                let body = try await request.bodyBytes()
                recorder.record("body", String(decoding: body, as: UTF8.self))
                recorder.record("key", request.header("Idempotency-Key") ?? "")
                let dryRun = request.header("Omega-DryRun") == "true"
                return Response.jsonAPI(
                    dryRun ? 200 : 202,
                    #"{"data":{"type":"Partner_Request","attributes":{"req_status":"SEND","req_code":"J_RELEVE"}}}"#,
                    headers: dryRun ? [("Omega-DryRun", "true")] : [])
            }
        }
        try await Self.withAPI(routes) { api in
            var releve = Releve(id: "")
            releve.pointConsoId = "12"
            releve.nouvelIndex = 1250
            releve.commentaire = "Compteur dans la cave"
            let preview = try await api.transmettreReleve(releve, dryRun: true)
            #expect(preview.isDryRun)
            #expect(preview.status == 200)
            let filed = try await api.transmettreReleve(releve, idempotencyKey: "key-1")
            #expect(!filed.isDryRun)
            #expect(filed.status == 202)
            #expect(filed.item.code == .releve)
        }
        #expect(recorder.values("key") == ["", "key-1"])
        let body = try #require(recorder.values("body").first)
        let document = try Document.decode(Data(body.utf8))
        let resource = try #require(document.resources.first)
        #expect(resource.type == "Partner_Releve")
        #expect(resource.id == nil)
        #expect(resource.attributes["releve_id"] == nil)
        #expect(resource.attributes["pconso_id"] == .string("12"))
        #expect(resource.attributes["comlib"] == .string("Compteur dans la cave"))
        #expect(resource.attributes["ni"] != nil)
    }

    @Test("a contact change is PUT on the person's path; a missing payable invoice is notFound")
    func modifierPersonneAndNotFound() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.put("api/v1/subscriber/request/personne/:id") { request, _ in
                var request = request
                recorder.record("target", request.head.path ?? "")
                recorder.record("body", String(decoding: try await request.bodyBytes(), as: UTF8.self))
                return Response.jsonAPI(
                    202, #"{"data":{"type":"Partner_Request","id":"8","attributes":{"req_code":"J_MAJPER"}}}"#
                )
            }
            router.get("api/v1/subscriber/facture/pour-paiement/:numero") { request, _ in
                recorder.record("target", request.head.path ?? "")
                return Response.jsonAPI(404, #"{"errors":[{"code":"404","title":"Not Found!"}]}"#)
            }
        }
        try await Self.withAPI(routes) { api in
            var personne = Personne(id: "77")
            personne.telephoneMobile = "0612345678"
            let demande = try await api.modifierPersonne(personne)
            #expect(demande.item.id == "8")
            #expect(demande.item.code == .miseAJourPersonne)
            let error = await #expect(throws: OmegaError.self) {
                try await api.facturePourPaiement(numeroContrat: "343 025/705")
            }
            #expect(error?.kind == .notFound)
        }
        #expect(
            recorder.values("target") == [
                "/api/v1/subscriber/request/personne/77",
                "/api/v1/subscriber/facture/pour-paiement/343%20025%2F705",
            ])
        // Only the changed field travels: an unset field sent as null would ask to clear it.
        let body = try #require(recorder.values("body").first)
        let sent = try #require(try Document.decode(Data(body.utf8)).resources.first)
        #expect(sent.attributes == ["telmobile": .string("0612345678"), "personne_id": .string("77")])
    }

    @Test("account creation posts a Subscriber_Account document without authentication")
    func createAccount() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.post("api/v1/subscriber/account") { request, _ in
                var request = request
                recorder.record("body", String(decoding: try await request.bodyBytes(), as: UTF8.self))
                recorder.record("authorization", request.header("Authorization") ?? "<none>")
                return Response.jsonAPI(
                    201,
                    #"{"data":{"type":"Subscriber_Account","id":"3","attributes":{"email":"bob@example.org","verified":"0"}}}"#
                )
            }
        }
        try await Self.withAPI(routes) { api in
            let account = NouveauCompte(
                email: "bob@example.org", motDePasse: "long enough secret", numeroContrat: "343025705",
                numeroFacture: "F2009-1")
            let created = try await api.createAccount(account)
            #expect(created.item.id == "3")
            #expect(created.item.estVerifie == false)
        }
        #expect(recorder.values("authorization") == ["<none>"])
        let body = try #require(recorder.values("body").first)
        let resource = try #require(try Document.decode(Data(body.utf8)).resources.first)
        #expect(resource.type == "Subscriber_Account")
        #expect(resource.attributes["numcontrat"] == .string("343025705"))
        #expect(resource.attributes["nofacture"] == .string("F2009-1"))
    }
}

import Foundation
import Hummingbird
import JSONAPI
import OmegaClient
import Testing

@Suite("PartnerAPI: paths, queries and typed answers (signature checked in HawkTransportTests)")
struct PartnerAPITests {
    static let signer = HawkSigner(credentials: HawkCredentials(id: "p", key: "k"))

    @Test("lists send their Query; the agent goes in Hawk ext; ids are path-encoded")
    func pathsAndQueries() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/partner/pconso") { request, _ in
                recorder.record("target", request.head.path ?? "")
                recorder.record("authorization", request.header("Authorization") ?? "")
                return Response.jsonAPI(
                    200,
                    """
                    {"data":[{"type":"Partner_Pconso","id":"12","attributes":{"numpconso":"000123","actif":"1"},
                    "relationships":{"compteur":{"data":[{"type":"Partner_Compteur","id":"5"}]}}}],
                    "included":[{"type":"Partner_Compteur","id":"5","attributes":{"numserie":"I21AB123456"}}],
                    "jsonapi":{"version":"1.0","meta":[]},"meta":{"total":"1"}}
                    """)
            }
            router.get("api/v1/partner/facture/pour-paiement/:numero") { request, _ in
                recorder.record("target", request.head.path ?? "")
                return Response.jsonAPI(404, #"{"errors":[{"code":"404","title":"Not Found!"}]}"#)
            }
            router.get("api/v1/partner/test-404") { request, _ in
                recorder.record("target", request.head.path ?? "")
                return Response.jsonAPI(404, #"{"errors":[{"code":"404","title":"Not Found!"}]}"#)
            }
        }
        try await serve(routes) { transport in
            let api = PartnerAPI(transport: transport, signer: Self.signer, agent: "guichet1")
            #expect(api.ext == "agent=guichet1")
            let query = Query(
                include: [PointDeConsommation.Relationships.compteur], page: .offset(offset: 21, limit: 20),
                filters: [.eq("compteur.numeroSerie", "I21AB123456"), Filter("actif", .eq, ["1"], or: true)])
            let page = try await api.pointsConso(query)
            #expect(page.items.map(\.id) == ["12"])
            #expect(page.total == 1)
            let compteurs = try page.related(0, PointDeConsommation.Relationships.compteur, as: Compteur.self)
            #expect(compteurs.map(\.id) == ["5"])
            let missing = await #expect(throws: OmegaError.self) {
                try await api.facturePourPaiement(numeroContrat: "A/B")
            }
            #expect(missing?.kind == .notFound)
            let test404 = await #expect(throws: OmegaError.self) { try await api.test404() }
            #expect(test404?.errors.first?.title == "Not Found!")
        }
        #expect(
            recorder.values("target") == [
                "/api/v1/partner/pconso?include=compteur&page%5Boffset%5D=21&page%5Blimit%5D=20"
                    + "&filter%5Bcompteur.numeroSerie%5D%5Beq%5D=I21AB123456&filter%5Bor%5D%5Bactif%5D%5Beq%5D=1",
                "/api/v1/partner/facture/pour-paiement/A%2FB",
                "/api/v1/partner/test-404",
            ])
        let authorization = try #require(recorder.values("authorization").first)
        let attributes = try HawkHeader.parse(authorization, allowedKeys: HawkHeader.authorizationKeys)
        #expect(attributes["id"] == "p")
        #expect(attributes["ext"] == "agent=guichet1")
        #expect(attributes["hash"] == nil)
    }
}

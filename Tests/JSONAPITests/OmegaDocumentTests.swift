import Foundation
import JSONAPI
import Testing

@Suite("Omega documentation examples")
struct OmegaDocumentTests {
    @Test func facturePathToContrat() throws {
        let document = try Fixture.document("Partner_Facture")
        let facture = try #require(document.resources.first)
        #expect(facture.key == ResourceKey(type: "Partner_Facture", id: "46243"))
        let contfact = try #require(document.related(facture, "contfact").first)
        #expect(contfact.key == ResourceKey(type: "Partner_Contfact", id: "48403"))
        let contrat = try #require(document.related(contfact, "contrat").first)
        #expect(contrat.key == ResourceKey(type: "Partner_Contrat", id: "21556"))
        #expect(contrat.attributes["numcontrat"] == .string("343025705"))
        #expect(document.total == 1)
    }
}

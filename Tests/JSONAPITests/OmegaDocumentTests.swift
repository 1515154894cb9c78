import Foundation
import JSONAPI
import Testing

/// A subset of Omega's invoice, declared the way OmegaClient models are.
private struct Facture: Codable, Equatable {
    @Loose var factureID: Int?
    @Loose var nofacture: String?
    @Loose var datefact: Date?
    @Loose var consofac: Int?
    @Loose var ht: Decimal?
    @Loose var tva: Decimal?
    @Loose var ttc: Decimal?
    @Loose var preleve: Bool?
    @Loose var recouvrable: Bool?
    @Loose var dateann: Date?
    @Loose var absentFromTheDocument: String?

    enum CodingKeys: String, CodingKey {
        case factureID = "facture_id"
        case nofacture, datefact, consofac, ht, tva, ttc, preleve, recouvrable, dateann
        case absentFromTheDocument = "absent_from_the_document"
    }
}

@Suite("Omega documentation examples")
struct OmegaDocumentTests {
    @Test func factureDecodesGenerically() throws {
        let document = try Fixture.document("Partner_Facture")
        #expect(document.jsonapi == JSONAPIObject(version: "1.0", meta: [:]))
        #expect(document.meta?["copyright"] == .string("Copyright 2018 Jvs-Mairistem"))
        #expect(document.links?["related"]?.href == "/")
        #expect(document.total == 1)
        #expect(document.count == 1)
        #expect(document.resources.count == 1)
        #expect(document.included.map(\.type) == ["Partner_Personne", "Partner_Contrat", "Partner_Contfact"])
        let facture = try #require(document.resources.first)
        #expect(facture.attributes["ttc"] == .string("77.46"))
        #expect(facture.attributes["prefixnofact"] == .null)
    }

    @Test func toOneSentAsOneElementArray() throws {
        let document = try Fixture.document("Partner_Facture")
        let facture = try #require(document.resources.first)
        let contfact = try #require(facture.relationships["contfact"])
        let identifier = ResourceIdentifier(type: "Partner_Contfact", id: "48403")
        #expect(contfact.data == .toMany([identifier]))
        #expect(contfact.identifier == identifier)
        #expect(contfact.identifiers == [identifier])
    }

    @Test func facturePathToContrat() throws {
        let document = try Fixture.document("Partner_Facture")
        let facture = try #require(document.resources.first)
        #expect(facture.key == ResourceKey(type: "Partner_Facture", id: "46243"))
        let contfact = try #require(document.related(facture, "contfact").first)
        #expect(contfact.key == ResourceKey(type: "Partner_Contfact", id: "48403"))
        let contrat = try #require(document.related(contfact, "contrat").first)
        #expect(contrat.key == ResourceKey(type: "Partner_Contrat", id: "21556"))
        #expect(contrat.attributes["numcontrat"] == .string("343025705"))
        #expect(document.related(facture, path: ["contfact", "contrat"]) == [contrat])
        let redevable = try #require(document.related(contrat, "redevable").first)
        #expect(redevable.attributes["villepers"] == .string("ALES"))
    }

    @Test func factureDecodesIntoATypedModel() throws {
        let document = try Fixture.document("Partner_Facture")
        let facture = try #require(document.resources.first).decodeAttributes(as: Facture.self)
        #expect(facture.factureID == 46243)
        #expect(facture.nofacture == "034105")
        #expect(facture.ttc == Decimal(string: "77.46"))
        #expect(facture.ht == Decimal(string: "73.42"))
        #expect(facture.tva == Decimal(string: "4.04"))
        #expect(facture.consofac == 23)
        #expect(facture.preleve == false)
        #expect(facture.recouvrable == true)
        #expect(facture.dateann == nil)
        #expect(facture.absentFromTheDocument == nil)
        let datefact = try #require(facture.datefact)
        let day = OmegaDate.calendar.dateComponents([.year, .month, .day, .hour], from: datefact)
        #expect([day.year, day.month, day.day, day.hour] == [2009, 10, 20, 0])
    }

    @Test func payableInvoiceHasNumericCents() throws {
        let document = try Fixture.document("Partner_FactureCondensee")
        let facture = try #require(document.resources.first)
        #expect(facture.attributes["nap_cents"] == .number(20386))
        #expect(Int.looseValue(from: try #require(facture.attributes["nap_cents"])) == 20386)
        #expect(
            Decimal.looseValue(from: try #require(facture.attributes["nap"])) == Decimal(string: "203.86"))
    }

    @Test func omegaErrorDocument() throws {
        let document = try Fixture.document("errors-404")
        #expect(document.data == nil)
        let error = try #require(document.errors?.first)
        #expect(error.code == "404")
        #expect(error.title == "Not Found!")
        #expect(error.links?["about"]?.href == "http://jsonapi.org/format")
    }

    @Test func numericStatusAndCodeAreReadAsText() throws {
        let document = try Document.decode(Data(#"{"errors": [{"status": 422, "code": 4, "id": 7}]}"#.utf8))
        #expect(document.errors == [ErrorObject(id: "7", status: "422", code: "4")])
    }

    @Test func totalsAsStringsOrInTopLevelMeta() throws {
        let fromMeta = try Document.decode(Data(#"{"data": [], "meta": {"total": 42}}"#.utf8))
        #expect(fromMeta.total == 42)
        let fromString = try Document.decode(
            Data(
                #"{"data": [], "links": {"related": {"href": "/", "meta": {"total": "7", "count": "2"}}}}"#
                    .utf8))
        #expect(fromString.total == 7)
        #expect(fromString.count == 2)
        let none = try Document.decode(Data(#"{"data": []}"#.utf8))
        #expect(none.total == nil)
    }
}

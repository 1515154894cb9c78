import Foundation
import JSONAPI
import Testing

private struct Releve: Codable, Equatable {
    @Loose var pconsoID: Int?
    @Loose var dateni: Date?
    @Loose var ni: Int?
    @Loose var cptfuite: Bool?
    @Loose var consorlv: Decimal?
    @Loose var comlib: String?

    enum CodingKeys: String, CodingKey {
        case pconsoID = "pconso_id"
        case dateni, ni, cptfuite, consorlv, comlib
    }
}

@Suite("Encoding request bodies")
struct EncodingTests {
    private let releve = Releve(
        pconsoID: 21556, dateni: OmegaDate.date(year: 2024, month: 1, day: 15, hour: 12), ni: 1234,
        cptfuite: false,
        consorlv: Decimal(string: "37.5"), comlib: nil)

    @Test func modelEncodesInOmegaWireForm() throws {
        let resource = try Resource(
            type: "Partner_Releve", encoding: releve,
            relationships: ["pconso": .toOne(ResourceKey(type: "Partner_Pconso", id: "21556"))])
        #expect(
            resource.attributes == [
                "pconso_id": "21556", "dateni": "2024-01-15 12:00:00", "ni": "1234", "cptfuite": "0",
                "consorlv": "37.5", "comlib": nil,
            ])
        #expect(resource.id == nil)
        #expect(try resource.decodeAttributes(as: Releve.self) == releve)
    }

    @Test func documentBodyIsStableJSON() throws {
        let resource = try Resource(type: "Partner_Releve", encoding: releve)
        let body = String(decoding: try Document(data: .single(resource)).encoded(), as: UTF8.self)
        #expect(
            body
                == #"{"data":{"attributes":{"comlib":null,"consorlv":"37.5","cptfuite":"0","dateni":"2024-01-15 12:00:00","ni":"1234","pconso_id":"21556"},"type":"Partner_Releve"}}"#
        )
    }

    @Test func encodedDocumentDecodesToTheSameDocument() throws {
        let document = try Fixture.document("Partner_Facture")
        let again = try Document.decode(try document.encoded())
        #expect(again.jsonValue == document.jsonValue)
        #expect(again.resources == document.resources)
        #expect(again.included == document.included)
        #expect(again.total == 1)
        // Omega's one-element array stays an array; jsonapi.meta [] becomes {}.
        #expect(
            again.resources.first?.relationships["contfact"]?.data
                == .toMany([ResourceIdentifier(type: "Partner_Contfact", id: "48403")]))
        #expect(again.jsonapi?.meta == [:])
    }

    @Test func relationshipStatesEncodeDistinctly() throws {
        let resource = Resource(
            type: "a", id: "1",
            relationships: [
                "absent": Relationship(links: ["related": Link(href: "/a/1/absent")]),
                "emptyOne": .toOne(nil), "emptyMany": .toMany([]),
                "one": .toOne(ResourceKey(type: "b", id: "2")),
            ])
        let json = Document(data: .single(resource)).jsonValue
        let relationships = try #require(json["data"]?["relationships"])
        #expect(relationships["absent"] == ["links": ["related": "/a/1/absent"]])
        #expect(relationships["emptyOne"] == ["data": nil])
        #expect(relationships["emptyMany"] == ["data": []])
        #expect(relationships["one"] == ["data": ["type": "b", "id": "2"]])
        let decoded = try Document(json: json)
        #expect(decoded.resources.first == resource)
    }

    @Test func errorDocumentEncodes() throws {
        let document = Document(errors: [
            ErrorObject(
                status: "422", code: "J_RELEVE", title: "Index invalide",
                source: ErrorSource(pointer: "/data/attributes/ni"))
        ])
        let again = try Document.decode(try document.encoded())
        #expect(again.errors == document.errors)
        #expect(again.data == nil)
    }

    @Test func documentIsCodableInsideOtherTypes() throws {
        struct Envelope: Codable {
            let document: Document
        }
        let json = #"{"document": {"data": {"type": "a", "id": "1", "attributes": {"x": 1.5}}}}"#
        let envelope = try JSONDecoder().decode(Envelope.self, from: Data(json.utf8))
        #expect(envelope.document.resources.first?.attributes["x"] == .number(Decimal(string: "1.5") ?? 0))
        let bad = #"{"document": {"data": "x"}}"#
        #expect(throws: DocumentDecodingError.self) {
            try JSONDecoder().decode(Envelope.self, from: Data(bad.utf8))
        }
    }

    @Test func modelThatIsNotAnObjectIsRefused() {
        let error = #expect(throws: DocumentDecodingError.self) { try Resource(type: "a", encoding: [1, 2]) }
        #expect(error?.kind == .invalidAttribute)
    }
}

import Foundation
import JSONAPI
import Testing

@Suite("Compound document validation")
struct ValidationTests {
    @Test func specCompoundDocumentIsValid() throws {
        for name in [
            "spec-compound-document-included-full-linkage", "home-compound-document-with-pagination-links",
            "Partner_Facture", "examples-sparse-fieldsets-restricted-response",
        ] {
            #expect(throws: Never.self, "\(name)") { try Fixture.document(name).validateCompoundDocument() }
        }
    }

    @Test func duplicateIncludedResource() throws {
        let document = try Fixture.document(
            "schema-tests-1.0/schema-1.0-response-invalid__included__resource_included_twice")
        let error = #expect(throws: DocumentDecodingError.self) { try document.validateCompoundDocument() }
        #expect(error?.kind == .duplicateResource)
        #expect(error?.codingPath == "included[1]")
    }

    @Test func duplicatePrimaryResource() throws {
        let document = try Fixture.document(
            "schema-tests-1.0/schema-1.0-response-invalid__resource_collection__resource_included_twice")
        let error = #expect(throws: DocumentDecodingError.self) { try document.validateCompoundDocument() }
        #expect(error?.kind == .duplicateResource)
        #expect(error?.codingPath == "data[1]")
    }

    @Test func sparseFieldsetBreaksFullLinkage() throws {
        let document = try Fixture.document("examples-sparse-fieldsets-relationship-omitted")
        let error = #expect(throws: DocumentDecodingError.self) { try document.validateCompoundDocument() }
        #expect(error?.kind == .unlinkedIncludedResource)
        #expect(error?.codingPath == "included[0]")
    }

    @Test func linkageThroughIncludedResourcesCounts() throws {
        // data -> b -> c: c is linked through b only.
        let a = Resource(type: "a", id: "1", relationships: ["b": .toOne(ResourceKey(type: "b", id: "1"))])
        let b = Resource(type: "b", id: "1", relationships: ["c": .toMany([ResourceKey(type: "c", id: "1")])])
        let c = Resource(type: "c", id: "1", relationships: ["a": .toOne(ResourceKey(type: "a", id: "1"))])
        #expect(throws: Never.self) {
            try Document(data: .single(a), included: [c, b]).validateCompoundDocument()
        }
        let orphan = Resource(type: "d", id: "1")
        let error = #expect(throws: DocumentDecodingError.self) {
            try Document(data: .single(a), included: [b, c, orphan]).validateCompoundDocument()
        }
        #expect(error?.codingPath == "included[2]")
    }
}

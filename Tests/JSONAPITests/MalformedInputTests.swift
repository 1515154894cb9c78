import Foundation
import JSONAPI
import Testing

/// One typed error per class of malformed input, with its kind and coding path.
@Suite("Malformed input")
struct MalformedInputTests {
    private func decodingError(_ text: String) -> DocumentDecodingError? {
        #expect(throws: DocumentDecodingError.self) { try Document.decode(Data(text.utf8)) }
    }

    @Test(arguments: ["", "<html>502 Bad Gateway</html>", #"{"data": "#, "{'data': null}", #"{"a" 1}"#])
    func notJSON(_ text: String) {
        let error = decodingError(text)
        #expect(error?.kind == .notJSON)
        #expect(error?.codingPath == "")
    }

    @Test(arguments: ["[]", "42", #""data""#, "null", "true"])
    func notAnObject(_ text: String) {
        let error = decodingError(text)
        #expect(error?.kind == .notAnObject)
        #expect(error?.codingPath == "")
    }

    @Test func missingTopLevelMembers() {
        let error = decodingError(#"{"jsonapi": {"version": "1.0"}, "links": {"self": "/"}}"#)
        #expect(error?.kind == .missingTopLevelMember)
        #expect(error?.description.contains("data, errors or meta") == true)
    }

    @Test func dataAndErrorsTogether() {
        let error = decodingError(#"{"data": null, "errors": []}"#)
        #expect(error?.kind == .dataAndErrorsTogether)
    }

    @Test func nullErrorsAndIncludedAreAbsent() throws {
        let document = try Document.decode(Data(#"{"data": [], "errors": null, "included": null}"#.utf8))
        #expect(document.errors == nil)
        #expect(document.included.isEmpty)
        #expect(throws: Never.self) { try Document.decode(Data(#"{"meta": {}, "included": null}"#.utf8)) }
        let onlyNull = decodingError(#"{"errors": null, "meta": null}"#)
        #expect(onlyNull?.kind == .missingTopLevelMember)
    }

    @Test func includedWithoutData() {
        let error = decodingError(#"{"meta": {}, "included": []}"#)
        #expect(error?.kind == .includedWithoutData)
    }

    @Test func resourceWithoutTypeInACollection() {
        let error = decodingError(#"{"data": [{"type": "a", "id": "1"}, {"id": "2", "attributes": {}}]}"#)
        #expect(error?.kind == .resourceWithoutType)
        #expect(error?.codingPath == "data[1]")
    }

    @Test func identifierWithoutTypeInARelationship() {
        let error = decodingError(
            #"{"data": {"type": "a", "id": "1", "relationships": {"b": {"data": [{"id": "3"}]}}}}"#)
        #expect(error?.kind == .resourceWithoutType)
        #expect(error?.codingPath == "data.relationships.b.data[0]")
    }

    @Test func identifierWithoutID() {
        let error = decodingError(
            #"{"data": {"type": "a", "id": "1", "relationships": {"b": {"data": {"type": "c"}}}}}"#)
        #expect(error?.kind == .resourceWithoutID)
        #expect(error?.codingPath == "data.relationships.b.data")
    }

    @Test func includedResourceWithoutID() {
        let error = decodingError(#"{"data": null, "included": [{"type": "a"}]}"#)
        #expect(error?.kind == .resourceWithoutID)
        #expect(error?.codingPath == "included[0]")
    }

    @Test func attributesOfTheWrongKind() {
        let error = decodingError(#"{"data": [{"type": "a", "id": "1", "attributes": ["x"]}]}"#)
        #expect(error?.kind == .invalidMember)
        #expect(error?.codingPath == "data[0].attributes")
    }

    @Test func badAttributeScalarNamesResourceAndPath() throws {
        let document = try Document.decode(
            Data(
                #"{"data": [{"type": "Partner_Facture", "id": "46243", "attributes": {"ttc": "77,46"}}]}"#
                    .utf8))
        let resource = try #require(document.resources.first)
        let error = #expect(throws: DocumentDecodingError.self) {
            try resource.decodeAttributes(as: Amounts.self)
        }
        #expect(error?.kind == .invalidAttribute)
        #expect(error?.codingPath == "attributes.ttc")
        #expect(error?.resourceType == "Partner_Facture")
        #expect(error?.resourceID == "46243")
        #expect(error?.description.contains("Partner_Facture 46243") == true)
        #expect(error?.description.contains("attributes.ttc") == true)
    }

    @Test func nestedAttributePathIsRendered() throws {
        let resource = Resource(
            type: "t", id: "1", attributes: ["lines": [["ttc": "1.00"], ["ttc": "bad"]]])
        let error = #expect(throws: DocumentDecodingError.self) {
            try resource.decodeAttributes(as: Lines.self)
        }
        #expect(error?.codingPath == "attributes.lines[1].ttc")
    }

    @Test func missingRequiredAttribute() throws {
        let resource = Resource(type: "t", id: "1", attributes: [:])
        let error = #expect(throws: DocumentDecodingError.self) {
            try resource.decodeAttributes(as: Required.self)
        }
        #expect(error?.kind == .invalidAttribute)
        #expect(error?.codingPath == "attributes.name")
    }

    @Test func errorsAreEquatableAndDescribed() {
        let error = DocumentDecodingError(
            .invalidMember, at: "data[0].type", detail: "expected a string, found number")
        #expect(
            error
                == DocumentDecodingError(
                    .invalidMember, at: "data[0].type", detail: "expected a string, found number"))
        #expect(
            error.description
                == "Invalid JSON:API document (invalidMember) at data[0].type: expected a string, found number"
        )
    }
}

private struct Amounts: Decodable {
    @Loose var ttc: Decimal?
}

private struct Lines: Decodable {
    let lines: [Amounts]
}

private struct Required: Decodable {
    let name: String
}

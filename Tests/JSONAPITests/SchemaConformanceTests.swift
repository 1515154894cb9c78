import Foundation
import JSONAPI
import Testing

/// The JSON:API 1.0 schema test suite (`_schemas/1.0/tests/response`), copied under
/// `Fixtures/schema-tests-1.0/`.
@Suite("JSON:API 1.0 schema tests")
struct SchemaConformanceTests {
    struct Rejection: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: DocumentDecodingError.Kind
        let codingPath: String
        var testDescription: String { name }
    }

    static let rejected: [Rejection] = [
        Rejection(name: "top-level__invalid_root", kind: .missingTopLevelMember, codingPath: ""),
        Rejection(
            name: "top-level__no_mandatory_top_level_members", kind: .missingTopLevelMember, codingPath: ""),
        Rejection(
            name: "top-level__data_and_errors_must_not_coexist", kind: .dataAndErrorsTogether, codingPath: ""),
        Rejection(name: "top-level__included_must_not_be_alone", kind: .includedWithoutData, codingPath: ""),
        Rejection(name: "data__data_can_not_be_a_string", kind: .invalidMember, codingPath: "data"),
        Rejection(name: "data__data_can_not_be_array_of_string", kind: .invalidMember, codingPath: "data[0]"),
        Rejection(name: "errors__error_must_be_an_object", kind: .invalidMember, codingPath: "errors[0]"),
        Rejection(name: "errors__errors_must_be_an_array", kind: .invalidMember, codingPath: "errors"),
        Rejection(name: "errors__invalid_error_objects", kind: .invalidMember, codingPath: "errors[0]"),
        Rejection(
            name: "included__included_member_must_be_collection", kind: .invalidMember, codingPath: "included"
        ),
        Rejection(
            name: "included__included_resource_not_valid", kind: .invalidMember, codingPath: "included[0].id"),
        Rejection(name: "invalid_multi", kind: .invalidMember, codingPath: "data.id"),
        Rejection(name: "jsonapi__not_an_object", kind: .invalidMember, codingPath: "jsonapi"),
        Rejection(
            name: "jsonapi__version_is_not_a_string", kind: .invalidMember, codingPath: "jsonapi.version"),
        Rejection(
            name: "links__link_href_must_be_a_string", kind: .invalidMember, codingPath: "links.self.href"),
        Rejection(
            name: "links__link_must_be_string_or_object", kind: .invalidMember, codingPath: "links.self"),
        Rejection(name: "links__links_must_be_an_object", kind: .invalidMember, codingPath: "links"),
        Rejection(name: "meta__meta_must_be_an_object", kind: .invalidMember, codingPath: "meta"),
        Rejection(
            name: "relationships__linkage_must_be_object", kind: .invalidMember,
            codingPath: "data.relationships.author.data"),
        Rejection(
            name: "relationships__links_not_valid", kind: .invalidMember,
            codingPath: "data.relationships.author.links"),
        Rejection(
            name: "relationships__relationship_must_not_be_empty", kind: .invalidMember,
            codingPath: "data.relationships.author"),
        Rejection(
            name: "relationships__relationship_must_not_be_named_id", kind: .reservedFieldName,
            codingPath: "data.relationships.id"),
        Rejection(
            name: "relationships__relationship_must_not_be_named_type", kind: .reservedFieldName,
            codingPath: "data.relationships.type"),
        Rejection(
            name: "relationships__relationships_is_not_an_object", kind: .invalidMember,
            codingPath: "data.relationships"),
        Rejection(
            name: "attributes__attributes_must_not_have_id_member", kind: .reservedFieldName,
            codingPath: "data.attributes.id"),
        Rejection(
            name: "attributes__attributes_must_not_have_type_member", kind: .reservedFieldName,
            codingPath: "data.attributes.type"),
        Rejection(name: "resource__id_must_be_string", kind: .invalidMember, codingPath: "data.id"),
        Rejection(
            name: "resource__relationship_named_id", kind: .reservedFieldName,
            codingPath: "data.relationships.id"),
        Rejection(
            name: "resource__relationship_named_type", kind: .reservedFieldName,
            codingPath: "data.relationships.type"),
        Rejection(
            name: "resource__resource_must_have_type_member", kind: .resourceWithoutType, codingPath: "data"),
        Rejection(name: "resource__type_must_be_string", kind: .invalidMember, codingPath: "data.type"),
        Rejection(
            name: "resource__type_must_not_be_empty", kind: .resourceWithoutType, codingPath: "data.type"),
        Rejection(
            name: "resource_identifier__id_must_be_string", kind: .invalidMember, codingPath: "data.id"),
        Rejection(
            name: "resource_identifier__resource_must_have_type_member", kind: .resourceWithoutType,
            codingPath: "data"),
        Rejection(
            name: "resource_identifier__type_must_be_string", kind: .invalidMember, codingPath: "data.type"),
        Rejection(
            name: "resource_identifier__type_must_not_be_empty", kind: .resourceWithoutType,
            codingPath: "data.type"),
    ]

    @Test(arguments: rejected)
    func invalidDocumentIsRejected(_ rejection: Rejection) throws {
        let data = try Fixture.data("schema-tests-1.0/schema-1.0-response-invalid__\(rejection.name)")
        let error = #expect(throws: DocumentDecodingError.self) { try Document.decode(data) }
        #expect(error?.kind == rejection.kind)
        #expect(error?.codingPath == rejection.codingPath)
    }

    static let valid = [
        "with_failure__errors_and_meta", "with_failure__only_errors__one_error", "with_success__complete",
        "with_success__data_and_included__single_resource", "with_success__data_and_meta",
        "with_success__data_is_null", "with_success__linkage__empty_to_many",
        "with_success__linkage__empty_to_one",
        "with_success__linkage__to_many", "with_success__linkage__to_one",
        "with_success__only_data__empty_resource_collection", "with_success__only_data__no_resource_null",
        "with_success__only_data__parallel_relationships", "with_success__only_data__resource_collection",
        "with_success__only_data__resource_identifier_collection", "with_success__only_data__single_resource",
        "with_success__only_data__single_resource_identifier",
        "with_success__only_data__single_resource_with_empty_attributes", "with_success__only_meta",
        "with_success__only_meta__empty_meta", "with_success__only_meta__meta_with_members",
    ]

    @Test(arguments: valid)
    func validDocumentIsAccepted(_ name: String) throws {
        let data = try Fixture.data("schema-tests-1.0/schema-1.0-response-valid__\(name)")
        let document = try Document.decode(data)
        // Re-encoding and decoding again gives the same content.
        let again = try Document.decode(try document.encoded())
        #expect(again.jsonValue == document.jsonValue)
    }

    /// Invalid for the schema, but a client must ignore unknown members (JSON:API "ignore additional
    /// members") and has no reason to refuse odd names or relative links: these are tolerated on purpose.
    static let tolerated = [
        "attributes__attributes_member_not_valid", "jsonapi__jsonapi_with_not_allowed_members",
        "jsonapi__meta_is_not_valid", "links__link_must_be_valid_uri", "meta__meta_must_have_valid_members",
        "relationships__link_name_not_allowed", "relationships__meta_not_valid",
        "relationships__relationship_must_not_have_additional_properties",
        "relationships__relationship_name_is_not_valid", "relationships__to_many_linkage_not_valid",
        "relationships__to_one_linkage_not_valid", "resource__type_value_is_not_valid",
        "resource__with_additional_properties", "resource_identifier__type_value_is_not_valid",
        "resource_identifier__with_additional_properties",
        "top-level__links_must_not_have_additional_properties",
        "top-level__with_additional_properties",
        // Primary data without id is what a creation request (POST) carries.
        "resource__resource_must_have_id_member", "resource_identifier__resource_must_have_id_member",
    ]

    @Test(arguments: tolerated)
    func toleratedDeviationIsAccepted(_ name: String) throws {
        let data = try Fixture.data("schema-tests-1.0/schema-1.0-response-invalid__\(name)")
        _ = try Document.decode(data)
    }

    @Test func everySchemaFixtureIsClassified() throws {
        let directory = try #require(
            Bundle.module.url(forResource: "Fixtures/schema-tests-1.0", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let invalid = Set(
            names.filter { $0.contains("-invalid__") }.map {
                String($0.dropFirst("schema-1.0-response-invalid__".count).dropLast(".json".count))
            })
        let classified = Set(Self.rejected.map(\.name) + Self.tolerated + Self.duplicates)
        #expect(invalid == classified)
        #expect(names.filter { $0.contains("-valid__") }.count == Self.valid.count)
    }

    static let duplicates = [
        "included__resource_included_twice", "resource_collection__resource_included_twice",
    ]

    @Test func duplicateIncludedResourceKeepsTheFirst() throws {
        let data = try Fixture.data("schema-tests-1.0/schema-1.0-response-invalid__\(Self.duplicates[0])")
        let document = try Document.decode(data)
        let key = ResourceKey(type: "people", id: "9")
        #expect(document.included.count == 2)
        #expect(document.duplicateKeys == [key])
        #expect(document.resource(key) == document.included[0])
        let article = try #require(document.resources.first)
        #expect(document.related(article, "author") == [document.included[0]])
    }

    @Test func duplicatePrimaryResourceKeepsTheFirst() throws {
        let data = try Fixture.data("schema-tests-1.0/schema-1.0-response-invalid__\(Self.duplicates[1])")
        let document = try Document.decode(data)
        #expect(document.resources.count == 2)
        #expect(document.duplicateKeys == [ResourceKey(type: "people", id: "9")])
    }

    @Test func realDocumentWithDuplicatesKeepsFirstOccurrence() throws {
        let document = try Fixture.document(
            "real-1.0-normative-statements-compound-doc-WITH-DUPLICATE-type-id")
        let key = ResourceKey(type: "normative-statements", id: "top-level-links")
        #expect(document.duplicateKeys.count == 6)
        #expect(document.duplicateKeys.contains(key))
        // The first of the two "top-level-links" statements is the MAY one.
        #expect(document.resource(key)?.attributes["level"] == .string("MAY"))
        let copies = document.included.filter { $0.key == key }
        #expect(copies.map { $0.attributes["level"] } == [.string("MAY"), .string("MUST")])
    }
}

import Foundation
import JSONAPI
import Testing

@Suite("JSON:API specification examples")
struct SpecDocumentTests {
    @Test func compoundDocumentResolvesThroughIncluded() throws {
        let document = try Fixture.document("spec-compound-document-included-full-linkage")
        let article = try #require(document.resources.first)
        #expect(article.attributes["title"] == .string("JSON:API paints my bikeshed!"))
        #expect(article.links?["self"]?.href == "http://example.com/articles/1")

        let author = try #require(document.related(article, "author").first)
        #expect(author.key == ResourceKey(type: "people", id: "9"))
        #expect(author.attributes["twitter"] == .string("dgeb"))

        let comments = document.related(article, "comments")
        #expect(
            comments.map(\.key) == [
                ResourceKey(type: "comments", id: "5"), ResourceKey(type: "comments", id: "12"),
            ])
        // Comment 5's author (people 2) is not included: identifier only, not an error.
        #expect(document.related(comments[0], "author").isEmpty)
        #expect(comments[0].relationships["author"]?.identifier?.key == ResourceKey(type: "people", id: "2"))
        // Comment 12 was written by the article's author: two hops come back to people 9.
        #expect(document.related(article, path: ["comments", "author"]).map(\.key) == [author.key])
        #expect(document.duplicateKeys.isEmpty)
    }

    @Test func relationshipLinksAreKept() throws {
        let document = try Fixture.document("spec-compound-document-included-full-linkage")
        let article = try #require(document.resources.first)
        let author = try #require(article.relationships["author"])
        #expect(author.links?["related"]?.href == "http://example.com/articles/1/author")
        #expect(author.data == .toOne(ResourceIdentifier(type: "people", id: "9")))
    }

    @Test func paginationLinksAndMeta() throws {
        let document = try Fixture.document("examples-pagination-links-and-meta")
        #expect(document.links?["next"]?.href == "http://example.com/articles?page[number]=4&page[size]=1")
        #expect(document.links?["last"]?.href == "http://example.com/articles?page[number]=13&page[size]=1")
        #expect(document.meta?["totalPages"] == .number(13))
        #expect(document.resources.count == 1)
    }

    @Test func nullPaginationLinksAreAbsentAndObjectLinksAreRead() throws {
        let document = try Fixture.document(
            "schema-tests-1.0/schema-1.0-response-valid__with_success__complete")
        let links = try #require(document.links)
        #expect(links["next"] == nil)
        #expect(links["prev"] == nil)
        #expect(links.keys.sorted() == ["first", "last", "self"])
        #expect(links["last"]?.href == "http://example.com/articles?page%5Bnumber%5D=1&page%5Bsize%5D=25")
        #expect(document.jsonapi?.meta?["anything"] == .string("right"))
    }

    @Test func errorWithSourceParameter() throws {
        let document = try Fixture.document("examples-error-source-parameter")
        let error = try #require(document.errors?.first)
        #expect(error.source == ErrorSource(pointer: nil, parameter: "include"))
        #expect(error.title == "Invalid Query Parameter")
        #expect(error.status == nil)
        #expect(document.data == nil)
    }

    @Test func errorWithSourcePointer() throws {
        let document = try Fixture.document("examples-error-basic-422")
        let error = try #require(document.errors?.first)
        #expect(error.status == "422")
        #expect(error.source?.pointer == "/data/attributes/firstName")
        #expect(error.detail == "First name must contain at least two characters.")

        let root = try Fixture.document("examples-error-source-pointer-root")
        #expect(root.errors?.first?.source?.pointer == "")
    }

    @Test func severalErrors() throws {
        let document = try Fixture.document("examples-errors-multiple-400")
        #expect(document.errors?.map(\.status) == ["403", "422", "500"])
        #expect(document.errors?.last?.title == "The backend responded with an error")
    }

    @Test func sparseFieldsetWithoutRelationships() throws {
        let document = try Fixture.document("examples-sparse-fieldsets-relationship-omitted")
        let article = try #require(document.resources.first)
        #expect(article.relationships.isEmpty)
        #expect(document.related(article, "author").isEmpty)
        #expect(
            document.resource(ResourceKey(type: "people", id: "42"))?.attributes["name"] == .string("John"))

        let restricted = try Fixture.document("examples-sparse-fieldsets-restricted-response")
        let restrictedArticle = try #require(restricted.resources.first)
        #expect(restrictedArticle.attributes.keys.sorted() == ["body", "title"])
        #expect(restricted.related(restrictedArticle, "author").first?.attributes["name"] == .string("John"))
    }

    @Test func emptyToOneAndToMany() throws {
        let toOne = try Fixture.document(
            "schema-tests-1.0/schema-1.0-response-valid__with_success__linkage__empty_to_one")
        let author = try #require(toOne.resources.first?.relationships["author"])
        #expect(author.data == .toOne(nil))
        #expect(author.hasLinkage)
        #expect(author.identifiers.isEmpty)

        let toMany = try Fixture.document(
            "schema-tests-1.0/schema-1.0-response-valid__with_success__linkage__empty_to_many")
        let comments = try #require(toMany.resources.first?.relationships["comments"])
        #expect(comments.data == .toMany([]))
        #expect(comments.hasLinkage)
    }

    @Test func relationshipWithLinksOnlyHasAbsentLinkage() throws {
        let document = try Fixture.document("spec-fetch-single-resource-200-relationship-related-link-only")
        let author = try #require(document.resources.first?.relationships["author"])
        #expect(author.data == nil)
        #expect(!author.hasLinkage)
        #expect(author.links?["related"]?.href == "http://example.com/articles/1/author")
    }

    @Test func nullAndEmptyPrimaryData() throws {
        let nullToOne = try Fixture.document("spec-relationship-to-one-empty-null")
        #expect(nullToOne.data == .single(nil))
        #expect(nullToOne.resources.isEmpty)
        let missing = try Fixture.document("spec-fetch-missing-to-one-related-null")
        #expect(missing.data == .single(nil))
        let emptyToMany = try Fixture.document("spec-relationship-to-many-empty")
        #expect(emptyToMany.data == .many([]))
    }

    @Test func identifiersAsPrimaryData() throws {
        let single = try Fixture.document("spec-top-level-single-resource-identifier")
        #expect(single.data == .single(Resource(type: "articles", id: "1")))
        let many = try Fixture.document("spec-relationship-to-many-200")
        #expect(many.resources.allSatisfy { $0.attributes.isEmpty && $0.type == "tags" })
        #expect(many.resources.map(\.id) == ["2", "3"])
    }

    @Test func creationBodyWithoutID() throws {
        let document = try Fixture.document("spec-request-create-resource-with-relationship")
        let photo = try #require(document.resources.first)
        #expect(photo.id == nil)
        #expect(photo.key == nil)
        #expect(photo.relationships["photographer"]?.identifier?.key == ResourceKey(type: "people", id: "9"))
    }

    @Test func homepageDocument() throws {
        let document = try Fixture.document("home-compound-document-with-pagination-links")
        #expect(document.links?["next"]?.href == "http://example.com/articles?page[offset]=2")
        let article = try #require(document.resources.first)
        #expect(document.related(article, "author").count == 1)
        #expect(document.related(article, "comments").count == 2)
    }
}

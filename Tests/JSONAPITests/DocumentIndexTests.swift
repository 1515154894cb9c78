import Foundation
import JSONAPI
import Testing

@Suite("Document identity map")
struct DocumentIndexTests {
    private let article = Resource(
        type: "articles", id: "1", relationships: ["author": .toOne(ResourceKey(type: "people", id: "9"))])
    private let author = Resource(type: "people", id: "9", attributes: ["name": "Dan"])

    @Test func mutationsAreSeenByLookups() {
        var document = Document(data: .many([article]))
        #expect(document.related(article, "author").isEmpty)
        document.included.append(author)
        #expect(document.related(article, "author") == [author])
        document.included.append(Resource(type: "people", id: "9", attributes: ["name": "Other"]))
        #expect(document.related(article, "author") == [author])
        #expect(document.duplicateKeys == [ResourceKey(type: "people", id: "9")])
        document.data = .single(nil)
        #expect(document.resource(article.key ?? ResourceKey(type: "", id: "")) == nil)
    }

    @Test func copiesAreIndependent() {
        let original = Document(data: .many([article]), included: [author])
        var copy = original
        #expect(copy.resource(ResourceKey(type: "people", id: "9")) == author)
        copy.included = []
        #expect(copy.resource(ResourceKey(type: "people", id: "9")) == nil)
        #expect(original.resource(ResourceKey(type: "people", id: "9")) == author)
        #expect(original != copy)
    }

    @Test func primaryDataWinsOverIncluded() {
        let alsoIncluded = Resource(type: "articles", id: "1", attributes: ["title": "included copy"])
        let document = Document(data: .many([article]), included: [alsoIncluded])
        #expect(document.resource(ResourceKey(type: "articles", id: "1")) == article)
    }

    @Test func sameIDDifferentTypesAreDistinct() {
        let person = Resource(type: "people", id: "1")
        let document = Document(data: .many([article, person]))
        #expect(document.duplicateKeys.isEmpty)
        #expect(document.resource(ResourceKey(type: "people", id: "1")) == person)
    }

    @Test func cyclesAreHarmless() {
        let husband = Resource(
            type: "p", id: "1", relationships: ["spouse": .toOne(ResourceKey(type: "p", id: "2"))])
        let wife = Resource(
            type: "p", id: "2", relationships: ["spouse": .toOne(ResourceKey(type: "p", id: "1"))])
        let document = Document(data: .single(husband), included: [wife])
        #expect(document.related(husband, path: ["spouse", "spouse", "spouse"]) == [wife])
        #expect(document.related(husband, path: []) == [husband])
        #expect(document.related(husband, path: ["unknown"]).isEmpty)
    }

    @Test func concurrentLookupsAgree() async {
        let document = Document(data: .many([article]), included: [author])
        let found = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<100 {
                group.addTask { document.related(article, "author") == [author] }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(found.count == 100 && found.allSatisfy { $0 })
    }
}

import Foundation
import JSONAPI
import Testing

/// Attribute decoding into models that use plain Swift types, not only `Loose`.
@Suite("Attribute decoding")
struct AttributeDecodingTests {
    private struct Plain: Decodable, Equatable {
        struct Nested: Decodable, Equatable {
            let code: String
        }

        let name: String
        let count: Int
        let ratio: Double
        let amount: Decimal
        let flag: Bool
        let tags: [String]
        let nested: Nested
        let optionalPresent: Int?
        let optionalNull: String?
        let optionalMissing: String?
        let link: URL
        let free: JSONValue
        let matrix: [[Int]]
    }

    private let resource = Resource(
        type: "t", id: "1",
        attributes: [
            "name": "x", "count": 3, "ratio": .number(Decimal(string: "0.5") ?? 0),
            "amount": .number(Decimal(string: "73.42") ?? 0), "flag": true, "tags": ["a", "b"],
            "nested": ["code": "J_RELEVE"], "optionalPresent": 4, "optionalNull": nil,
            "link": "http://jsonapi.org/format", "free": ["meta": []], "matrix": [[1, 2], [3]],
        ])

    @Test func plainTypesDecode() throws {
        let plain = try resource.decodeAttributes(as: Plain.self)
        #expect(
            plain
                == Plain(
                    name: "x", count: 3, ratio: 0.5, amount: Decimal(string: "73.42") ?? 0, flag: true,
                    tags: ["a", "b"],
                    nested: Plain.Nested(code: "J_RELEVE"), optionalPresent: 4, optionalNull: nil,
                    optionalMissing: nil,
                    link: URL(string: "http://jsonapi.org/format")!, free: ["meta": []],
                    matrix: [[1, 2], [3]]))
    }

    @Test func wrongKindNamesThePath() {
        var broken = resource
        broken.attributes["matrix"] = [[1, 2], [3, "x"]]
        let error = #expect(throws: DocumentDecodingError.self) {
            try broken.decodeAttributes(as: Plain.self)
        }
        #expect(error?.codingPath == "attributes.matrix[1][1]")
        #expect(error?.kind == .invalidAttribute)
    }

    @Test func integerOverflowIsAnError() {
        struct Small: Decodable { let value: Int8 }
        let resource = Resource(type: "t", id: "1", attributes: ["value": 300])
        let error = #expect(throws: DocumentDecodingError.self) {
            try resource.decodeAttributes(as: Small.self)
        }
        #expect(error?.codingPath == "attributes.value")
    }

    @Test func plainDatesUseOmegaForms() throws {
        struct Stamped: Codable, Equatable { let at: Date }
        let resource = Resource(type: "t", id: "1", attributes: ["at": "2024-07-01 12:00:00"])
        let stamped = try resource.decodeAttributes(as: Stamped.self)
        #expect(stamped.at == OmegaDate.date(year: 2024, month: 7, day: 1, hour: 12))
        let encoded = try Resource(type: "t", encoding: stamped)
        #expect(encoded.attributes["at"] == "2024-07-01 12:00:00")
        let bad = Resource(type: "t", id: "1", attributes: ["at": "01/07/2024"])
        let error = #expect(throws: DocumentDecodingError.self) { try bad.decodeAttributes(as: Stamped.self) }
        #expect(error?.codingPath == "attributes.at")
    }

    @Test func dictionaryOfLooseValues() throws {
        let resource = Resource(type: "t", id: "1", attributes: ["a": "1", "b": 2, "c": nil])
        let values = try resource.decodeAttributes(as: [String: Loose<Int>].self)
        #expect(values.mapValues(\.wrappedValue) == ["a": 1, "b": 2, "c": nil])
    }
}

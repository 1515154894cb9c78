import Foundation
import JSONAPI
import Testing

/// `Resource(type:encoding:)` writes exactly what `JSONEncoder` would (dates aside: Omega's form).
@Suite("Attribute encoding")
struct AttributeEncodingTests {
    private struct Everything: Codable, Equatable {
        enum Level: String, Codable { case low, high }

        struct Inner: Codable, Equatable {
            var code: String
            @Loose var amount: Decimal?
        }

        var text = "Jérôme \"J\" \\ /"
        var integer = -42
        var small: Int8 = 7
        var unsigned: UInt64 = .max
        var large: Int64 = .min
        var double = 0.1
        var float: Float = 2.5
        var decimal = Decimal(string: "73.42") ?? 0
        var flag = true
        var optionalNil: String? = nil
        var level = Level.high
        var list = [1, 2, 3]
        var nested = [[Inner(code: "a", amount: 1)], []]
        var dictionary = ["x": 1.5, "y": -0.25]
        var url = URL(string: "http://jsonapi.org/format")
        @Loose var loose: Bool? = true
        @Loose var looseNil: Int? = nil
        var free: JSONValue = ["meta": [], "n": nil]

        enum CodingKeys: String, CodingKey {
            case text, integer, small, unsigned, large, double, float, decimal, flag, level, list, nested
            case dictionary, url, loose, free
            case optionalNil = "optional_nil"
            case looseNil = "loose_nil"
        }
    }

    @Test func matchesJSONEncoder() throws {
        let model = Everything()
        let resource = try Resource(type: "t", id: "1", encoding: model)
        let reference = try JSONValue.parse(try JSONEncoder().encode(model))
        #expect(.object(resource.attributes) == reference)
        #expect(resource.attributes["optional_nil"] == nil)  // synthesized Codable skips nil optionals
        #expect(resource.attributes["loose_nil"] == .null)
        #expect(resource.attributes["double"] == .number(Decimal(string: "0.1") ?? 0))
        #expect(try resource.decodeAttributes(as: Everything.self) == model)
    }

    @Test func nonFiniteNumbersAreEncodingErrors() {
        struct Bad: Encodable { let value: Double }
        #expect(throws: EncodingError.self) { try Resource(type: "t", encoding: Bad(value: .nan)) }
        #expect(throws: EncodingError.self) { try Resource(type: "t", encoding: [Bad(value: .infinity)]) }
    }

    @Test func customEncodingShapes() throws {
        struct Custom: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var list = container.nestedUnkeyedContainer(forKey: .a)
                try list.encode(1)
                try list.encodeNil()
                var inner = list.nestedContainer(keyedBy: Keys.self)
                try inner.encode("x", forKey: .b)
                var object = container.nestedContainer(keyedBy: Keys.self, forKey: .b)
                try object.encode(true, forKey: .a)
            }
        }
        let resource = try Resource(type: "t", encoding: Custom())
        #expect(resource.attributes == ["a": [1, nil, ["b": "x"]], "b": ["a": true]])
    }
}

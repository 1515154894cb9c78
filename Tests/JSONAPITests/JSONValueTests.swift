import Foundation
import JSONAPI
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    @Test func decimalRoundTripsExactly() throws {
        let value = try JSONValue.parse(
            Data(#"{"ht": 73.42, "big": 12345678901234567.89, "neg": -0.001}"#.utf8))
        #expect(value["ht"] == .number(try #require(Decimal(string: "73.42"))))
        #expect(value["big"] == .number(try #require(Decimal(string: "12345678901234567.89"))))
        let text = String(decoding: try value.jsonData(), as: UTF8.self)
        #expect(text == #"{"big":12345678901234567.89,"ht":73.42,"neg":-0.001}"#)
        #expect(try JSONValue.parse(Data(text.utf8)) == value)
    }

    @Test func everyKindDecodes() throws {
        let value = try JSONValue.parse(
            Data(
                #"{"n": null, "t": true, "f": false, "i": 23, "s": "23", "a": [1, "x", []], "o": {"k": {}}}"#
                    .utf8))
        #expect(
            value
                == .object([
                    "n": .null, "t": .bool(true), "f": .bool(false), "i": .number(23), "s": .string("23"),
                    "a": .array([.number(1), .string("x"), .array([])]), "o": .object(["k": .object([:])]),
                ]))
        #expect(value["s"]?.stringValue == "23")
        #expect(value["i"]?.numberValue == 23)
        #expect(value["t"]?.boolValue == true)
        #expect(value["n"]?.isNull == true)
        #expect(value["a"]?.arrayValue?.count == 3)
        #expect(value["missing"] == nil)
    }

    @Test func booleansAreNotNumbers() throws {
        let value = try JSONValue.parse(Data("[true, 1, 0, false]".utf8))
        #expect(value == [true, 1, 0, false])
    }

    @Test func decodableThroughJSONDecoderToo() throws {
        // Inside other Codable types, JSONValue is decoded by Foundation's JSONDecoder.
        struct Envelope: Codable, Equatable {
            let meta: JSONValue
        }
        let json = #"{"meta": {"list": [true, 1, 0, 73.42, "0", null], "empty": []}}"#
        let envelope = try JSONDecoder().decode(Envelope.self, from: Data(json.utf8))
        let amount = try #require(Decimal(string: "73.42"))
        #expect(envelope.meta == ["list": [true, 1, 0, .number(amount), "0", nil], "empty": []])
        let again = try JSONDecoder().decode(Envelope.self, from: try JSONEncoder().encode(envelope))
        #expect(again == envelope)
    }

    /// Money must never pass through `Double`: 0.1 and 77.46 have no exact binary form, and 20
    /// digits are more than a `Double` holds. Both readers (ours, and Foundation's `JSONDecoder`
    /// for `JSONValue` inside other `Codable` types) keep the digits, and so does writing.
    @Test(arguments: [
        "77.46", "0.1", "0.01", "12345678901234567890", "-98765432109876543.21", "1234567890.1234567891",
    ])
    func moneyStaysExact(_ literal: String) throws {
        let expected = try #require(Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")))
        let text = Data(#"{"n":\#(literal),"s":"\#(literal)"}"#.utf8)
        let ours = try JSONValue.parse(text)
        let foundation = try JSONDecoder().decode(JSONValue.self, from: text)
        #expect(ours["n"] == .number(expected))
        #expect(foundation["n"] == .number(expected))
        #expect(ours["n"]?.numberValue?.description == expected.description)
        #expect(
            String(decoding: try ours.jsonData(), as: UTF8.self).contains(#""n":\#(expected.description)"#))
        #expect(try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(ours)) == ours)
        // An amount sent as a string, as Omega does, reads exactly too.
        let resource = Resource(type: "Partner_Facture", id: "1", attributes: ["ttc": .string(literal)])
        #expect(try resource.decodeAttributes(as: Amount.self).ttc == expected)
    }

    @Test func membersCanBeSet() throws {
        var json = Document(data: .many([]), jsonapi: JSONAPIObject(version: "1.0", meta: [:])).jsonValue
        json["jsonapi"]?["meta"] = []
        json["extra"] = "x"
        json["data"]?["ignored"] = 1  // not an object: unchanged
        #expect(
            String(decoding: try json.jsonData(), as: UTF8.self)
                == #"{"data":[],"extra":"x","jsonapi":{"meta":[],"version":"1.0"}}"#)
        json["extra"] = nil
        #expect(json["extra"] == nil)
        #expect(try Document(json: json).jsonapi?.meta == [:])
    }

    @Test func literalsBuildValues() {
        let value: JSONValue = ["total": 1, "name": "x", "ok": true, "nothing": nil, "list": [1, 2]]
        #expect(value["total"] == .number(1))
        #expect(value["nothing"] == .null)
        #expect(value["list"] == .array([.number(1), .number(2)]))
    }

    @Test func unicodeAndEscapesSurvive() throws {
        let value = try JSONValue.parse(
            Data(#"{"nom": "Jérôme KLAM<jerome.klam@jvs.fr>", "q": "a\"b\\c\n"}"#.utf8))
        #expect(value["nom"] == .string("Jérôme KLAM<jerome.klam@jvs.fr>"))
        #expect(try JSONValue.parse(try value.jsonData()) == value)
    }
}

private struct Amount: Decodable {
    @Loose var ttc: Decimal?
}

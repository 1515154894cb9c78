import Foundation
import JSONAPI
import Testing

/// A model as the client declares them: wire names in CodingKeys, every field `Loose`.
private struct Sample: Codable, Equatable {
    @Loose var flag: Bool?
    @Loose var count: Int?
    @Loose var amount: Decimal?
    @Loose var text: String?
    @Loose var date: Date?

    enum CodingKeys: String, CodingKey {
        case flag = "a_flag"
        case count = "a_count"
        case amount = "an_amount"
        case text = "a_text"
        case date = "a_date"
    }
}

private func decodeSample(_ json: String) throws -> Sample {
    try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
}

@Suite("Loose scalars")
struct LooseTests {
    @Test(arguments: [
        (#""1""#, true), (#""0""#, false), ("1", true), ("0", false), ("true", true), ("false", false),
        (#""true""#, true), (#""false""#, false),
    ])
    func boolForms(_ wire: String, _ expected: Bool) throws {
        #expect(try decodeSample(#"{"a_flag": \#(wire)}"#).flag == expected)
    }

    @Test(arguments: [
        (#""23""#, 23), ("23", 23), (#""-4""#, -4), ("0", 0), (#""23.00""#, 23), ("23.0", 23), ("2.3e1", 23),
        (#""-0.0""#, 0),
    ])
    func intForms(_ wire: String, _ expected: Int) throws {
        #expect(try decodeSample(#"{"a_count": \#(wire)}"#).count == expected)
    }

    @Test func decimalFromStringAndNumberIsExact() throws {
        let fromString = try decodeSample(#"{"an_amount": "73.42"}"#).amount
        let fromNumber = try decodeSample(#"{"an_amount": 73.42}"#).amount
        let exact = try #require(Decimal(string: "73.42"))
        #expect(fromString == exact)
        #expect(fromNumber == exact)
        #expect(fromString?.description == "73.42")
        // 0.1 + 0.2 is not 0.3 in Double; with Decimal read from text it is.
        let tenth = try #require(try decodeSample(#"{"an_amount": "0.1"}"#).amount)
        let fifth = try #require(try decodeSample(#"{"an_amount": 0.2}"#).amount)
        #expect(tenth + fifth == Decimal(string: "0.3"))
    }

    @Test func stringFromStringAndNumber() throws {
        #expect(try decodeSample(#"{"a_text": "034105"}"#).text == "034105")
        #expect(try decodeSample(#"{"a_text": 343025705}"#).text == "343025705")
    }

    @Test(arguments: ["a_flag", "a_count", "an_amount", "a_text", "a_date"])
    func nullEmptyAndMissingAreNil(_ key: String) throws {
        for json in [#"{"\#(key)": null}"#, #"{"\#(key)": ""}"#, "{}"] {
            #expect(
                try decodeSample(json) == Sample(flag: nil, count: nil, amount: nil, text: nil, date: nil))
        }
    }

    @Test func zeroDatesAreNil() throws {
        #expect(try decodeSample(#"{"a_date": "0000-00-00 00:00:00"}"#).date == nil)
        #expect(try decodeSample(#"{"a_date": "0000-00-00"}"#).date == nil)
    }

    @Test func dateForms() throws {
        let local = try #require(try decodeSample(#"{"a_date": "2009-10-20 00:00:00"}"#).date)
        #expect(local == OmegaDate.date(year: 2009, month: 10, day: 20))
        #expect(local.timeIntervalSince1970 == 1_255_989_600)  // 2009-10-19T22:00:00Z
        let dayOnly = try decodeSample(#"{"a_date": "2009-10-20"}"#).date
        #expect(dayOnly == local)
        let iso = try decodeSample(#"{"a_date": "2016-06-01T12:27:19.000+0200"}"#).date
        #expect(iso?.timeIntervalSince1970 == 1_464_776_839)
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        let json: String
        let key: String
        var testDescription: String { json }
    }

    @Test(arguments: [
        Rejected(json: #"{"a_flag": "2"}"#, key: "a_flag"),
        Rejected(json: #"{"a_flag": 2}"#, key: "a_flag"),
        Rejected(json: #"{"a_flag": "oui"}"#, key: "a_flag"),
        Rejected(json: #"{"a_count": "23.5"}"#, key: "a_count"),
        Rejected(json: #"{"a_count": 23.5}"#, key: "a_count"),
        Rejected(json: #"{"a_count": "vingt"}"#, key: "a_count"),
        Rejected(json: #"{"a_count": "23.01"}"#, key: "a_count"),
        Rejected(json: #"{"a_count": "99999999999999999999"}"#, key: "a_count"),
        Rejected(json: #"{"a_count": " 23"}"#, key: "a_count"),
        Rejected(json: #"{"an_amount": "73,42"}"#, key: "an_amount"),
        Rejected(json: #"{"an_amount": "73.42 EUR"}"#, key: "an_amount"),
        Rejected(json: #"{"an_amount": true}"#, key: "an_amount"),
        Rejected(json: #"{"a_text": true}"#, key: "a_text"),
        Rejected(json: #"{"a_text": ["x"]}"#, key: "a_text"),
        Rejected(json: #"{"a_date": "20/10/2009"}"#, key: "a_date"),
        Rejected(json: #"{"a_date": "2009-02-30 00:00:00"}"#, key: "a_date"),
        Rejected(json: #"{"a_date": 1255989600}"#, key: "a_date"),
    ])
    func otherFormsAreTypedErrorsNamingThePath(_ rejected: Rejected) throws {
        let error = #expect(throws: DecodingError.self) { try decodeSample(rejected.json) }
        guard case .typeMismatch(_, let context) = error else {
            Issue.record("expected a type mismatch, got \(String(describing: error))")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == [rejected.key])
    }

    @Test func encodesOmegaWireForms() throws {
        var sample = Sample(flag: nil, count: nil, amount: nil, text: nil, date: nil)
        sample.flag = true
        sample.count = 23
        sample.amount = Decimal(string: "73.42")
        sample.text = "XXX RUE XXX"
        sample.date = OmegaDate.date(year: 2024, month: 7, day: 1, hour: 12)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(sample), as: UTF8.self)
        #expect(
            json
                == #"{"a_count":"23","a_date":"2024-07-01 12:00:00","a_flag":"1","a_text":"XXX RUE XXX","an_amount":"73.42"}"#
        )
        #expect(try JSONDecoder().decode(Sample.self, from: Data(json.utf8)) == sample)
    }

    @Test func encodesFalseAndNilAsOmegaDoes() throws {
        var sample = Sample(flag: nil, count: nil, amount: nil, text: nil, date: nil)
        sample.flag = false
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(sample), as: UTF8.self)
        #expect(json == #"{"a_count":null,"a_date":null,"a_flag":"0","a_text":null,"an_amount":null}"#)
    }

    @Test func looseValueOutsideAKeyedContainer() throws {
        let values = try JSONDecoder().decode([Loose<Int>].self, from: Data(#"["1", 2, null, ""]"#.utf8))
        #expect(values.map(\.wrappedValue) == [1, 2, nil, nil])
    }
}

import Foundation
import JSONAPI
import Testing

@Suite("JSON text parsing and writing")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Data(text.utf8))
    }

    @Test func stringEscapes() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try parse(#""\u00e9\u00C9""#) == .string("éÉ"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""x\ud83dy""#) == .string("x\u{FFFD}y"))
        #expect(try parse(#""\ude00""#) == .string("\u{FFFD}"))
        #expect(try parse(#""déjà vu 💧""#) == .string("déjà vu 💧"))
    }

    @Test(arguments: [
        ("0", "0"), ("-0", "0"), ("23", "23"), ("-4", "-4"), ("73.42", "73.42"), ("1e3", "1000"),
        ("1.5E+2", "150"),
        ("25e-1", "2.5"), ("123456789012345678901234.5", "123456789012345678901234.5"),
        ("0.000001", "0.000001"),
    ])
    func numbersAreExact(_ text: String, _ expected: String) throws {
        let value = try parse(text)
        #expect(value == .number(try #require(Decimal(string: expected))))
    }

    @Test(arguments: [
        "", " ", "01", "1.", ".5", "-", "1e", "1e+", "+1", "NaN", "Infinity", "tru", "nul", "[1,]", "[1 2]",
        "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":}", "\"abc", "\"a\u{01}b\"", #""\x""#, #""\u12G4""#,
        "[1]]",
        "{} {}", "'a'", "[", "{", "\u{FEFF}\u{FEFF}{}",
    ])
    func malformedTextIsRejected(_ text: String) {
        #expect(throws: DecodingError.self) { try parse(text) }
    }

    @Test func deepNestingIsRejectedWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DecodingError.self) { try parse(deep) }
        let error = #expect(throws: DocumentDecodingError.self) { try Document.decode(Data(deep.utf8)) }
        #expect(error?.kind == .notJSON)
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try parse(fine) }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try parse("\u{FEFF}{\"meta\": {}}") == ["meta": [:]])
    }

    @Test func whitespaceAroundValues() throws {
        #expect(try parse(" \n\t{ \"a\" : [ 1 , true , null ] }\r\n ") == ["a": [1, true, nil]])
    }

    @Test func writerEscapesAndRoundTrips() throws {
        let value: JSONValue = [
            "quote": "a\"b\\c", "control": "\u{01}\n\t", "unicode": "Jérôme 💧", "slash": "a/b",
            "numbers": [.number(try #require(Decimal(string: "73.42"))), .number(-1), .number(0)],
        ]
        let text = String(decoding: try value.jsonData(), as: UTF8.self)
        #expect(
            text
                == #"{"control":"\u0001\n\t","numbers":[73.42,-1,0],"quote":"a\"b\\c","slash":"a/b","unicode":"Jérôme 💧"}"#
        )
        #expect(try JSONValue.parse(try value.jsonData()) == value)
    }

    @Test func notJSONErrorSaysWhere() {
        let error = #expect(throws: DocumentDecodingError.self) {
            try Document.decode(Data(#"{"data": [1,]}"#.utf8))
        }
        #expect(error?.kind == .notJSON)
        #expect(error?.detail.contains("at byte 12") == true)
    }
}

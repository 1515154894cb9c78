import Foundation
import SelfService
import Testing

@testable import OmegaTUI

/// The writers alone, on tables built by hand: quoting, line ends, decimals, sanitising.
struct ExportWriterTests {
    static let day = Formatting.parseDate("12/08/2026")!

    static let table = ExportTable(
        columns: [
            ExportColumn(field: "titre", header: "Titre"),
            ExportColumn(field: "montant", header: "Montant (€)"),
            ExportColumn(field: "date", header: "Date"), ExportColumn(field: "fuite", header: "Fuite"),
            ExportColumn(field: "statut", header: "Statut"),
        ],
        rows: [
            [
                .text("Relevé; \"urgent\""), .amount(Decimal(string: "1234.5")!), .date(day), .flag(true),
                .coded(code: "a_payer", label: "à payer"),
            ],
            [.text("ligne\nsuivante \u{1B}[2Jeffacée"), .amount(-12), .none, .flag(false), .none],
        ])

    @Test("CSV: CRLF, quotes where RFC 4180 asks, French decimals with ';', points with ','")
    func csv() throws {
        let semicolon = CSVWriter.write(Self.table, separator: ";")
        #expect(
            semicolon
                == "Titre;Montant (€);Date;Fuite;Statut\r\n"
                + "\"Relevé; \"\"urgent\"\"\";1234,5;2026-08-12;1;à payer\r\n"
                + "ligne suivante effacée;-12;;0;\r\n")
        let comma = CSVWriter.write(Self.table, separator: ",")
        let records = try RFC4180Parser(separator: ",").parse(comma)
        #expect(records[1] == ["Relevé; \"urgent\"", "1234.5", "2026-08-12", "1", "à payer"])
        #expect(!comma.contains("\u{1B}"))
    }

    @Test("the strict parser refuses what RFC 4180 does not allow")
    func strictParser() {
        let parser = RFC4180Parser(separator: ";")
        for broken in ["a;b\n", "a;b\r\nc\r\n", "a\"b;c\r\n", "\"a\"b;c\r\n", "\"a;b\r\n", "a;b"] {
            #expect(throws: RFC4180Parser.Malformed.self, "\(broken.debugDescription)") {
                try parser.parse(broken)
            }
        }
    }

    @Test("JSON: sorted field names, codes, exact numbers, ISO dates, null")
    func json() throws {
        let text = JSONExportWriter.write(Self.table)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows[0]["statut"] as? String == "a_payer")
        #expect(rows[0]["date"] as? String == "2026-08-12")
        #expect(rows[0]["fuite"] as? Bool == true)
        #expect(rows[1]["date"] is NSNull)
        #expect(text.contains("\"montant\" : 1234.5"))
        #expect(!text.contains("\u{1B}") && !text.contains("\\u001b"))
        let keys = text.split(separator: "\n").filter { $0.contains("\" : ") }.prefix(5)
            .map { $0.trimmingCharacters(in: .whitespaces).split(separator: "\"")[0] }
        #expect(keys == keys.sorted())
    }

    @Test("table: aligned columns, French formats, a dash for nothing")
    func table() {
        let text = TextTableWriter.write(Self.table, strings: Strings(language: .fr), empty: "Aucune ligne.")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].contains("1 234,50 €"))
        #expect(lines[1].contains("12/08/2026"))
        #expect(lines[2].contains("-12,00 €"))
        #expect(lines[2].contains("—"))
        #expect(
            TextTableWriter.write(
                ExportTable(columns: Self.table.columns, rows: []), strings: Strings(language: .fr),
                empty: "Aucune ligne.") == "Aucune ligne.\n")
    }
}

import Foundation
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import Testing

@testable import OmegaTUI

/// What `omega-tui releves|factures|demandes` print, read back by a strict RFC 4180 parser
/// and a JSON Schema validator, equals what the API returns: dates, amounts, m³.
@Suite(.serialized) struct ExportSandboxTests {
    static let strings = Strings(language: .fr)

    /// The demo subscriber's data source (as the commands get it) and a separate API session
    /// to compare with, on a fresh in-process sandbox.
    static func withDemo(
        _ body: (any SubscriberDataSource, SubscriberAPI, ContractSummary) async throws -> Void
    ) async throws {
        let server = try await SandboxServer(
            configuration: .init(port: 0, seed: 1, subscribers: 20, reviewMode: .auto))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@export"))
        var failure: (any Error)?
        do {
            let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
            let source = try await account.logIn(
                email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword,
                rememberMe: false)
            let api = SubscriberAPI(session: SubscriberSession(transport: transport))
            try await api.login(email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
            let contract = try #require(
                try await source.contracts().sorted { $0.numeroContrat < $1.numeroContrat }.first)
            try await body(source, api, contract)
        } catch {
            failure = error
        }
        await server.shutdown()
        try? await transport.shutdown()
        if let failure { throw failure }
    }

    /// Every page of a list from the data source.
    static func all<Item>(_ load: (Int) async throws(ServiceFailure) -> RecordPage<Item>) async throws
        -> [Item]
    {
        var items: [Item] = []
        var number = 1
        while true {
            let page = try await load(number)
            items += page.items
            guard page.hasNext, !page.items.isEmpty else { return items }
            number += 1
        }
    }

    /// Every page of a list from the API.
    static func allAPI<Item: OmegaModel>(_ load: (Int) async throws -> OmegaClient.Page<Item>) async throws
        -> [Item]
    {
        var items: [Item] = []
        var number = 1
        while true {
            let page = try await load(number)
            items += page.items
            guard page.next != nil, !page.items.isEmpty else { return items }
            number += 1
        }
    }

    static func day(_ date: Date?) -> String { date.map { Formatting.date($0, in: .en) } ?? "" }

    /// A CSV decimal back to a number: a decimal comma with `;`, a point with `,`.
    static func decimal(_ text: String, separator: Unicode.Scalar) -> Decimal? {
        guard !text.isEmpty else { return nil }
        return Decimal(string: separator == ";" ? text.replacingOccurrences(of: ",", with: ".") : text)
    }

    @Test("readings as CSV: the header in French, one row per reading, dates and m³ as the API has them")
    func readingsCSV() async throws {
        try await Self.withDemo { source, api, contract in
            let readings = try await Self.all { number throws(ServiceFailure) in
                try await source.readings(contratId: contract.id, page: number)
            }
            let csv = CSVWriter.write(
                ExportDocuments.readings(readings, contract: contract.numeroContrat, strings: Self.strings),
                separator: ";")
            let records = try RFC4180Parser(separator: ";").parse(csv)
            #expect(
                records.first == [
                    "Contrat", "Date", "Index", "Consommation (m³)", "Type", "Tour de compteur", "Fuite",
                ])
            let reference = try await Self.allAPI {
                try await api.releves(contratId: contract.id, page: .number($0))
            }
            #expect(!reference.isEmpty)
            let expected = reference.map { releve in
                [
                    contract.numeroContrat, Self.day(releve.dateNouvelIndex),
                    releve.nouvelIndex.map(String.init) ?? "",
                    releve.consommation.map(String.init) ?? "", releve.fuite == true ? "1" : "0",
                ]
            }
            let actual = records.dropFirst().map { [$0[0], $0[1], $0[2], $0[3], $0[6]] }
            #expect(actual == expected)
        }
    }

    @Test("invoices as CSV with either separator: amounts back to the API's decimals", arguments: [";", ","])
    func invoicesCSV(separator: String) async throws {
        let mark = try #require(separator.unicodeScalars.first)
        try await Self.withDemo { source, api, contract in
            let invoices = try await Self.all { number throws(ServiceFailure) in
                try await source.invoices(contratId: contract.id, page: number)
            }
            let csv = CSVWriter.write(
                ExportDocuments.invoices(invoices, contract: contract.numeroContrat, strings: Self.strings),
                separator: Character(separator))
            let records = try RFC4180Parser(separator: mark).parse(csv)
            #expect(records.first?.count == 10)
            #expect(records.first?[5] == "Montant HT (€)")
            let reference = try await Self.allAPI {
                try await api.factures(contratId: contract.id, page: .number($0))
            }
            #expect(reference.count == records.count - 1)
            for (row, facture) in zip(records.dropFirst(), reference) {
                #expect(row[1] == facture.numeroFacture)
                #expect(row[2] == Self.day(facture.dateFacture))
                #expect(row[3] == Self.day(facture.dateEcheance))
                #expect(
                    Self.decimal(row[4], separator: mark) == facture.consommationFacturee.map { Decimal($0) })
                #expect(Self.decimal(row[5], separator: mark) == facture.montantHT)
                #expect(Self.decimal(row[6], separator: mark) == facture.montantTVA)
                #expect(Self.decimal(row[7], separator: mark) == facture.montantTTC)
                #expect(Self.decimal(row[8], separator: mark) == facture.netAPayer)
            }
            // French decimals hold a comma: with ',' as the separator they must not appear.
            if separator == "," { #expect(!records.dropFirst().contains { $0[7].contains(",") }) }
        }
    }

    /// One invoice as `factures --format json` writes it.
    struct InvoiceJSON: Decodable {
        var numero: String
        var date: String
        var echeance: String?
        var volume: Decimal?
        var montantHT: Decimal
        var montantTVA: Decimal
        var montantTTC: Decimal
        var netAPayer: Decimal
        var statut: String

        enum CodingKeys: String, CodingKey {
            case numero, date, echeance, statut
            case volume = "volume_m3"
            case montantHT = "montant_ht"
            case montantTVA = "montant_tva"
            case montantTTC = "montant_ttc"
            case netAPayer = "net_a_payer"
        }
    }

    @Test("invoices as JSON: valid against the schema, exact decimals")
    func invoicesJSON() async throws {
        try await Self.withDemo { source, api, contract in
            let invoices = try await Self.all { number throws(ServiceFailure) in
                try await source.invoices(contratId: contract.id, page: number)
            }
            let json = Data(
                JSONExportWriter.write(
                    ExportDocuments.invoices(
                        invoices, contract: contract.numeroContrat, strings: Self.strings)
                ).utf8)
            let schema = try JSONSchemaValidator(contentsOf: Self.schema("factures"))
            let problems = try schema.problems(in: json)
            #expect(problems.isEmpty, "\(problems)")
            let decoded = try JSONDecoder().decode([InvoiceJSON].self, from: json)
            let reference = try await Self.allAPI {
                try await api.factures(contratId: contract.id, page: .number($0))
            }
            #expect(decoded.count == reference.count)
            for (invoice, facture) in zip(decoded, reference) {
                #expect(invoice.numero == facture.numeroFacture)
                #expect(invoice.date == Self.day(facture.dateFacture))
                #expect(invoice.montantTTC == facture.montantTTC)
                #expect(invoice.montantHT == facture.montantHT)
                #expect(invoice.netAPayer == facture.netAPayer)
                #expect(invoice.volume == facture.consommationFacturee.map { Decimal($0) })
            }
        }
    }

    @Test("readings and requests as JSON: valid against their schemas")
    func readingsAndRequestsJSON() async throws {
        try await Self.withDemo { source, api, contract in
            let readings = try await Self.all { number throws(ServiceFailure) in
                try await source.readings(contratId: contract.id, page: number)
            }
            let readingsJSON = Data(
                JSONExportWriter.write(
                    ExportDocuments.readings(
                        readings, contract: contract.numeroContrat, strings: Self.strings)
                ).utf8)
            #expect(
                try JSONSchemaValidator(contentsOf: Self.schema("releves")).problems(in: readingsJSON).isEmpty
            )
            let rows = try #require(try JSONSerialization.jsonObject(with: readingsJSON) as? [[String: Any]])
            let reference = try await Self.allAPI {
                try await api.releves(contratId: contract.id, page: .number($0))
            }
            #expect(rows.map { $0["index"] as? Int } == reference.map(\.nouvelIndex))
            #expect(rows.map { $0["date"] as? String } == reference.map { Self.day($0.dateNouvelIndex) })

            let requests = try await Self.all { number throws(ServiceFailure) in
                try await source.requests(page: number)
            }
            let requestsJSON = Data(
                JSONExportWriter.write(ExportDocuments.requests(requests, strings: Self.strings)).utf8)
            let problems = try JSONSchemaValidator(contentsOf: Self.schema("demandes")).problems(
                in: requestsJSON)
            #expect(problems.isEmpty, "\(problems)")
            let demandes = try await Self.allAPI { try await api.demandes(page: .number($0)) }
            let numbers = try #require(
                try JSONSerialization.jsonObject(with: requestsJSON) as? [[String: Any]]
            )
            .map { $0["numero"] as? String }
            #expect(numbers == demandes.map(\.id))
        }
    }

    @Test("the schema validator refuses what the schemas forbid")
    func theValidatorCanFail() throws {
        let schema = try JSONSchemaValidator(contentsOf: Self.schema("factures"))
        let wrong = Data(
            (#"[{"contrat":"1","numero":"2","date":"12/08/2026","echeance":null,"volume_m3":null,"#
                + #""montant_ht":"1.00","montant_tva":0,"montant_ttc":1,"net_a_payer":1,"statut":"inconnu","x":1}]"#)
                .utf8)
        let problems = try schema.problems(in: wrong).map(\.description)
        #expect(problems.contains { $0.contains("date") })
        #expect(problems.contains { $0.contains("montant_ht") })
        #expect(problems.contains { $0.contains("inconnu") })
        #expect(problems.contains { $0.contains("x is not in the schema") })
    }

    static func schema(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Schemas/\(name).schema.json")
    }
}

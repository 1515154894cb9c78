import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox
@testable import OmegaTUI

/// Issue 14 in line mode: the menu lists our kinds, and one is filled field after field,
/// checked by the service and sent.
@Suite(.serialized) @MainActor struct PlainKindJourneyTests {
    @Test("the menu lists the kinds the sandbox accepts; an e-invoice request is checked and sent")
    func eInvoice() async throws {
        try await PlainSandboxJourneyTests.withPlain { driver, _ in
            try await PlainSandboxJourneyTests.logIn(driver)
            let mark = driver.output.count
            try await driver.answer("n", expecting: "Duplicata de facture par e-mail")
            let menu = driver.since(mark)
            let entry = try #require(
                menu.split(separator: "\n").first { $0.hasSuffix(". Facture électronique") }, "\(menu)")
            let number = String(entry.prefix { $0.isNumber })
            try await driver.answer(number, expecting: "Envoi (")
            try await driver.answer("", expecting: "E-mail")
            try await driver.answer("", expecting: "Le service accepterait cette demande.")
            try await driver.answer("1", expecting: " envoyée : ")
            let filed = try #require(driver.state.requests.list.items.first)
            #expect(filed.code == .autre("J_EFACTURE"))
            try await driver.answer("p", expecting: "Aucune donnée de carte bancaire")
        }
    }

    @Test("against a sandbox without extensions, the menu says where to ask for the rest")
    func withoutExtensions() async throws {
        var configuration = SandboxServer.Configuration(
            port: 0, seed: 1, subscribers: 20, reviewMode: .auto, logger: MiniPopulation.quietLogger)
        configuration.extensions = false
        let server = try await SandboxServer(configuration: configuration)
        try await PlainSandboxJourneyTests.withPlain(server: server) { driver, _ in
            try await PlainSandboxJourneyTests.logIn(driver)
            let mark = driver.output.count
            try await driver.answer("n", expecting: "à demander directement au service des eaux.")
            #expect(!driver.since(mark).contains("Facture électronique"))
        }
    }
}

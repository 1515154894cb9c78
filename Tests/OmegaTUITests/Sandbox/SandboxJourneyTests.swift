import Foundation
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

/// The real store against an in-process sandbox, driven with keys like the terminal drives it,
/// rendered into a grid: what is on screen must equal what the API returns.
@Suite(.serialized) @MainActor struct SandboxJourneyTests {
    static let demoEmail = DemoDataGenerator.demoEmail
    static let demoPassword = DemoDataGenerator.demoPassword

    /// Runs `body` with a front end at the login screen of a fresh sandbox (the demo account
    /// suggested) and a separate API session of the demo subscriber to compare with.
    static func withApp(
        reviewMode: SandboxServer.ReviewMode = .auto, _ body: (AppDriver, SubscriberAPI) async throws -> Void
    ) async throws {
        let server = try await SandboxServer(
            configuration: .init(port: 0, seed: 1, subscribers: 20, reviewMode: reviewMode))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@omega-tui"))
        let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        let driver = AppDriver(
            AppState(suggestedAccount: SuggestedAccount(email: demoEmail, password: demoPassword)),
            dependencies: Dependencies(account: account, drafts: InMemoryDraftStore(), clock: FrozenClock()),
            // The sandbox's data ends at today's date: the index form must date its reading today.
            context: .live)
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        var failure: (any Error)?
        do {
            try await api.login(email: demoEmail, password: demoPassword)
            try await body(driver, api)
        } catch {
            failure = error
        }
        driver.press(.function(10))
        driver.press(.character("o"))
        driver.shell.store.cancelAll()
        await server.shutdown()
        try? await transport.shutdown()
        if let failure { throw failure }
    }

    /// Starts, fills the form with the suggested account (Ctrl-D), Enter, and waits for Accueil.
    static func logIn(_ driver: AppDriver) async throws {
        driver.send(.start)
        try await driver.runUntilIdle()
        driver.press(.control("d"), .enter)
        try await driver.run(until: \.isOnLoadedAccueil, "Accueil loaded")
    }

    @Test func theDashboardShowsWhatTheAPIReturns() async throws {
        try await Self.withApp { driver, api in
            try await Self.logIn(driver)
            let text = driver.render().text
            let strings = Strings(language: .fr)
            let contract = try #require(driver.state.selectedContract)
            let reference = try #require(try await api.contrats().items.first { $0.id == contract.id })
            #expect(text.contains(try #require(reference.numeroContrat)))
            let newest = try #require(try await api.releves(contratId: contract.id).items.first)
            let index = try #require(newest.nouvelIndex)
            let date = try #require(newest.dateNouvelIndex)
            #expect(text.contains("index \(strings.number(index)) le \(strings.date(date))"))
            let invoice = try #require(try await api.factures(contratId: contract.id).items.first)
            let number = try #require(invoice.numeroFacture)
            let ttc = try #require(invoice.montantTTC)
            #expect(text.contains("n° \(number)"))
            #expect(text.contains(strings.amount(ttc)))
            if let due = invoice.dateEcheance { #expect(text.contains("échéance \(strings.date(due))")) }
            #expect(text.contains(Self.demoEmail))
        }
    }

    @Test func filingAnIndexWithTheKeyboardShowsTheConsumptionThenSends() async throws {
        try await Self.withApp { driver, _ in
            try await Self.logIn(driver)
            let last = try #require(driver.state.readings.latest?.index)
            driver.press(.character("n"), .enter)
            #expect(driver.state.screen == .nouvelleDemande(.index))
            driver.type(String(last + 37))
            driver.press(.enter)
            try await driver.run(until: { $0.readingForm?.step.isBusy == false }, "the dry run answered")
            let form = driver.state.readingForm
            #expect(form?.step.outcome != nil, "no dry run: \(String(describing: form))")
            var canvas = driver.render(columns: 100, rows: 30)
            #expect(canvas.text.contains("Consommation depuis le dernier index : 37 m³"), "\(canvas.text)")
            driver.press(.enter)
            try await driver.run(until: { $0.readingForm?.step.isBusy == false }, "the send answered")
            guard case .sent(let request) = driver.state.readingForm?.step else {
                Issue.record("not sent: \(String(describing: driver.state.readingForm?.step))")
                return
            }
            canvas = driver.render(columns: 100, rows: 30)
            #expect(canvas.text.contains("Demande n° \(request.id) envoyée"))
            driver.press(.enter)
            #expect(driver.state.screen == .demandes)
            try await driver.settle()
            canvas = driver.render(columns: 100, rows: 30)
            #expect(canvas.text.contains(request.id))
        }
    }
}

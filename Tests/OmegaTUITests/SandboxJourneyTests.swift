import Foundation
import OmegaClient
import OmegaSandbox
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

/// The real store against an in-process sandbox, driven with keys like the terminal drives it,
/// rendered into a grid: what is on screen must equal what the API returns.
@Suite(.serialized) struct SandboxJourneyTests {
    static let demoEmail = "demo@omega.test"
    static let demoPassword = "Eau-Claire-2026"

    @MainActor
    static func withApp(_ body: @MainActor (AppController, SubscriberAPI) async throws -> Void) async throws {
        let server = try await SandboxServer(
            configuration: .init(port: 0, seed: 1, subscribers: 20, reviewMode: .auto))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@omega-tui"))
        let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        let initial = AppState(suggestedAccount: SuggestedAccount(email: demoEmail, password: demoPassword))
        let store = AppStore(
            initialState: initial,
            environment: StoreEnvironment(account: account, drafts: InMemoryDraftStore()))
        let controller = AppController(store: store, initialState: initial, size: Size(columns: 80, rows: 24))
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        var failure: (any Error)?
        do {
            try await api.login(email: demoEmail, password: demoPassword)
            try await body(controller, api)
        } catch {
            failure = error
        }
        await store.send(.quit)
        await store.send(.confirmQuit)
        await server.shutdown()
        try? await transport.shutdown()
        if let failure { throw failure }
    }

    /// Types keys, then waits for the store to settle and reads its state.
    @MainActor
    static func press(_ keys: [Key], on controller: AppController) async {
        for key in keys { await controller.handle(key) }
        await controller.store.waitUntilIdle()
        await controller.refresh()
    }

    @MainActor
    static func logIn(_ controller: AppController) async throws {
        await controller.start()
        await press([.control("d"), .enter], on: controller)
        let loaded = await controller.store.waitUntil(timeout: .seconds(20)) { state in
            state.screen == .accueil && state.contractsLoaded && state.readings.list.hasLoaded
                && state.invoices.list.hasLoaded && state.invoices.payableLoaded && !state.isBusy
        }
        #expect(loaded != nil, "Accueil did not load")
        await controller.refresh()
    }

    @Test @MainActor func theDashboardShowsWhatTheAPIReturns() async throws {
        try await Self.withApp { controller, api in
            try await Self.logIn(controller)
            let canvas = GridCanvas(columns: 80, rows: 24)
            controller.render(on: canvas)
            let text = canvas.text
            let strings = Strings(language: .fr)
            let contract = try #require(controller.state.selectedContract)
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
            #expect(text.contains("demo@omega.test"))
        }
    }

    @Test @MainActor func filingAnIndexWithTheKeyboardShowsTheConsumptionThenSends() async throws {
        try await Self.withApp { controller, _ in
            try await Self.logIn(controller)
            let last = try #require(controller.state.readings.latest?.index)
            await Self.press([.character("n"), .enter], on: controller)
            #expect(controller.state.screen == .nouvelleDemande(.index))
            let typed = String(last + 37).map { Key.character($0) }
            await Self.press(typed + [.enter], on: controller)
            let canvas = GridCanvas(columns: 100, rows: 30)
            controller.render(on: canvas)
            #expect(canvas.text.contains("Consommation depuis le dernier index : 37 m³"), "\(canvas.text)")
            await Self.press([.enter], on: controller)
            guard case .sent(let request) = controller.state.readingForm?.step else {
                Issue.record("not sent: \(String(describing: controller.state.readingForm?.step))")
                return
            }
            controller.render(on: canvas)
            #expect(canvas.text.contains("Demande n° \(request.id) envoyée"))
            await Self.press([.enter], on: controller)
            #expect(controller.state.screen == .demandes)
            controller.render(on: canvas)
            #expect(canvas.text.contains(request.id))
        }
    }
}

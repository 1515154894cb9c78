import Foundation
import OmegaClient
import OmegaSandbox
import Testing

@testable import SelfService

/// A sandbox started in-process on a free loopback port, a client transport to it, and a
/// store driven like the terminal drives it.
struct SandboxHarness {
    static let demoEmail = DemoDataGenerator.demoEmail
    static let demoPassword = DemoDataGenerator.demoPassword

    let server: SandboxServer
    let transport: OmegaTransport
    let store: AppStore

    /// Runs `body` with a fresh sandbox and store, and stops both afterwards.
    static func with(
        drafts: any DraftStore = InMemoryDraftStore(), _ body: (SandboxHarness) async throws -> Void
    ) async throws {
        let server = try await SandboxServer(
            configuration: .init(port: 0, seed: 1, subscribers: 20, reviewMode: .auto))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@selfservice"))
        let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        let store = AppStore(
            initialState: AppState(), environment: StoreEnvironment(account: account, drafts: drafts))
        let harness = SandboxHarness(server: server, transport: transport, store: store)
        do {
            try await body(harness)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    private func stop() async {
        await store.send(.quit)
        await store.send(.confirmQuit)
        await server.shutdown()
        try? await transport.shutdown()
    }

    /// A separate API session for the demo account: the reference the screens are compared to.
    func referenceAPI() async throws -> SubscriberAPI {
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        try await api.login(email: Self.demoEmail, password: Self.demoPassword)
        return api
    }

    /// Logs in through the store like a user at the keyboard, and waits for Accueil to fill.
    func logInAsDemo() async throws -> AppState {
        await store.send(.start)
        await store.waitUntilIdle()
        await store.send(.login(.setEmail(Self.demoEmail)))
        await store.send(.login(.focusNext))
        await store.send(.login(.setPassword(Self.demoPassword)))
        await store.send(.login(.submit))
        let state = await store.waitUntil(timeout: .seconds(20)) { state in
            state.screen == .accueil && state.contractsLoaded && state.readings.list.hasLoaded
                && state.invoices.list.hasLoaded && state.invoices.payableLoaded && !state.isBusy
        }
        return try #require(state, "Accueil did not load")
    }
}

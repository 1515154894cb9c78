import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox

/// A sandbox started in-process on a free loopback port, a client transport to it, and the
/// app's store driven headless, the way the terminal drives it: actions in, finished work
/// received in order, never polled.
@MainActor
struct AppSandbox {
    static let demoEmail = DemoDataGenerator.demoEmail
    static let demoPassword = DemoDataGenerator.demoPassword

    let server: SandboxServer
    let transport: OmegaTransport
    let runner: HeadlessRunner<AppState, AppAction>

    /// Runs `body` with a fresh sandbox and app, and stops both afterwards.
    static func with(
        drafts: any DraftStore = InMemoryDraftStore(), _ body: (AppSandbox) async throws -> Void
    ) async throws {
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: 20, reviewMode: .auto, logger: MiniPopulation.quietLogger))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@adapter"))
        let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        let sandbox = AppSandbox(
            server: server, transport: transport, runner: makeRunner(account: account, drafts: drafts))
        do {
            try await body(sandbox)
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    /// The app as `omega-tui` runs it: the app reducer with the live context, over `account`.
    static func makeRunner(
        account: any AccountService, drafts: any DraftStore = InMemoryDraftStore()
    ) -> HeadlessRunner<AppState, AppAction> {
        let context = ReducerContext.live
        return HeadlessRunner(
            initialState: AppState(), dependencies: Dependencies(account: account, drafts: drafts),
            reducer: { AppFeature.reduce(&$0, $1, context) })
    }

    private func stop() async {
        runner.store.cancelAll()
        await server.shutdown()
        try? await transport.shutdown()
    }

    /// A separate API session for the demo account: the reference the screens are compared to.
    func referenceAPI() async throws -> SubscriberAPI {
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        try await api.login(email: Self.demoEmail, password: Self.demoPassword)
        return api
    }

    /// Logs in through the app like a user at the keyboard, and waits for Accueil to fill.
    func logInAsDemo() async throws -> AppState {
        try await Self.start(runner)
        runner.send(.login(.form(.set(.email, Self.demoEmail))))
        runner.send(.login(.form(.focusNext)))
        runner.send(.login(.form(.set(.password, Self.demoPassword))))
        runner.send(.login(.form(.submit)))
        let state = await runner.run(
            until: { state in
                state.screen == .accueil && state.contracts.hasLoaded && state.readings.list.hasLoaded
                    && state.invoices.list.hasLoaded && !state.isBusy
            }, timeout: .seconds(20))
        return try #require(state, "Accueil did not load")
    }

    /// Starts `runner` (the remembered session, if any) and waits until that work is done.
    static func start(_ runner: HeadlessRunner<AppState, AppAction>) async throws {
        runner.send(.start)
        try await settle(runner)
    }

    /// Waits until no work runs.
    static func settle(_ runner: HeadlessRunner<AppState, AppAction>) async throws {
        try #require(await runner.runUntilIdle(), "work still running")
    }

    /// Opens a screen and waits until what it started is done.
    func open(_ screen: Screen) async throws {
        runner.send(.navigate(screen))
        try await Self.settle(runner)
    }
}

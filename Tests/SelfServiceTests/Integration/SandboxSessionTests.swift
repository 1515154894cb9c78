import Foundation
import OmegaClient
import OmegaSandbox
import Testing

@testable import SelfService

@Suite(.serialized) struct SandboxSessionTests {
    @Test func rememberMeResumesTheSessionAtTheNextStartAndLogoutForgetsIt() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("selfservice-session-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await SandboxHarness.with { harness in
            func makeService() -> SubscriberAccountService {
                SubscriberAccountService(
                    transport: harness.transport, tokenStore: FileTokenStore(directory: directory),
                    emailFile: directory.appendingPathComponent("email"))
            }
            let first = AppStore(
                initialState: AppState(),
                environment: StoreEnvironment(account: makeService(), drafts: InMemoryDraftStore()))
            await first.send(.start)
            await first.waitUntilIdle()
            await first.send(.login(.setEmail(SandboxHarness.demoEmail)))
            await first.send(.login(.setPassword(SandboxHarness.demoPassword)))
            await first.send(.login(.toggleRememberMe))
            await first.send(.login(.submit))
            #expect(await first.waitUntil { $0.screen == .accueil } != nil)
            await first.waitUntilIdle()

            // The next start resumes without a password.
            let second = AppStore(
                initialState: AppState(),
                environment: StoreEnvironment(account: makeService(), drafts: InMemoryDraftStore()))
            await second.send(.start)
            let resumed = try #require(await second.waitUntil { $0.screen == .accueil && $0.contractsLoaded })
            #expect(resumed.sessionEmail == SandboxHarness.demoEmail)
            await second.send(.logout)
            await second.waitUntilIdle()
            #expect(await second.state.screen == .connexion)

            // After logout nothing is resumed, and the e-mail is no longer prefilled.
            let third = AppStore(
                initialState: AppState(),
                environment: StoreEnvironment(account: makeService(), drafts: InMemoryDraftStore()))
            await third.send(.start)
            await third.waitUntilIdle()
            let state = await third.state
            #expect(state.screen == .connexion)
            #expect(!state.isLoggedIn)
            #expect(state.login.email.isEmpty)
            await first.send(.quit)
            await second.send(.quit)
            await third.send(.quit)
        }
    }

    @Test func repeatedWrongPasswordsEndInALockWithItsOwnMessage() async throws {
        try await SandboxHarness.with { harness in
            let store = harness.store
            await store.send(.start)
            await store.send(.login(.setEmail(SandboxHarness.demoEmail)))
            var messages: [String] = []
            for attempt in 1...6 {
                await store.send(.login(.setPassword("mauvais-\(attempt)")))
                await store.send(.login(.submit))
                let state = try #require(
                    await store.waitUntil { !$0.login.isSubmitting && $0.login.error != nil })
                messages.append(state.login.error?.message(in: .fr) ?? "")
            }
            #expect(messages.first?.isEmpty == false)
            // The lock (429) does not read like wrong credentials.
            #expect(messages.last != messages.first)
            #expect(await store.state.screen == .connexion)
        }
    }
}

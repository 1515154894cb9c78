import Foundation
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import Testing

@Suite(.serialized) @MainActor struct SandboxSessionTests {
    @Test func rememberMeResumesTheSessionAtTheNextStartAndLogoutForgetsIt() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("adapter-session-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await AppSandbox.with { sandbox in
            @MainActor func makeRunner() -> HeadlessRunner<AppState, AppAction> {
                AppSandbox.makeRunner(
                    account: SubscriberAccountService(
                        transport: sandbox.transport, tokenStore: FileTokenStore(directory: directory),
                        emailFile: directory.appendingPathComponent("email")))
            }
            let first = makeRunner()
            defer { first.store.cancelAll() }
            try await AppSandbox.start(first)
            first.send(.login(.form(.set(.email, AppSandbox.demoEmail))))
            first.send(.login(.form(.set(.password, AppSandbox.demoPassword))))
            first.send(.login(.toggleRememberMe))
            first.send(.login(.form(.submit)))
            #expect(await first.run(until: { $0.screen == .accueil }) != nil)
            try await AppSandbox.settle(first)

            // The next start resumes without a password.
            let second = makeRunner()
            defer { second.store.cancelAll() }
            second.send(.start)
            let resumed = try #require(
                await second.run(until: { $0.screen == .accueil && $0.contracts.hasLoaded }))
            #expect(resumed.session.email == AppSandbox.demoEmail)
            second.send(.logout)
            try await AppSandbox.settle(second)
            #expect(second.state.screen == .connexion)

            // After logout nothing is resumed, and the e-mail is no longer prefilled.
            let third = makeRunner()
            defer { third.store.cancelAll() }
            try await AppSandbox.start(third)
            let state = third.state
            #expect(state.screen == .connexion)
            #expect(!state.isLoggedIn)
            #expect(state.login.email.isEmpty)
        }
    }

    @Test func repeatedWrongPasswordsEndInALockWithItsOwnMessage() async throws {
        try await AppSandbox.with { sandbox in
            let runner = sandbox.runner
            try await AppSandbox.start(runner)
            runner.send(.login(.form(.set(.email, AppSandbox.demoEmail))))
            var failures: [ServiceFailure] = []
            for attempt in 1...6 {
                runner.send(.login(.form(.set(.password, "mauvais-\(attempt)"))))
                runner.send(.login(.form(.submit)))
                let state = try #require(
                    await runner.run(until: { !$0.login.isSubmitting && $0.login.error != nil }))
                failures.append(try #require(state.login.error))
            }
            #expect(failures.first?.reason == .invalidCredentials)
            // The lock (429) does not read like wrong credentials: its own code, with the wait.
            #expect(failures.last?.reason == .tooManyRequests)
            #expect((failures.last?.retryAfter ?? 0) > 0)
            #expect(failures.last != failures.first)
            #expect(runner.state.screen == .connexion)
        }
    }
}

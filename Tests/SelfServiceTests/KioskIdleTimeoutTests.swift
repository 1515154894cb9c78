import Foundation
import OmegaClient
import Testing

@testable import SelfService

/// `--kiosk`: the idle timeout leaves nothing of the person for the next one.
@Suite struct KioskIdleTimeoutTests {
    @Test func aLoggedInSubscriberIsLoggedOutAndTheLoginScreenComesBackEmpty() {
        var state = AppState(suggestedAccount: SuggestedAccount(email: "demo@omega.test", password: "x"))
        _ = reduce(&state, .login(.setEmail("demo@omega.test")))
        _ = reduce(&state, .login(.setPassword("Eau-Claire-2026")))
        _ = reduce(&state, .login(.submit))
        let loaded = reduce(&state, .response(.loggedIn(email: "demo@omega.test", .success(true))))
        #expect(state.isLoggedIn && state.isBusy && !loaded.isEmpty)
        _ = reduce(&state, .navigate(.releves))

        let effects = reduce(&state, .idleTimeout)

        #expect(state.screen == .connexion)
        #expect(!state.isLoggedIn)
        #expect(state.login.email.isEmpty && state.login.password.isEmpty)
        #expect(state.profile == nil && state.contracts.isEmpty)
        #expect(state.login.suggestedAccount?.email == "demo@omega.test")
        // The loads started at login are cancelled, then the server session is closed.
        #expect(effects.contains(.cancel(.profile)))
        #expect(effects.contains(.cancel(.pollTimer)))
        #expect(effects.last == .perform(.logOut))
        #expect(state.inFlight == [.logout])
    }

    @Test func aHalfTypedLoginIsForgottenWithoutCallingTheServer() {
        var state = AppState()
        _ = reduce(&state, .login(.setEmail("claire@example.org")))
        _ = reduce(&state, .login(.setPassword("half-typ")))

        let effects = reduce(&state, .idleTimeout)

        #expect(state.login.email.isEmpty && state.login.password.isEmpty)
        #expect(!effects.contains(.perform(.logOut)))
        #expect(!state.isBusy)
    }

    @Test func counterModeIgnoresIt() {
        var state = AppState(mode: .counter(agent: "agent1"))
        #expect(reduce(&state, .idleTimeout).isEmpty)
        #expect(state.isLoggedIn)
    }
}

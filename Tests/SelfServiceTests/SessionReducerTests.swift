import Foundation
import OmegaClient
import Testing

@testable import SelfService

@Suite struct LoginReducerTests {
    @Test func loginOpensOnTheEmailFieldAndTabMovesToThePassword() {
        var state = AppState()
        #expect(state.screen == .connexion)
        #expect(state.login.focus == .email)
        _ = reduce(&state, .login(.focusNext))
        #expect(state.login.focus == .password)
        _ = reduce(&state, .login(.focusNext))
        #expect(state.login.focus == .rememberMe)
        _ = reduce(&state, .login(.focusNext))
        #expect(state.login.focus == .email)
        _ = reduce(&state, .login(.focusPrevious))
        #expect(state.login.focus == .rememberMe)
    }

    @Test func enterWithEmptyFieldsDoesNothing() {
        var state = AppState()
        _ = reduce(&state, .login(.setEmail("a@b.fr")))
        #expect(reduce(&state, .login(.submit)).isEmpty)
        #expect(!state.login.isSubmitting)
    }

    @Test func enterLogsInWithTheTypedCredentialsAndRememberMe() {
        var state = AppState()
        _ = reduce(&state, .login(.setEmail(" demo@omega.test ")))
        _ = reduce(&state, .login(.setPassword("secret-pass")))
        _ = reduce(&state, .login(.toggleRememberMe))
        let effects = reduce(&state, .login(.submit))
        #expect(
            effects == [.perform(.logIn(email: "demo@omega.test", password: "secret-pass", rememberMe: true))]
        )
        #expect(state.login.isSubmitting)
        #expect(state.isBusy)
    }

    @Test func aFailedLoginShowsTheErrorAndKeepsTheEmail() {
        var state = AppState()
        _ = reduce(&state, .login(.setEmail("demo@omega.test")))
        _ = reduce(&state, .login(.setPassword("wrong")))
        _ = reduce(&state, .login(.submit))
        let failure = ServiceFailure(
            kind: .other, french: "Identifiants incorrects.", english: "Wrong credentials.")
        _ = reduce(&state, .response(.loggedIn(email: "demo@omega.test", .failure(failure))))
        #expect(state.screen == .connexion)
        #expect(state.login.error == failure)
        #expect(state.login.email == "demo@omega.test")
        #expect(state.login.focus == .password)
        #expect(!state.login.isSubmitting)
        #expect(!state.isBusy)
    }

    @Test func aSuccessfulLoginGoesToAccueilAndLoadsTheSubscriber() {
        var state = AppState()
        let effects = reduce(&state, .response(.loggedIn(email: "demo@omega.test", .success(true))))
        #expect(state.screen == .accueil)
        #expect(state.isLoggedIn)
        #expect(state.login.password.isEmpty)
        #expect(effects.contains(.perform(.loadProfile)))
        #expect(effects.contains(.perform(.loadContracts)))
        #expect(effects.contains(.perform(.loadRequests)))
        #expect(effects.contains(.perform(.loadMessages)))
    }

    @Test func startResumesARememberedSessionOrPrefillsTheEmail() {
        var state = AppState()
        #expect(reduce(&state, .start) == [.perform(.resumeSession)])
        _ = reduce(&state, .response(.sessionResumed(email: nil, rememberedEmail: "demo@omega.test")))
        #expect(state.screen == .connexion)
        #expect(state.login.email == "demo@omega.test")
        #expect(state.login.rememberMe)
        #expect(state.login.focus == .password)

        var resumed = AppState()
        _ = reduce(&resumed, .start)
        _ = reduce(
            &resumed, .response(.sessionResumed(email: "demo@omega.test", rememberedEmail: "demo@omega.test"))
        )
        #expect(resumed.screen == .accueil)
        #expect(resumed.isLoggedIn)
    }

    @Test func theSuggestedDemoAccountFillsTheForm() {
        var state = AppState(
            suggestedAccount: SuggestedAccount(email: "demo@omega.test", password: "Eau-Claire-2026"))
        _ = reduce(&state, .login(.useSuggestedAccount))
        #expect(state.login.email == "demo@omega.test")
        #expect(state.login.password == "Eau-Claire-2026")
    }

    @Test func logoutForgetsTheSubscriberAndItsForms() {
        let context = Fixtures.context()
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.nouvelleDemande(.index)), context: context)
        let effects = reduce(&state, .logout, context: context)
        #expect(effects.contains(.perform(.logOut)))
        #expect(effects.contains(.cancel(.pollTimer)))
        #expect(state.screen == .connexion)
        #expect(!state.isLoggedIn)
        #expect(state.readingForm == nil)
        #expect(state.contracts.isEmpty)
    }
}

@Suite struct SignUpReducerTests {
    private func signUpState() -> AppState {
        var state = AppState()
        _ = reduce(&state, .login(.openSignUp))
        return state
    }

    @Test func passwordStrengthIsRatedAsTyped() {
        #expect(PasswordStrength(password: "") == .vide)
        #expect(PasswordStrength(password: "abc") == .tropCourt)
        #expect(PasswordStrength(password: "abcdefgh") == .faible)
        #expect(PasswordStrength(password: "abcdEFGH12") == .moyen)
        #expect(PasswordStrength(password: "Eau-Claire-2026!") == .fort)
        var state = signUpState()
        _ = reduce(&state, .signUp(.set(.password, "abc")))
        #expect(state.signUp.passwordStrength == .tropCourt)
        #expect(state.signUp.passwordStrength.label(in: .fr) == "trop court (8 caractères minimum)")
    }

    @Test func confirmationMatchIsReportedOnlyOnceTyped() {
        var state = signUpState()
        _ = reduce(&state, .signUp(.set(.password, "Eau-Claire-2026")))
        #expect(state.signUp.confirmationMatches == nil)
        _ = reduce(&state, .signUp(.set(.confirmation, "Eau-Claire")))
        #expect(state.signUp.confirmationMatches == false)
        _ = reduce(&state, .signUp(.set(.confirmation, "Eau-Claire-2026")))
        #expect(state.signUp.confirmationMatches == true)
    }

    @Test func localErrorsStopTheSubmitAndFocusTheFirstWrongField() {
        var state = signUpState()
        _ = reduce(&state, .signUp(.set(.email, "claire@example.org")))
        _ = reduce(&state, .signUp(.set(.password, "Eau-Claire-2026")))
        _ = reduce(&state, .signUp(.set(.confirmation, "Eau-Claire-2025")))
        let effects = reduce(&state, .signUp(.submit))
        #expect(effects.isEmpty)
        #expect(state.signUp.focus == .confirmation)
        #expect(state.signUp.fieldErrors[.confirmation] == "La confirmation ne correspond pas.")
        #expect(state.signUp.fieldErrors[.numeroContrat] != nil)
        #expect(state.signUp.fieldErrors[.numeroFacture] != nil)
    }

    @Test func theAccountIsCreatedThenTheEmailCodeVerifiedThenLoginIsPrefilled() {
        var state = signUpState()
        _ = reduce(&state, .signUp(.set(.email, "claire@example.org")))
        _ = reduce(&state, .signUp(.set(.password, "Eau-Claire-2026")))
        _ = reduce(&state, .signUp(.set(.confirmation, "Eau-Claire-2026")))
        _ = reduce(&state, .signUp(.set(.numeroContrat, "0001234")))
        _ = reduce(&state, .signUp(.set(.numeroFacture, "F-2026-001")))
        let create = reduce(&state, .signUp(.submit))
        #expect(
            create == [
                .perform(
                    .createAccount(
                        email: "claire@example.org", password: "Eau-Claire-2026", numeroContrat: "0001234",
                        numeroFacture: "F-2026-001"))
            ])
        _ = reduce(&state, .response(.accountCreated(nil)))
        #expect(state.signUp.step == .code)
        #expect(state.signUp.focus == .code)
        _ = reduce(&state, .signUp(.set(.code, "12a")))
        #expect(reduce(&state, .signUp(.submit)).isEmpty)
        #expect(state.signUp.fieldErrors[.code] != nil)
        _ = reduce(&state, .signUp(.set(.code, "123456")))
        #expect(
            reduce(&state, .signUp(.submit)) == [
                .perform(.verifyAccount(email: "claire@example.org", code: "123456"))
            ])
        _ = reduce(&state, .response(.accountVerified(nil)))
        #expect(state.screen == .connexion)
        #expect(state.login.email == "claire@example.org")
        #expect(state.login.focus == .password)
        #expect(state.toasts.last?.message == .accountVerified)
    }

    @Test func serverFieldErrorsLandNextToTheirFieldsAndKeepTheInput() {
        var state = signUpState()
        _ = reduce(&state, .signUp(.set(.email, "claire@example.org")))
        _ = reduce(&state, .signUp(.set(.password, "Eau-Claire-2026")))
        _ = reduce(&state, .signUp(.set(.confirmation, "Eau-Claire-2026")))
        _ = reduce(&state, .signUp(.set(.numeroContrat, "0001234")))
        _ = reduce(&state, .signUp(.set(.numeroFacture, "nope")))
        _ = reduce(&state, .signUp(.submit))
        let failure = ServiceFailure(
            kind: .validation, french: "Contrat ou facture inconnus.", english: "Unknown.",
            fieldErrors: ["nofacture": "inconnu"])
        _ = reduce(&state, .response(.accountCreated(failure)))
        #expect(state.signUp.step == .form)
        #expect(state.signUp.fieldErrors[.numeroFacture] == "inconnu")
        #expect(state.signUp.focus == .numeroFacture)
        #expect(state.signUp.numeroContrat == "0001234")
        #expect(state.signUp.error == failure)
    }
}

@Suite struct PasswordResetReducerTests {
    @Test func askingForACodeThenResettingReturnsToLogin() {
        var state = AppState()
        _ = reduce(&state, .login(.setEmail("claire@example.org")))
        _ = reduce(&state, .login(.openPasswordReset))
        #expect(state.screen == .motDePasseOublie)
        #expect(state.passwordReset.email == "claire@example.org")
        #expect(
            reduce(&state, .passwordReset(.submit)) == [
                .perform(.requestPasswordReset(email: "claire@example.org"))
            ])
        _ = reduce(&state, .response(.passwordResetRequested(nil)))
        #expect(state.passwordReset.step == .reset)
        #expect(state.passwordReset.focus == .code)
        _ = reduce(&state, .passwordReset(.set(.code, "654321")))
        _ = reduce(&state, .passwordReset(.set(.password, "Nouveau-Mot-2026")))
        _ = reduce(&state, .passwordReset(.set(.confirmation, "Nouveau-Mot-2026")))
        #expect(
            reduce(&state, .passwordReset(.submit)) == [
                .perform(
                    .resetPassword(email: "claire@example.org", code: "654321", password: "Nouveau-Mot-2026"))
            ])
        _ = reduce(&state, .response(.passwordResetDone(nil)))
        #expect(state.screen == .connexion)
        #expect(state.toasts.last?.message == .passwordReset)
    }

    @Test func escReturnsToLoginAndCancelsTheCall() {
        var state = AppState()
        _ = reduce(&state, .login(.openPasswordReset))
        _ = reduce(&state, .passwordReset(.set(.email, "x@y.fr")))
        _ = reduce(&state, .passwordReset(.submit))
        #expect(reduce(&state, .back) == [.cancel(.passwordReset)])
        #expect(state.screen == .connexion)
    }
}

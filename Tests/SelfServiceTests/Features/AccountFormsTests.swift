import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct SignUpTests {
    private func signUpStore(_ account: FakeAccount = FakeAccount()) async -> TestStore<AppState, AppAction> {
        let store = appStore(account: account)
        await store.send(.navigate(.creerCompte)) { $0.screen = .creerCompte }
        return store
    }

    private func fill(_ store: TestStore<AppState, AppAction>, _ values: [(SignUpState.Field, String)]) async
    {
        for (field, text) in values {
            await store.send(.signUp(.form(.set(field, text)))) { $0.signUp.fields[field] = text }
        }
    }

    @Test func passwordStrengthIsRatedAsTyped() async {
        #expect(PasswordStrength(password: "") == .vide)
        #expect(PasswordStrength(password: "abc") == .tropCourt)
        #expect(PasswordStrength(password: "abcdefgh") == .faible)
        #expect(PasswordStrength(password: "abcdEFGH12") == .moyen)
        #expect(PasswordStrength(password: "Eau-Claire-2026!") == .fort)
        let store = await signUpStore()
        await fill(store, [(.password, "abc")])
        #expect(store.state.signUp.passwordStrength == .tropCourt)
        await store.finish()
    }

    @Test func confirmationMatchIsReportedOnlyOnceTyped() async {
        let store = await signUpStore()
        await fill(store, [(.password, "Eau-Claire-2026")])
        #expect(store.state.signUp.confirmationMatches == nil)
        await fill(store, [(.confirmation, "Eau-Claire")])
        #expect(store.state.signUp.confirmationMatches == false)
        await fill(store, [(.confirmation, "Eau-Claire-2026")])
        #expect(store.state.signUp.confirmationMatches == true)
        await store.finish()
    }

    @Test func localChecksStopTheSubmitAndFocusTheFirstWrongField() async {
        let store = await signUpStore()
        await fill(
            store,
            [
                (.email, "claire@example.org"), (.password, "Eau-Claire-2026"),
                (.confirmation, "Eau-Claire-2025"),
            ])
        await store.send(.signUp(.form(.submit))) {
            $0.signUp.fields.problems = [
                .confirmation: .confirmationDiffers, .numeroContrat: .required, .numeroFacture: .required,
            ]
            $0.signUp.fields.focus = .confirmation
        }
        #expect(store.state.signUp.fields.problems[.password] == nil)
        await store.finish()
    }

    @Test func anEmptyOrWeakPasswordIsCaughtBeforeTheService() async {
        let store = await signUpStore()
        await fill(store, [(.email, "claire@example.org"), (.numeroContrat, "1"), (.numeroFacture, "2")])
        await store.send(.signUp(.form(.submit))) {
            $0.signUp.fields.problems = [.password: .required]
            $0.signUp.fields.focus = .password
        }
        await store.send(.signUp(.form(.set(.password, "abc")))) {
            $0.signUp.fields[.password] = "abc"
            $0.signUp.fields.problems = [:]
        }
        await store.send(.signUp(.form(.submit))) {
            $0.signUp.fields.problems = [
                .password: .weakPassword(.tropCourt), .confirmation: .confirmationDiffers,
            ]
        }
        await store.finish()
    }

    @Test func theAccountIsCreatedThenTheCodeVerifiedThenLoginIsPrefilled() async {
        let account = FakeAccount()
        let store = await signUpStore(account)
        await fill(
            store,
            [
                (.email, "claire@example.org"), (.password, "Eau-Claire-2026"),
                (.confirmation, "Eau-Claire-2026"),
                (.numeroContrat, " 0001234 "), (.numeroFacture, "F-2026-001"),
            ])
        await store.send(.signUp(.form(.submit))) { $0.signUp.isSubmitting = true }
        await store.receive(.signUp(.created(nil))) {
            $0.signUp.isSubmitting = false
            $0.signUp.step = .code
            $0.signUp.fields.focus = .code
        }
        #expect(
            account.snapshot.created == [
                NewAccount(
                    email: "claire@example.org", password: "Eau-Claire-2026", numeroContrat: "0001234",
                    numeroFacture: "F-2026-001")
            ])
        await fill(store, [(.code, "12a")])
        await store.send(.signUp(.form(.submit))) { $0.signUp.fields.problems = [.code: .codeFormat] }
        await store.send(.signUp(.form(.set(.code, "123456")))) {
            $0.signUp.fields[.code] = "123456"
            $0.signUp.fields.problems = [:]
        }
        await store.send(.signUp(.form(.submit))) { $0.signUp.isSubmitting = true }
        await store.receive(.signUp(.verified(nil))) {
            $0.signUp = SignUpState()
            $0.screen = .connexion
            $0.login.fields[.email] = "claire@example.org"
            $0.login.fields.focus = .password
            $0.toasts.items = [Toast(id: 1, message: .accountVerified)]
            $0.toasts.nextId = 2
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func refusalsOfTheServiceLandNextToTheirFieldsAndKeepTheInput() async {
        let refusal = ServiceFailure(.refused, refusals: [Refusal(field: "nofacture", text: "inconnu")])
        let account = FakeAccount { $0.accountFailure = refusal }
        let store = await signUpStore(account)
        await fill(
            store,
            [
                (.email, "claire@example.org"), (.password, "Eau-Claire-2026"),
                (.confirmation, "Eau-Claire-2026"),
                (.numeroContrat, "0001234"), (.numeroFacture, "nope"),
            ])
        await store.send(.signUp(.form(.submit))) { $0.signUp.isSubmitting = true }
        await store.receive(.signUp(.created(refusal))) {
            $0.signUp.isSubmitting = false
            $0.signUp.error = refusal
            $0.signUp.fields.problems = [.numeroFacture: .refused(refusal.refusals[0])]
            $0.signUp.fields.focus = .numeroFacture
        }
        #expect(store.state.signUp.step == .form)
        #expect(store.state.signUp.fields[.numeroContrat] == "0001234")
        await store.finish()
    }
}

@MainActor
@Suite struct PasswordResetTests {
    @Test func askingForACodeThenResettingReturnsToLoginWithTheEmail() async {
        let store = appStore()
        await store.send(.login(.form(.set(.email, "claire@example.org")))) {
            $0.login.fields[.email] = "claire@example.org"
        }
        await store.send(.navigate(.motDePasseOublie)) {
            $0.screen = .motDePasseOublie
            $0.passwordReset = PasswordResetState(email: "claire@example.org")
        }
        await store.send(.passwordReset(.form(.submit))) { $0.passwordReset.isSubmitting = true }
        await store.receive(.passwordReset(.requested(nil))) {
            $0.passwordReset.isSubmitting = false
            $0.passwordReset.step = .reset
            $0.passwordReset.fields.focus = .code
        }
        for (field, text) in [
            (PasswordResetState.Field.code, "654321"), (.password, "Nouveau-Mot-2026"),
            (.confirmation, "Nouveau-Mot-2026"),
        ] {
            await store.send(.passwordReset(.form(.set(field, text)))) {
                $0.passwordReset.fields[field] = text
            }
        }
        #expect(store.state.hasUnsavedInput)
        await store.send(.passwordReset(.form(.submit))) { $0.passwordReset.isSubmitting = true }
        await store.receive(.passwordReset(.done(nil))) {
            $0.passwordReset = PasswordResetState()
            $0.screen = .connexion
            $0.login.fields.focus = .password
            $0.toasts.items = [Toast(id: 1, message: .passwordReset)]
            $0.toasts.nextId = 2
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func escReturnsToLoginAndCancelsTheCall() async {
        let account = FakeAccount()
        let store = appStore(account: account)
        await store.send(.navigate(.motDePasseOublie)) { $0.screen = .motDePasseOublie }
        await store.send(.passwordReset(.form(.set(.email, "x@y.fr")))) {
            $0.passwordReset.fields[.email] = "x@y.fr"
        }
        account.gate.close()
        await store.send(.passwordReset(.form(.submit))) { $0.passwordReset.isSubmitting = true }
        await store.send(.back) {
            $0.passwordReset.isSubmitting = false
            $0.screen = .connexion
        }
        account.gate.open()
        await store.finish()
    }
}

@MainActor
@Suite struct KioskIdleTimeoutTests {
    @Test func aLoggedInSubscriberIsLoggedOutAndTheLoginScreenComesBackEmpty() async {
        let account = FakeAccount()
        var state = await loggedIn(account.subscriber)
        state.login.suggestedAccount = SuggestedAccount(email: "demo@omega.test", password: "x")
        let store = appStore(state, account: account)
        account.subscriber.gate.close()
        await store.send(.navigate(.releves)) { $0.screen = .releves }
        await store.send(.navigate(.demandes)) {
            $0.screen = .demandes
            $0.requests.isWatching = true
            $0.requests.list.loadingPage = 1
            $0.requests.isLoadingDetail = true
        }
        await store.send(.idleTimeout) {
            $0 = AppState(suggestedAccount: SuggestedAccount(email: "demo@omega.test", password: "x"))
        }
        account.subscriber.gate.open()
        // The loads in flight were cancelled; the server session is closed.
        await store.receive(.session(.loggedOut))
        #expect(account.snapshot.logouts == 1)
        await store.finish()
    }

    @Test func aHalfTypedLoginIsForgottenWithoutCallingTheServer() async {
        let account = FakeAccount()
        let store = appStore(account: account)
        await store.send(.login(.form(.set(.email, "claire@example.org")))) {
            $0.login.fields[.email] = "claire@example.org"
        }
        await store.send(.login(.form(.set(.password, "half-typ")))) {
            $0.login.fields[.password] = "half-typ"
        }
        await store.send(.idleTimeout) { $0 = AppState() }
        await store.finish()
        #expect(account.snapshot.logouts == 0)
    }

    @Test func counterModeIgnoresIt() async {
        let source = DataSourceHandle(FakeSubscriber())
        let store = appStore(AppState(mode: .counter(agent: "agent1"), source: source))
        await store.send(.idleTimeout)
        #expect(store.state.isLoggedIn)
        await store.finish()
    }
}

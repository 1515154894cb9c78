import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct LoginTests {
    @Test func loginOpensOnTheEmailFieldAndTabCyclesThroughTheForm() async {
        let store = appStore()
        #expect(store.state.screen == .connexion)
        #expect(store.state.login.fields.focus == .email)
        await store.send(.login(.form(.focusNext))) { $0.login.fields.focus = .password }
        await store.send(.login(.form(.focusNext))) { $0.login.fields.focus = .rememberMe }
        await store.send(.login(.form(.focusNext))) { $0.login.fields.focus = .email }
        await store.send(.login(.form(.focusPrevious))) { $0.login.fields.focus = .rememberMe }
        await store.finish()
    }

    @Test func enterWithAnEmptyFieldSaysWhichWithoutCallingTheService() async {
        let account = FakeAccount()
        let store = appStore(account: account)
        await store.send(.login(.form(.submit))) {
            $0.login.fields.problems = [.email: .required, .password: .required]
        }
        await store.send(.login(.form(.set(.email, "a@b.fr")))) {
            $0.login.fields[.email] = "a@b.fr"
            $0.login.fields.problems = [.password: .required]
        }
        await store.send(.login(.form(.submit))) { $0.login.fields.focus = .password }
        #expect(account.snapshot.logouts == 0)
        await store.finish()
    }

    @Test func aSharedTerminalNeverOffersToRememberTheSession() async {
        var state = AppState()
        state.login.offersRememberMe = false
        let store = appStore(state)
        await store.send(.login(.form(.focusNext))) { $0.login.fields.focus = .password }
        await store.send(.login(.form(.focusNext))) { $0.login.fields.focus = .email }
        await store.send(.login(.toggleRememberMe))
        #expect(!store.state.login.rememberMe)
        await store.finish()
    }

    @Test func enterLogsInThenAccueilLoadsTheSubscriberStepByStep() async {
        let account = FakeAccount()
        let store = appStore(account: account)
        await store.send(.login(.form(.set(.email, " claire@example.org ")))) {
            $0.login.fields[.email] = " claire@example.org "
        }
        await store.send(.login(.form(.set(.password, "Eau-Claire-2026")))) {
            $0.login.fields[.password] = "Eau-Claire-2026"
        }
        await store.send(.login(.toggleRememberMe)) { $0.login.rememberMe = true }
        await store.send(.login(.form(.submit))) { $0.login.isSubmitting = true }
        #expect(store.state.isBusy)
        let source = DataSourceHandle(account.subscriber)
        await store.receive(.login(.answered(email: "claire@example.org", .success(source)))) {
            $0.login.isSubmitting = false
            $0.login.fields[.password] = ""
            $0.session.source = source
            $0.session.email = "claire@example.org"
            $0.session.isLoadingProfile = true
            $0.screen = .accueil
            $0.contracts.isLoading = true
            $0.requests.list.key = ""
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        await receiveAccueilLoads(store)
        #expect(!store.state.isBusy)
        await store.finish()
    }

    @Test func aFailedLoginShowsTheErrorKeepsTheEmailAndFocusesThePassword() async {
        let store = appStore()
        await store.send(.login(.form(.set(.email, "claire@example.org")))) {
            $0.login.fields[.email] = "claire@example.org"
        }
        await store.send(.login(.form(.set(.password, "wrong")))) { $0.login.fields[.password] = "wrong" }
        await store.send(.login(.form(.submit))) { $0.login.isSubmitting = true }
        let failure = ServiceFailure(.invalidCredentials)
        await store.receive(.login(.answered(email: "claire@example.org", .failure(failure)))) {
            $0.login.isSubmitting = false
            $0.login.error = failure
            $0.login.fields.focus = .password
        }
        #expect(store.state.screen == .connexion)
        #expect(!store.state.isBusy)
        await store.finish()
    }

    @Test func escWhileLoggingInStopsWaitingAndTheAnswerNeverArrives() async {
        let account = FakeAccount()
        account.gate.close()
        let store = appStore(account: account)
        await store.send(.login(.form(.set(.email, "claire@example.org")))) {
            $0.login.fields[.email] = "claire@example.org"
        }
        await store.send(.login(.form(.set(.password, "Eau-Claire-2026")))) {
            $0.login.fields[.password] = "Eau-Claire-2026"
        }
        await store.send(.login(.form(.submit))) { $0.login.isSubmitting = true }
        await store.send(.back) { $0.login.isSubmitting = false }
        await store.finish()
    }

    @Test func startResumesARememberedSession() async {
        let subscriber = FakeSubscriber()
        let account = FakeAccount { $0.remembered = ("claire@example.org", subscriber) }
        let store = appStore(account: account)
        await store.send(.start)
        let source = DataSourceHandle(subscriber)
        await store.receive(.session(.resumed(email: "claire@example.org", rememberedEmail: nil, source))) {
            $0.session.source = source
            $0.session.email = "claire@example.org"
            $0.session.isLoadingProfile = true
            $0.screen = .accueil
            $0.contracts.isLoading = true
            $0.requests.list.key = ""
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        #expect(store.state.isLoggedIn)
        await receiveAccueilLoads(store)
        await store.finish()
    }

    @Test func startWithoutASessionPrefillsTheRememberedEmail() async {
        let account = FakeAccount { $0.rememberedEmail = "claire@example.org" }
        let store = appStore(account: account)
        await store.send(.start)
        await store.receive(.session(.resumed(email: nil, rememberedEmail: "claire@example.org", nil))) {
            $0.login.fields[.email] = "claire@example.org"
            $0.login.rememberMe = true
            $0.login.fields.focus = .password
        }
        await store.finish()
    }

    @Test func theSuggestedDemoAccountFillsTheForm() async {
        let store = appStore(
            AppState(
                suggestedAccount: SuggestedAccount(email: "demo@omega.test", password: "Eau-Claire-2026")))
        await store.send(.login(.useSuggestedAccount)) {
            $0.login.fields[.email] = "demo@omega.test"
            $0.login.fields[.password] = "Eau-Claire-2026"
            $0.login.fields.focus = .password
        }
        await store.finish()
    }

    @Test func logoutForgetsTheSubscriberAndItsFormsThenClosesTheServerSession() async {
        let account = FakeAccount()
        let store = appStore(await loggedIn(account.subscriber), account: account)
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = ReadingFormState(
                contract: Fixtures.contract, pconsoId: "p1", lastReading: Fixtures.readings[0],
                today: Fixtures.now,
                language: .fr, idempotencyKey: "key-1")
        }
        await store.receive(.readingForm(.draftLoaded(nil)))
        await store.send(.logout) {
            $0.screen = .connexion
            $0.session = SessionState()
            $0.contracts = ContractsState()
            $0.readings = ReadingsState()
            $0.invoices = InvoicesState()
            $0.requests = RequestsState()
            $0.messages = MessagesState()
            $0.readingForm = nil
        }
        await store.receive(.session(.loggedOut))
        #expect(account.snapshot.logouts == 1)
        await store.finish()
    }
}

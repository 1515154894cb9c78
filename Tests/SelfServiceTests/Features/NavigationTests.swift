import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct NavigationTests {
    @Test func accueilShowsTheContractTheLastReadingTheLastInvoiceTheBalanceAndOpenRequests() async {
        let dashboard = await loggedIn().dashboard
        #expect(dashboard.contract == Fixtures.contract)
        #expect(dashboard.lastReading?.index == 1_250)
        #expect(dashboard.lastReading?.date == Fixtures.day("2026-03-01"))
        #expect(dashboard.lastInvoice?.id == "i2")
        #expect(dashboard.lastInvoice?.status == .aPayer)
        #expect(dashboard.balance == 120)
        #expect(dashboard.openRequests.map(\.id) == ["q1"])
        #expect(!dashboard.isLoading)
    }

    @Test func screensNeedALoggedInSubscriber() async {
        let store = appStore()
        await store.send(.navigate(.releves))
        await store.send(.navigate(.accueil))
        #expect(store.state.screen == .connexion)
        await store.finish()
    }

    @Test func quitAsksFirstWhenAFormHoldsUnsavedInput() async {
        let quitting = appStore(await loggedIn())
        await quitting.send(.quit) { $0.hasQuit = true }
        await quitting.finish()

        let store = appStore(await loggedIn())
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = ReadingFormTests.emptyForm
        }
        await store.receive(.readingForm(.draftLoaded(nil)))
        await store.send(.readingForm(.form(.set(.index, "1300")))) {
            $0.readingForm?.fields[.index] = "1300"
        }
        await store.advance(by: FilingFormFeature<ReadingFormState>.draftDelay)
        await store.send(.quit) { $0.dialog = .confirmQuit }
        await store.send(.cancelDialog) { $0.dialog = nil }
        await store.send(.quit) { $0.dialog = .confirmQuit }
        // Esc closes the dialog; the input stays.
        await store.send(.back) { $0.dialog = nil }
        #expect(store.state.readingForm?.fields[.index] == "1300")
        await store.send(.quit) { $0.dialog = .confirmQuit }
        await store.send(.confirmDialog) {
            $0.dialog = nil
            $0.hasQuit = true
        }
        #expect(store.state.unsavedDraft?.values["index"] == "1300")
        await store.finish()
    }

    @Test func choosingAnotherContractReloadsItsDataAndIgnoresTheOldOnesLatePages() async {
        let subscriber = FakeSubscriber { $0.contracts = [Fixtures.contract, Fixtures.otherContract] }
        let store = appStore(await loggedIn(subscriber))
        await store.send(.navigate(.choixContrat)) { $0.screen = .choixContrat }
        subscriber.gate.close()
        await store.send(.contracts(.highlight(1))) { $0.contracts.highlighted = 1 }
        await store.send(.chooseContract) {
            $0.contracts.selectedId = "c2"
            $0.screen = .accueil
            $0.readings = ReadingsState()
            $0.readings.list.key = "c2"
            $0.readings.list.loadingPage = 1
            $0.invoices = InvoicesState()
            $0.invoices.list.key = "c2"
            $0.invoices.list.loadingPage = 1
            $0.requests.list.loadingPage = 1
        }
        // A late page of the previous contract changes nothing.
        let stale = RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false)
        await store.send(.readings(.loaded(key: "c1", page: 1, .success(stale))))
        subscriber.gate.open()
        await receiveContractData(store, contratId: "c2")
        let requests = RecordPage(items: Fixtures.requests, number: 1, total: 1, hasNext: false)
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(requests))))) {
            $0.requests.list.loadedAt = Fixtures.now
            $0.requests.list.loadingPage = nil
        }
        await store.finish()
    }

    @Test func theDefaultContractIsTheActiveOneWithTheSmallestNumberWhateverTheServerOrder() async {
        let reversed = await loggedIn(
            FakeSubscriber { $0.contracts = [Fixtures.otherContract, Fixtures.contract] })
        #expect(reversed.contracts.selectedId == "c1")
        var inactive = Fixtures.contract
        inactive.actif = false
        let withInactive = await loggedIn(
            FakeSubscriber { $0.contracts = [inactive, Fixtures.otherContract] })
        #expect(withInactive.contracts.selectedId == "c2")
    }

    @Test func aShortFirstPageIsFollowedByTheNextSoATallScreenIsFull() async {
        let rows = (0..<60).map { Fixtures.invoice("f\($0)", "2026-01-01", ttc: 10) }
        let state = await loggedIn(FakeSubscriber { $0.invoices = rows })
        #expect(state.invoices.list.items.count == 40)
        #expect(state.invoices.list.nextPage == 3)
        #expect(!state.invoices.list.isLoading)
    }

    @Test func readingsLoadTheNextPageWhenTheSelectionNearsTheEndAndEscStopsIt() async {
        let rows = (0..<60).map {
            Fixtures.reading("r\($0)", "2026-01-01", index: 2000 - $0, consumption: 10)
        }
        let subscriber = FakeSubscriber { $0.readings = rows }
        let store = appStore(await loggedIn(subscriber))
        #expect(store.state.readings.list.items.count == 40, "two pages fill a tall screen")
        await store.send(.navigate(.releves)) { $0.screen = .releves }
        await store.send(.readings(.select(30))) { $0.readings.list.selection = 30 }
        await store.send(.readings(.select(35))) {
            $0.readings.list.selection = 35
            $0.readings.list.loadingPage = 3
        }
        await store.receive(
            .readings(
                .loaded(
                    key: "c1", page: 3,
                    .success(RecordPage(items: Array(rows[40...]), number: 3, total: 60, hasNext: false))))
        ) {
            $0.readings.list.loadingPage = nil
            $0.readings.list.items = rows
            $0.readings.list.nextPage = nil
        }
        // Esc while a page loads stops the load instead of leaving the screen.
        var state = store.state
        state.readings.list.nextPage = 4
        let loading = appStore(state)
        subscriber.gate.close()
        await loading.send(.readings(.select(59))) {
            $0.readings.list.selection = 59
            $0.readings.list.loadingPage = 4
        }
        await loading.send(.back) { $0.readings.list.loadingPage = nil }
        #expect(loading.state.screen == .releves)
        await loading.send(.back) { $0.screen = .accueil }
        subscriber.gate.open()
        await loading.finish()
        await store.finish()
    }

    @Test func helpRemembersTheScreenItWasOpenedFrom() async {
        let store = appStore(await loggedIn())
        await store.send(.navigate(.factures)) {
            $0.screen = .factures
            // Factures loads the payable invoice (its instalments); Accueil did without.
            $0.invoices.isLoadingPayable = true
        }
        await store.receive(.invoices(.payableLoaded(contratId: "c1", .success(nil)))) {
            $0.invoices.isLoadingPayable = false
            $0.invoices.payableContract = "c1"
        }
        await store.send(.navigate(.aide)) {
            $0.screen = .aide
            $0.previousScreen = .factures
        }
        await store.send(.back) { $0.screen = .factures }
        await store.finish()
    }

    @Test func escFromTheMenuOrThePickerKeepsTheMessagesLoadingFromLogin() async {
        // A defect of the first version: Esc there cancelled the messages load of the login,
        // and Accueil showed no messages until Messages was opened.
        let subscriber = FakeSubscriber()
        let store = appStore(AppState(), account: FakeAccount(subscriber: subscriber))
        let source = DataSourceHandle(subscriber)
        subscriber.gate.close()
        await store.send(.login(.answered(email: "claire@example.org", .success(source)))) {
            $0.session.source = source
            $0.session.email = "claire@example.org"
            $0.session.isLoadingProfile = true
            $0.screen = .accueil
            $0.contracts.isLoading = true
            $0.requests.list.key = ""
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        await store.send(.navigate(.nouvelleDemande(.menu))) {
            $0.screen = .nouvelleDemande(.menu)
            $0.newRequest.availability = .loading
        }
        await store.send(.back) { $0.screen = .accueil }
        subscriber.gate.open()
        await receiveAccueilLoads(store)
        let kinds = Set(ServiceRequestKind.allCases)
        await store.receive(.newRequest(.kindsLoaded(.success(kinds)))) {
            $0.newRequest.availability = .advertised(kinds)
        }
        #expect(store.state.messages.hasLoaded)
        await store.finish()
    }

    @Test func counterModeStartsOnAccueilNeverGoesToLoginAndEscLeaves() async {
        let subscriber = FakeSubscriber()
        let source = DataSourceHandle(subscriber)
        let store = appStore(AppState(mode: .counter(agent: "agent1"), source: source))
        #expect(store.state.screen == .accueil)
        subscriber.update { $0.failure = Fixtures.expired }
        await store.send(.start) {
            $0.session.isLoadingProfile = true
            $0.contracts.isLoading = true
            $0.requests.list.key = ""
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        await store.receive(.overviewLoaded(.failure(Fixtures.expired))) {
            $0.session.isLoadingProfile = false
            $0.toasts.items = [Toast(id: 1, message: .failure(Fixtures.expired))]
            $0.toasts.nextId = 2
            $0.contracts.isLoading = false
            $0.contracts.error = Fixtures.expired
            $0.toasts.items.append(Toast(id: 2, message: .failure(Fixtures.expired)))
            $0.toasts.nextId = 3
        }
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .failure(Fixtures.expired))))) {
            $0.requests.list.loadingPage = nil
            $0.requests.list.error = Fixtures.expired
        }
        await store.receive(.messages(.loaded(.failure(Fixtures.expired)))) {
            $0.messages.isLoading = false
            $0.messages.error = Fixtures.expired
        }
        #expect(store.state.screen == .accueil)
        await store.send(.back) { $0.hasQuit = true }
        await store.finish()
    }
}

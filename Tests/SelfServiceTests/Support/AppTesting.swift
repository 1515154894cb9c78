import SelfService
import SelfServiceTestSupport
import Testing

/// A test store of the subscriber's screens over fakes, with the fixtures' fixed clock and ids.
@MainActor
func appStore(
    _ state: AppState = AppState(), account: FakeAccount = FakeAccount(),
    drafts: any DraftStore = InMemoryDraftStore(), context: ReducerContext = Fixtures.context()
) -> TestStore<AppState, AppAction> {
    let store = TestStore(
        initialState: state, dependencies: Dependencies(account: account, drafts: drafts),
        reducer: { AppFeature.reduce(&$0, $1, context) })
    store.park(account.gate, account.subscriber.gate)
    if let subscriber = state.session.source?.source as? FakeSubscriber { store.park(subscriber.gate) }
    return store
}

/// The state after `subscriber` logged in and Accueil loaded: what most tests start from.
@MainActor
func loggedIn(
    _ subscriber: FakeSubscriber = FakeSubscriber(), email: String = "claire@example.org",
    language: Language = .fr
) async -> AppState {
    let runner = HeadlessRunner(
        initialState: AppState(language: language), dependencies: Dependencies(),
        reducer: { AppFeature.reduce(&$0, $1, Fixtures.context()) })
    runner.send(.login(.answered(email: email, .success(DataSourceHandle(subscriber)))))
    guard let state = await runner.run(until: { $0.screen == .accueil && !$0.isBusy }) else {
        fatalError("the fake subscriber did not load")
    }
    return state
}

/// What Accueil loads once a session starts with the fixtures' subscriber: each answer and
/// the state it leaves (the session's start itself is the caller's step).
@MainActor
func receiveAccueilLoads(_ store: TestStore<AppState, AppAction>) async {
    await store.receive(.messages(.loaded(.success([])))) {
        $0.messages.loadedAt = Fixtures.now
        $0.messages.isLoading = false
        $0.messages.hasLoaded = true
    }
    let requests = RecordPage(items: Fixtures.requests, number: 1, total: 1, hasNext: false)
    await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(requests))))) {
        $0.requests.list.loadedAt = Fixtures.now
        $0.requests.list.loadingPage = nil
        $0.requests.list.items = Fixtures.requests
        $0.requests.list.total = 1
        $0.requests.list.nextPage = nil
    }
    let overview = SubscriberOverview(profile: Fixtures.profile, contracts: [Fixtures.contract])
    await store.receive(.overviewLoaded(.success(overview))) {
        $0.session.isLoadingProfile = false
        $0.session.profile = Fixtures.profile
        $0.contracts.isLoading = false
        $0.contracts.hasLoaded = true
        $0.contracts.items = [Fixtures.contract]
        $0.contracts.selectedId = "c1"
        $0.readings.list.key = "c1"
        $0.readings.list.loadingPage = 1
        $0.invoices.list.key = "c1"
        $0.invoices.list.loadingPage = 1
    }
    await receiveContractData(store, contratId: "c1")
}

/// The readings and invoices a newly selected contract loads (in one call), as the fixtures'
/// subscriber answers them.
@MainActor
func receiveContractData(_ store: TestStore<AppState, AppAction>, contratId: String) async {
    let records = ContractRecords(
        readings: RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false),
        invoices: RecordPage(items: Fixtures.invoices, number: 1, total: 2, hasNext: false))
    await store.receive(.contractRecordsLoaded(contratId: contratId, .success(records))) {
        $0.readings.list.loadedAt = Fixtures.now
        $0.readings.list.loadingPage = nil
        $0.readings.list.items = Fixtures.readings
        $0.readings.list.total = 3
        $0.readings.list.nextPage = nil
        $0.invoices.list.loadedAt = Fixtures.now
        $0.invoices.list.loadingPage = nil
        $0.invoices.list.items = Fixtures.invoices
        $0.invoices.list.total = 2
        $0.invoices.list.nextPage = nil
    }
}

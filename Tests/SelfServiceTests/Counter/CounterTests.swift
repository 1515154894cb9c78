import Foundation
import SelfService
import SelfServiceTestSupport
import Synchronization
import Testing

/// A time the test sets: the counter's idle rule reads it through the reducer context.
final class TestTime: Sendable {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    private let offset = Mutex<TimeInterval>(0)

    /// Now, `seconds` after the start.
    func set(_ seconds: TimeInterval) { offset.withLock { $0 = seconds } }
    var now: Date { start.addingTimeInterval(offset.withLock { $0 }) }
}

@MainActor
@Suite struct CounterTests {
    let time = TestTime()
    let subscriber = FakeSubscriber()

    static func row(_ number: String, contract: Bool = true) -> SubscriberSearchResult {
        SubscriberSearchResult(
            pconsoId: "p\(number)", contratId: contract ? "c\(number)" : nil,
            numeroContrat: contract ? number : "",
            personneId: "n\(number)", nom: "NOM \(number)", adresse: "1 rue \(number)",
            numeroSerieCompteur: "M\(number)")
    }

    private func counterStore(
        results: [SubscriberSearchResult] = [Self.row("1"), Self.row("2")], idleTimeout: TimeInterval = 60
    ) -> TestStore<CounterState, CounterAction> {
        let directory = FakeCounterDirectory(results: results, subscriber: subscriber)
        let time = self.time
        let ids = IdentifierSequence()
        let context = ReducerContext(now: { time.now }, makeIdentifier: { ids.make() })
        let store = TestStore(
            initialState: CounterState(agent: "dupont", idleTimeout: idleTimeout, now: time.now),
            dependencies: Dependencies(counter: directory),
            reducer: { CounterFeature.reduce(&$0, $1, context) })
        store.park(subscriber.gate)
        return store
    }

    /// Types a contract number and searches: the page of results.
    private func search(_ store: TestStore<CounterState, CounterAction>, _ text: String = "1") async {
        await store.send(.search(.setText(text))) { $0.search.text = text }
        let request = SubscriberSearchRequest(kind: .contractNumber, text: text)
        await store.send(.search(.submit)) {
            $0.search.request = request
            $0.search.isSearching = true
        }
        let page = SubscriberSearchPage(
            results: [Self.row("1"), Self.row("2")], number: 1, total: 2, hasNext: false)
        await store.receive(.search(.searchFinished(request, .success(page)))) {
            $0.search.isSearching = false
            $0.search.page = page
            $0.search.focus = .results
        }
    }

    /// Opens the first result: its screens start, as a subscriber's would.
    private func open(_ store: TestStore<CounterState, CounterAction>) async -> CounterSubject {
        let subject = CounterSubject(Self.row("1"))!
        await store.send(.search(.openSelected)) {
            $0.search.opened = Self.row("1")
            $0.subject = subject
        }
        let source = DataSourceHandle(subscriber)
        await store.receive(.opened(subject, .success(source))) {
            var app = AppState(mode: .counter(agent: "dupont"), source: source)
            app.session.isLoadingProfile = true
            app.contracts.isLoading = true
            app.requests.list.key = ""
            app.requests.list.loadingPage = 1
            app.messages.isLoading = true
            $0.app = app
        }
        await store.receive(.app(.messages(.loaded(.success([]))))) {
            $0.app?.messages.loadedAt = self.time.now
            $0.app?.messages.isLoading = false
            $0.app?.messages.hasLoaded = true
        }
        let requests = RecordPage(items: Fixtures.requests, number: 1, total: 1, hasNext: false)
        await store.receive(.app(.requests(.list(.loaded(key: "", page: 1, .success(requests)))))) {
            $0.app?.requests.list.loadedAt = self.time.now
            $0.app?.requests.list.loadingPage = nil
            $0.app?.requests.list.items = Fixtures.requests
            $0.app?.requests.list.total = 1
            $0.app?.requests.list.nextPage = nil
        }
        subscriber.gate.close()
        let overview = SubscriberOverview(profile: Fixtures.profile, contracts: [Fixtures.contract])
        await store.receive(.app(.overviewLoaded(.success(overview)))) {
            $0.app?.session.isLoadingProfile = false
            $0.app?.session.profile = Fixtures.profile
            $0.app?.contracts.isLoading = false
            $0.app?.contracts.hasLoaded = true
            $0.app?.contracts.items = [Fixtures.contract]
            $0.app?.contracts.selectedId = "c1"
            $0.app?.readings.list.key = "c1"
            $0.app?.readings.list.loadingPage = 1
            $0.app?.invoices.list.key = "c1"
            $0.app?.invoices.list.loadingPage = 1
        }
        return subject
    }

    @Test func openingASubscriberStartsItsScreensUnderTheCounter() async {
        let store = counterStore()
        await search(store)
        let subject = await open(store)
        #expect(store.state.subject == subject)
        #expect(store.state.app?.screen == .accueil)
        #expect(store.state.holdsSubscriberData)
        // Esc from Accueil leaves the subscriber: the loads still in flight are cancelled.
        await store.send(.app(.back)) {
            $0.app = nil
            $0.subject = nil
            $0.search = SubscriberSearchState()
        }
        subscriber.gate.open()
        await store.finish()
    }

    @Test func theTimeoutWarnsThenLeavesTheSubscriberAndEmptiesTheSearch() async {
        let store = counterStore()
        await search(store)
        _ = await open(store)
        time.set(30)
        await store.send(.tick)
        time.set(59)
        await store.send(.tick) { $0.warningSeconds = 1 }
        time.set(61)
        await store.send(.tick) {
            $0.app = nil
            $0.subject = nil
            $0.search = SubscriberSearchState()
            $0.warningSeconds = nil
            $0.idle.reset(at: self.time.now)
        }
        subscriber.gate.open()
        await store.finish()
    }

    @Test func aKeyDuringTheWarningClearsItAndRestartsTheCount() async {
        let store = counterStore()
        await search(store)
        time.set(56)
        await store.send(.tick) { $0.warningSeconds = 4 }
        time.set(57)
        await store.send(.keyPressed) {
            $0.warningSeconds = nil
            $0.idle.reset(at: self.time.now)
        }
        time.set(100)
        await store.send(.tick)
        #expect(store.state.search.page != nil)
        await store.finish()
    }

    @Test func anEmptySearchScreenNeverWarnsATypedSearchIsClearedAtTheTimeout() async {
        let store = counterStore()
        time.set(59)
        await store.send(.tick) { $0.idle.reset(at: self.time.now) }
        time.set(200)
        await store.send(.tick) { $0.idle.reset(at: self.time.now) }
        await store.send(.search(.setText("FONTAI"))) { $0.search.text = "FONTAI" }
        time.set(255)
        await store.send(.tick) { $0.warningSeconds = 5 }
        time.set(261)
        await store.send(.tick) {
            $0.search = SubscriberSearchState()
            $0.warningSeconds = nil
            $0.idle.reset(at: self.time.now)
        }
        await store.finish()
    }

    @Test func aPointWithoutActiveContractCannotBeOpened() async {
        let store = counterStore(results: [Self.row("9", contract: false)])
        await store.send(.search(.setText("9"))) { $0.search.text = "9" }
        let request = SubscriberSearchRequest(kind: .contractNumber, text: "9")
        await store.send(.search(.submit)) {
            $0.search.request = request
            $0.search.isSearching = true
        }
        let page = SubscriberSearchPage(
            results: [Self.row("9", contract: false)], number: 1, total: 1, hasNext: false)
        await store.receive(.search(.searchFinished(request, .success(page)))) {
            $0.search.isSearching = false
            $0.search.page = page
            $0.search.focus = .results
        }
        await store.send(.search(.openSelected))
        #expect(store.state.subject == nil)
        await store.finish()
    }

    @Test func f10OnTheSearchQuits() async {
        let store = counterStore()
        await store.send(.quit) { $0.hasQuit = true }
        await store.finish()
    }
}

@MainActor
@Suite struct CounterSearchTests {
    private func searchStore(_ directory: FakeCounterDirectory) -> TestStore<
        SubscriberSearchState, SubscriberSearchAction
    > {
        let context = Fixtures.context()
        return TestStore(
            initialState: SubscriberSearchState(), dependencies: Dependencies(counter: directory),
            reducer: { SubscriberSearchFeature.reduce(&$0, $1, context) })
    }

    @Test func submitAsksForPageOneAndTheAnswerFillsAndFocusesTheTable() async {
        let rows = [CounterTests.row("1"), CounterTests.row("2")]
        let store = searchStore(FakeCounterDirectory(results: rows))
        await store.send(.setText(" 343025705 ")) { $0.text = " 343025705 " }
        let request = SubscriberSearchRequest(kind: .contractNumber, text: " 343025705 ", page: 1)
        await store.send(.submit) {
            $0.request = request
            $0.isSearching = true
        }
        let page = SubscriberSearchPage(results: rows, number: 1, total: 2, hasNext: false)
        await store.receive(.searchFinished(request, .success(page))) {
            $0.isSearching = false
            $0.page = page
            $0.focus = .results
        }
        #expect(store.state.selectedResult == rows[0])
        #expect(SubscriberSearchPage(results: rows, number: 1, total: 45, hasNext: true).pageCount == 3)
        await store.finish()
    }

    @Test func pagingAsksForTheNextAndPreviousPagesOfTheSameSearch() async {
        let row = CounterTests.row("1")
        let first = SubscriberSearchRequest(kind: .nameBegins, text: "MAR")
        var state = SubscriberSearchState()
        state.kind = .nameBegins
        state.text = "MAR"
        state.request = first
        state.page = SubscriberSearchPage(results: [row], number: 1, total: 30, hasNext: true)
        let store = TestStore(
            initialState: state, dependencies: Dependencies(counter: FakeCounterDirectory(results: [row])),
            reducer: { SubscriberSearchFeature.reduce(&$0, $1, Fixtures.context()) })
        await store.send(.previousPage)
        let second = SubscriberSearchRequest(kind: .nameBegins, text: "MAR", page: 2)
        await store.send(.nextPage) {
            $0.request = second
            $0.isSearching = true
        }
        // The fake has one page: it answers page 2 with no next.
        let page2 = SubscriberSearchPage(results: [row], number: 2, total: 1, hasNext: false)
        await store.receive(.searchFinished(second, .success(page2))) {
            $0.isSearching = false
            $0.page = page2
            $0.focus = .results
        }
        await store.send(.nextPage)
        await store.send(.previousPage) {
            $0.request = first
            $0.isSearching = true
        }
        let page1 = SubscriberSearchPage(results: [row], number: 1, total: 1, hasNext: false)
        await store.receive(.searchFinished(first, .success(page1))) {
            $0.isSearching = false
            $0.page = page1
        }
        await store.finish()
    }

    @Test func anAnswerToAnOlderSearchIsIgnored() async {
        let store = searchStore(FakeCounterDirectory(results: [CounterTests.row("1")]))
        await store.send(.setText("1")) { $0.text = "1" }
        await store.send(
            .searchFinished(
                SubscriberSearchRequest(kind: .contractNumber, text: "0"),
                .success(
                    SubscriberSearchPage(results: [], number: 1, total: 0, hasNext: false))))
        #expect(store.state.page == nil)
        await store.finish()
    }

    @Test func anEmptySearchIsRefusedWithoutARequest() async {
        let store = searchStore(FakeCounterDirectory())
        await store.send(.setText("   ")) { $0.text = "   " }
        await store.send(.submit) { $0.failure = ServiceFailure(.emptySearch) }
        await store.finish()
    }

    @Test func selectionIsClampedOpeningTakesTheSelectedRowAndResetClearsEverything() async {
        let rows = [CounterTests.row("1"), CounterTests.row("2"), CounterTests.row("3")]
        let store = searchStore(FakeCounterDirectory(results: rows))
        await store.send(.setText("x")) { $0.text = "x" }
        let request = SubscriberSearchRequest(kind: .contractNumber, text: "x")
        await store.send(.submit) {
            $0.request = request
            $0.isSearching = true
        }
        let page = SubscriberSearchPage(results: rows, number: 1, total: 3, hasNext: false)
        await store.receive(.searchFinished(request, .success(page))) {
            $0.isSearching = false
            $0.page = page
            $0.focus = .results
        }
        await store.send(.moveSelection(10)) { $0.selection = 2 }
        await store.send(.moveSelection(-1)) { $0.selection = 1 }
        await store.send(.openSelected) { $0.opened = rows[1] }
        await store.send(.reset) { $0 = SubscriberSearchState() }
        await store.finish()
    }

    @Test func theKindCyclesAndTheTownIsReachedOnlyForStreetSearches() async {
        let store = searchStore(FakeCounterDirectory())
        await store.send(.previousKind) { $0.kind = .streetAndTown }
        await store.send(.focusNext) { $0.focus = .town }
        await store.send(.nextKind) {
            $0.kind = .contractNumber
            $0.focus = .text
        }
        await store.send(.focusNext)
        await store.finish()
    }
}

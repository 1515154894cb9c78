import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct RequestsTests {
    let subscriber = FakeSubscriber()

    @Test func theBackoffScheduleDoublesFromTwoToThirtySecondsAndResetsOnChange() {
        var schedule = PollSchedule()
        let delays = (0..<7).map { _ in schedule.next(changed: false) }
        #expect(
            delays == [
                .seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(30), .seconds(30), .seconds(30),
            ])
        #expect(schedule.next(changed: true) == .seconds(2))
        #expect(schedule.next(changed: false) == .seconds(4))
    }

    @Test func statusesReadTheirWireCodes() {
        let codes = ["SAVED", "SEND", "OMEGA", "CLIENT", "CLOSED", "ERROR", "REFUSED", "NEW"]
        #expect(
            codes.map(RequestStatus.init(code:)) == [
                .saved, .send, .omega, .client, .closed, .error, .refused, .unknown("NEW"),
            ])
        #expect(codes.map { RequestStatus(code: $0).code } == codes)
        #expect(RequestStatus(code: "omega").isOpen && !RequestStatus(code: "CLOSED").isOpen)
    }

    private func page(_ requests: [RequestRecord]) -> RecordPage<RequestRecord> {
        RecordPage(items: requests, number: 1, total: requests.count, hasNext: false)
    }

    /// Opens Demandes on the logged-in fixtures: the list refreshes and the selected
    /// request's history loads.
    private func openDemandes() async -> TestStore<AppState, AppAction> {
        let store = appStore(await loggedIn(subscriber))
        await store.send(.navigate(.demandes)) {
            $0.screen = .demandes
            $0.requests.isWatching = true
            $0.requests.list.loadingPage = 1
            $0.requests.isLoadingDetail = true
        }
        await store.receive(.requests(.detailLoaded(.success(Fixtures.requests[0])))) {
            $0.requests.isLoadingDetail = false
            $0.requests.detail = Fixtures.requests[0]
        }
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(page(Fixtures.requests)))))) {
            $0.requests.list.loadedAt = Fixtures.now
            $0.requests.list.loadingPage = nil
            _ = $0.requests.poll.next(changed: false)
        }
        return store
    }

    /// Lets the polling timer fire and the refresh answer with `requests`.
    private func poll(
        _ store: TestStore<AppState, AppAction>, after delay: Duration, answer requests: [RequestRecord],
        _ update: @escaping (inout AppState) -> Void = { _ in }
    ) async {
        subscriber.update { $0.requests = requests }
        await store.advance(by: delay)
        await store.receive(.requests(.pollTimerFired)) { $0.requests.list.loadingPage = 1 }
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(page(requests)))))) {
            $0.requests.list.loadedAt = Fixtures.now
            $0.requests.list.loadingPage = nil
            $0.requests.list.items = requests
            update(&$0)
        }
    }

    @Test func demandesPollsWithBackoffWhileOpenAndStopsWhenLeft() async {
        let store = await openDemandes()
        await poll(store, after: .seconds(2), answer: Fixtures.requests) {
            _ = $0.requests.poll.next(changed: false)
        }
        await poll(store, after: .seconds(4), answer: Fixtures.requests) {
            _ = $0.requests.poll.next(changed: false)
        }
        await poll(store, after: .seconds(8), answer: Fixtures.requests) {
            _ = $0.requests.poll.next(changed: false)
        }
        // The next poll waits 16 s; the one after, 30 s (the cap).
        #expect(store.state.requests.poll.delay == .seconds(30))
        await store.send(.navigate(.accueil)) {
            $0.screen = .accueil
            $0.requests.isWatching = false
            $0.requests.list.loadingPage = 1
        }
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(page(Fixtures.requests)))))) {
            $0.requests.list.loadedAt = Fixtures.now
            $0.requests.list.loadingPage = nil
        }
        // Nothing polls any more: moving the clock fires nothing.
        await store.advance(by: .seconds(60))
        await store.finish()
    }

    @Test func aStatusChangeShowsAToastReloadsTheHistoryAndResetsTheBackoff() async {
        let store = await openDemandes()
        await poll(store, after: .seconds(2), answer: Fixtures.requests) {
            _ = $0.requests.poll.next(changed: false)
        }
        let closed = Fixtures.request("q1", .closed)
        await poll(store, after: .seconds(4), answer: [closed]) {
            $0.requests.poll.reset()
            _ = $0.requests.poll.next(changed: true)
            $0.requests.isLoadingDetail = true
        }
        let message = ToastMessage.statusChanged(
            requestId: "q1", title: "Relevé q1", from: .omega, to: .closed)
        await store.receive(.requests(.announce([StatusChange(request: closed, from: .omega)]))) {
            $0.toasts.items = [Toast(id: 1, message: message)]
            $0.toasts.nextId = 2
            // The index was integrated: Relevés and Accueil load it.
            $0.readings.list.loadingPage = 1
        }
        let readings = RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false)
        await store.receive(.readings(.loaded(key: "c1", page: 1, .success(readings)))) {
            $0.readings.list.loadingPage = nil
        }
        await store.receive(.requests(.detailLoaded(.success(closed)))) {
            $0.requests.isLoadingDetail = false
            $0.requests.detail = closed
        }
        #expect(store.state.requests.poll.delay == .seconds(4))
        await store.send(.back) {
            $0.screen = .accueil
            $0.requests.isWatching = false
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func aMoveFirstSeenInTheHistoryIsAnnouncedOnceNotLost() async {
        let sent = Fixtures.request("q1", .send)
        subscriber.update { $0.requests = [sent] }
        let store = appStore(await loggedIn(subscriber))
        let closed = Fixtures.request("q1", .closed)
        subscriber.update { $0.requests = [closed] }
        // The history arrives first, already closed; the list still says sent.
        await store.send(.navigate(.demandes)) {
            $0.screen = .demandes
            $0.requests.isWatching = true
            $0.requests.list.loadingPage = 1
            $0.requests.isLoadingDetail = true
        }
        await store.receive(.requests(.detailLoaded(.success(closed)))) {
            $0.requests.isLoadingDetail = false
            $0.requests.detail = closed
            $0.requests.list.items = [closed]
        }
        let message = ToastMessage.statusChanged(
            requestId: "q1", title: "Relevé q1", from: .send, to: .closed)
        await store.receive(.requests(.announce([StatusChange(request: closed, from: .send)]))) {
            $0.toasts.items = [Toast(id: 1, message: message)]
            $0.toasts.nextId = 2
            $0.readings.list.loadingPage = 1
        }
        await store.receive(
            .readings(
                .loaded(
                    key: "c1", page: 1,
                    .success(RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false))))
        ) {
            $0.readings.list.loadingPage = nil
        }
        // The refresh that follows sees the same status: no second toast.
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(page([closed])))))) {
            $0.requests.list.loadedAt = Fixtures.now
            $0.requests.list.loadingPage = nil
            _ = $0.requests.poll.next(changed: false)
        }
        await store.send(.back) {
            $0.screen = .accueil
            $0.requests.isWatching = false
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func selectingARequestLoadsItsHistoryAndALateHistoryIsIgnored() async {
        var detailed = Fixtures.request("q1", .omega)
        detailed.history = [
            RequestEvent(status: .send, date: Fixtures.day("2026-03-01")),
            RequestEvent(status: .omega, date: Fixtures.day("2026-03-02"), comment: "Pris en charge"),
        ]
        let newer = Fixtures.request("q2", .send)
        subscriber.update { $0.requests = [newer, detailed] }
        let store = appStore(await loggedIn(subscriber))
        await store.send(.navigate(.demandes)) {
            $0.screen = .demandes
            $0.requests.isWatching = true
            $0.requests.list.loadingPage = 1
            $0.requests.isLoadingDetail = true
        }
        await store.receive(.requests(.detailLoaded(.success(newer)))) {
            $0.requests.isLoadingDetail = false
            $0.requests.detail = newer
        }
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(page([newer, detailed])))))) {
            $0.requests.list.loadedAt = Fixtures.now
            $0.requests.list.loadingPage = nil
            _ = $0.requests.poll.next(changed: false)
        }
        await store.send(.requests(.select(1))) {
            $0.requests.list.selection = 1
            $0.requests.detail = nil
            $0.requests.isLoadingDetail = true
        }
        await store.receive(.requests(.detailLoaded(.success(detailed)))) {
            $0.requests.isLoadingDetail = false
            $0.requests.detail = detailed
        }
        #expect(store.state.requests.detail?.history.count == 2)
        // A history of a request no longer selected changes nothing.
        await store.send(.requests(.detailLoaded(.success(newer))))
        await store.send(.back) {
            $0.screen = .accueil
            $0.requests.isWatching = false
        }
        await store.finish()
    }
}

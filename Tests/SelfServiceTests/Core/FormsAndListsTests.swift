import SelfService
import SelfServiceTestSupport
import Testing

@Suite struct FormFieldsTests {
    enum Field: String, Hashable, Sendable { case a, b, c }

    @Test func tabCyclesInTheOrderGivenAndFocusOutsideTheOrderIsIgnored() {
        var fields = FormFields<Field>(focus: .a)
        let submitted = fields.apply(.focusNext, order: [.a, .c])
        #expect(!submitted)
        #expect(fields.focus == .c)
        _ = fields.apply(.focusNext, order: [.a, .c])
        #expect(fields.focus == .a)
        _ = fields.apply(.focusPrevious, order: [.a, .c])
        #expect(fields.focus == .c)
        _ = fields.apply(.focus(.b), order: [.a, .c])
        #expect(fields.focus == .c)
    }

    @Test func typingClearsTheFieldsProblemAndEnterIsTheFormsToHandle() {
        var fields = FormFields<Field>(focus: .a)
        let shown = fields.show([.b: .required, .c: .invalidDate], order: [.a, .b, .c])
        #expect(shown)
        #expect(fields.focus == .b)
        _ = fields.apply(.set(.b, "x"), order: [.a, .b, .c])
        #expect(fields[.b] == "x")
        #expect(fields.problems == [.c: .invalidDate])
        _ = fields.apply(.set(.b, ""), order: [.a, .b, .c])
        #expect(fields.values[.b] == nil, "an emptied field holds no value")
        let enter = fields.apply(.submit, order: [.a, .b, .c])
        #expect(enter)
        let nothing = fields.show([:], order: [.a])
        #expect(!nothing)
    }
}

@MainActor
@Suite struct PagedListTests {
    enum Pages: PageLoader {
        static let list = ListKind.readings
        static func page(_ number: Int, of key: String, from source: any SubscriberDataSource)
            async throws(ServiceFailure) -> RecordPage<ReadingRecord>
        {
            try await source.readings(contratId: key, page: number)
        }
    }

    private func listStore(_ subscriber: FakeSubscriber) -> TestStore<
        PagedList<ReadingRecord>, PagedListAction<ReadingRecord>
    > {
        let context = Fixtures.context().with(source: DataSourceHandle(subscriber))
        let store = TestStore(
            initialState: PagedList<ReadingRecord>(),
            reducer: { PagedListFeature<Pages>.reduce(&$0, $1, context) })
        store.park(subscriber.gate)
        return store
    }

    @Test func rowsTheServerSentUnreadableAreCountedNotHidden() async {
        let page = RecordPage(items: Fixtures.readings, number: 1, total: 5, hasNext: false, unreadable: 2)
        var list = PagedList<ReadingRecord>()
        list.key = "c1"
        list.loadingPage = 1
        let store = TestStore(
            initialState: list, reducer: { PagedListFeature<Pages>.reduce(&$0, $1, Fixtures.context()) })
        await store.send(.loaded(key: "c1", page: 1, .success(page))) {
            $0.loadingPage = nil
            $0.loadedAt = Fixtures.now
            $0.items = Fixtures.readings
            $0.total = 5
            $0.nextPage = nil
            $0.unreadable = 2
        }
        await store.finish()
    }

    @Test func aRefreshKeepsTheSelectedRowByItsId() async {
        let subscriber = FakeSubscriber()
        let store = listStore(subscriber)
        await store.send(.show(key: "c1")) {
            $0.key = "c1"
            $0.loadingPage = 1
        }
        let first = RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false)
        await store.receive(.loaded(key: "c1", page: 1, .success(first))) {
            $0.loadingPage = nil
            $0.loadedAt = Fixtures.now
            $0.items = Fixtures.readings
            $0.total = 3
            $0.nextPage = nil
        }
        await store.send(.select(1)) { $0.selection = 1 }
        let newer = Fixtures.reading("r4", "2026-09-01", index: 1_300, consumption: 50)
        subscriber.update { $0.readings = [newer] + Fixtures.readings }
        await store.send(.refresh) { $0.loadingPage = 1 }
        let second = RecordPage(items: [newer] + Fixtures.readings, number: 1, total: 4, hasNext: false)
        await store.receive(.loaded(key: "c1", page: 1, .success(second))) {
            $0.loadingPage = nil
            $0.items = [newer] + Fixtures.readings
            $0.total = 4
            $0.selection = 2
        }
        // Showing the same key again loads nothing; another key starts over.
        await store.send(.show(key: "c1"))
        await store.send(.show(key: "c2")) {
            $0 = PagedList()
            $0.key = "c2"
            $0.loadingPage = 1
        }
        await store.receive(.loaded(key: "c2", page: 1, .success(second))) {
            $0.loadingPage = nil
            $0.loadedAt = Fixtures.now
            $0.items = [newer] + Fixtures.readings
            $0.total = 4
            $0.nextPage = nil
        }
        await store.finish()
    }

    @Test func aFailedPageIsKeptAsTheListsErrorAndAStalePageIsIgnored() async {
        let subscriber = FakeSubscriber { $0.failure = Fixtures.unreachable }
        let store = listStore(subscriber)
        await store.send(.show(key: "c1")) {
            $0.key = "c1"
            $0.loadingPage = 1
        }
        await store.receive(.loaded(key: "c1", page: 1, .failure(Fixtures.unreachable))) {
            $0.loadingPage = nil
            $0.error = Fixtures.unreachable
        }
        await store.send(
            .loaded(key: "c1", page: 7, .success(RecordPage(items: [], number: 7, total: 0, hasNext: false))))
        await store.finish()
    }
}

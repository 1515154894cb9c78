import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct ReadingFormTests {
    let subscriber = FakeSubscriber()

    private func openForm(drafts: any DraftStore = InMemoryDraftStore()) async -> TestStore<AppState, AppAction> {
        let store = appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber), drafts: drafts)
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = Self.emptyForm
        }
        await store.receive(.readingForm(.draftLoaded(nil)))
        return store
    }

    static let emptyForm = ReadingFormState(
        contract: Fixtures.contract, pconsoId: "p1", lastReading: Fixtures.readings[0], today: Fixtures.now,
        language: .fr, idempotencyKey: "key-1")

    /// What the fake answers: the request made, or for a dry run the one that would be made.
    private func outcome(_ id: String = "42") -> FilingOutcome {
        var outcome = FilingOutcome(request: Fixtures.request("42", .send))
        outcome.request.id = id
        return outcome
    }

    /// Types `text` into a field: the value, and the draft written after a pause.
    private func type(_ text: String, in field: ReadingFormState.Field, _ store: TestStore<AppState, AppAction>)
        async
    {
        await store.send(.readingForm(.form(.set(field, text)))) {
            $0.readingForm?.fields[field] = text
            $0.readingForm?.step = .editing
        }
        await store.advance(by: FilingFormFeature<ReadingFormState>.draftDelay)
    }

    @Test func theFormOpensOnAnEmptyIndexFieldWithTheLastIndexAndTodaysDate() async throws {
        let store = await openForm()
        let form = try #require(store.state.readingForm)
        #expect(form.fields.focus == .index)
        #expect(form.fields[.index].isEmpty)
        #expect(form.lastIndex == 1_250)
        #expect(form.lastDate == Fixtures.day("2026-03-01"))
        #expect(form.fields[.date] == "15/03/2026")
        #expect(form.idempotencyKey == "key-1")
        #expect(store.state.textFieldHasFocus)
        await store.finish()
    }

    @Test func localChecksMarkTheFieldsWithoutCallingTheService() async {
        let store = await openForm()
        await type("12a", in: .index, store)
        await type("31/02/2026", in: .date, store)
        await store.send(.readingForm(.form(.submit))) {
            $0.readingForm?.fields.problems = [.index: .notAWholeNumber, .date: .invalidDate]
        }
        await store.send(.readingForm(.form(.set(.index, "")))) {
            $0.readingForm?.fields[.index] = ""
            $0.readingForm?.fields.problems[.index] = nil
        }
        await store.advance(by: FilingFormFeature<ReadingFormState>.draftDelay)
        await store.send(.readingForm(.form(.submit))) {
            $0.readingForm?.fields.problems = [.index: .required, .date: .invalidDate]
        }
        #expect(subscriber.snapshot.filings.isEmpty)
        await store.finish()
    }

    @Test func enterRunsTheDryRunThenShowsTheConsumptionThenSendsWithTheSameKey() async throws {
        let drafts = InMemoryDraftStore()
        let store = await openForm(drafts: drafts)
        await type("1287", in: .index, store)
        #expect(await drafts.load(.reading(contratId: "c1"))?.values["index"] == "1287")
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .validating }
        #expect(store.state.isBusy)
        await store.receive(.readingForm(.answered(dryRun: true, .success(outcome(""))))) {
            $0.readingForm?.step = .confirming(outcome(""))
        }
        #expect(store.state.readingForm?.impliedConsumption == 37)
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .sending(outcome("")) }
        // The consumption stays on screen while sending: one rule, in the state.
        #expect(store.state.readingForm?.impliedConsumption == 37)
        await store.receive(.readingForm(.answered(dryRun: false, .success(outcome())))) {
            $0.readingForm?.step = .sent(outcome().request)
            $0.requests.list.items.insert(outcome().request, at: 0)
            $0.toasts.items = [Toast(id: 1, message: .requestFiled(requestId: "42"))]
            $0.toasts.nextId = 2
        }
        #expect(subscriber.snapshot.filings.map(\.key) == ["key-1", "key-1"])
        #expect(subscriber.snapshot.filings.map(\.dryRun) == [true, false])
        #expect(!store.state.hasUnsavedInput)
        // The toast ends after its time.
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func enterOnceSentOpensDemandesWhichFollowsTheNewRequest() async {
        let store = await openForm()
        await type("1287", in: .index, store)
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .validating }
        await store.receive(.readingForm(.answered(dryRun: true, .success(outcome(""))))) {
            $0.readingForm?.step = .confirming(outcome(""))
        }
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .sending(outcome("")) }
        await store.receive(.readingForm(.answered(dryRun: false, .success(outcome())))) {
            $0.readingForm?.step = .sent(outcome().request)
            $0.requests.list.items.insert(outcome().request, at: 0)
            $0.toasts.items = [Toast(id: 1, message: .requestFiled(requestId: "42"))]
            $0.toasts.nextId = 2
        }
        await store.send(.readingForm(.form(.submit))) {
            $0.readingForm = nil
            $0.screen = .demandes
            $0.requests.isWatching = true
            $0.requests.list.loadingPage = 1
            $0.requests.isLoadingDetail = true
        }
        let filed = outcome().request
        let page = RecordPage(items: [filed] + Fixtures.requests, number: 1, total: 2, hasNext: false)
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(page))))) {
            $0.requests.list.loadingPage = nil
            $0.requests.list.total = 2
            _ = $0.requests.poll.next(changed: false)
        }
        await store.receive(.requests(.detailLoaded(.success(filed)))) {
            $0.requests.isLoadingDetail = false
            $0.requests.detail = filed
        }
        // Leaving Demandes stops the polling: the clock moving on fires nothing but the toast.
        await store.send(.back) {
            $0.screen = .accueil
            $0.requests.isWatching = false
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }
}

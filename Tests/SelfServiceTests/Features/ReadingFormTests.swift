import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

@MainActor
@Suite struct ReadingFormTests {
    let subscriber = FakeSubscriber()

    private func openForm(drafts: any DraftStore = InMemoryDraftStore()) async -> TestStore<
        AppState, AppAction
    > {
        let store = appStore(
            await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber), drafts: drafts)
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
    private func type(
        _ text: String, in field: ReadingFormState.Field, _ store: TestStore<AppState, AppAction>
    )
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
            $0.requests.list.loadedAt = Fixtures.now
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

    /// Types an index and runs the dry run up to its answer (`dryRun`).
    private func checkIndex(_ text: String, _ store: TestStore<AppState, AppAction>) async {
        await type(text, in: .index, store)
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .validating }
    }

    @Test func aRefusalOfTheServiceGoesNextToItsFieldAndKeepsTheInput() async {
        subscriber.update { $0.filingFailure = Fixtures.refusal }
        let store = await openForm()
        await type("1000", in: .index, store)
        await store.send(.readingForm(.form(.focus(.comment)))) { $0.readingForm?.fields.focus = .comment }
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .validating }
        await store.receive(.readingForm(.answered(dryRun: true, .failure(Fixtures.refusal)))) {
            $0.readingForm?.step = .editing
            $0.readingForm?.fields.problems = [.index: .refused(Fixtures.refusal.refusals[0])]
            $0.readingForm?.fields.focus = .index
        }
        // Typing clears the problem of that field.
        await store.send(.readingForm(.form(.set(.index, "1300")))) {
            $0.readingForm?.fields[.index] = "1300"
            $0.readingForm?.fields.problems = [:]
        }
        await store.advance(by: FilingFormFeature<ReadingFormState>.draftDelay)
        await store.finish()
    }

    @Test func aNetworkFailureWhileSendingKeepsTheStepSoEnterRetriesWithTheSameKey() async {
        let store = await openForm()
        await checkIndex("1287", store)
        await store.receive(.readingForm(.answered(dryRun: true, .success(outcome(""))))) {
            $0.readingForm?.step = .confirming(outcome(""))
        }
        subscriber.update { $0.filingFailure = Fixtures.unreachable }
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .sending(outcome("")) }
        await store.receive(.readingForm(.answered(dryRun: false, .failure(Fixtures.unreachable)))) {
            $0.readingForm?.step = .confirming(outcome(""))
            $0.readingForm?.error = Fixtures.unreachable
        }
        subscriber.update { $0.filingFailure = nil }
        await store.send(.readingForm(.form(.submit))) {
            $0.readingForm?.step = .sending(outcome(""))
            $0.readingForm?.error = nil
        }
        await store.receive(.readingForm(.answered(dryRun: false, .success(outcome())))) {
            $0.readingForm?.step = .sent(outcome().request)
            $0.requests.list.items.insert(outcome().request, at: 0)
            $0.toasts.items = [Toast(id: 1, message: .requestFiled(requestId: "42"))]
            $0.toasts.nextId = 2
        }
        #expect(subscriber.snapshot.filings.map(\.key) == ["key-1", "key-1", "key-1"])
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func escCancelsTheCallInFlightThenClosesTheFormAndItsDraft() async {
        let drafts = InMemoryDraftStore()
        let store = await openForm(drafts: drafts)
        subscriber.gate.close()
        await checkIndex("1287", store)
        #expect(await drafts.load(.reading(contratId: "c1")) != nil)
        await store.send(.back) { $0.readingForm?.step = .editing }
        #expect(!store.state.isBusy)
        subscriber.gate.open()
        // Typed input: Esc asks before discarding it.
        await store.send(.back) { $0.dialog = .confirmDiscard }
        await store.send(.cancelDialog) { $0.dialog = nil }
        #expect(store.state.readingForm?.fields[.index] == "1287")
        await store.send(.back) { $0.dialog = .confirmDiscard }
        await store.send(.confirmDialog) {
            $0.dialog = nil
            $0.readingForm = nil
            $0.screen = .nouvelleDemande(.menu)
        }
        await store.finish()
        #expect(await drafts.load(.reading(contratId: "c1")) == nil)
    }

    @Test func escOnAnUntouchedFormClosesItWithoutAsking() async {
        let store = await openForm()
        await store.send(.back) {
            $0.readingForm = nil
            $0.screen = .nouvelleDemande(.menu)
        }
        await store.finish()
    }

    @Test func anIndexFarAboveTheUsualConsumptionAsksAgainWithTheFigure() async throws {
        // The history: 50 m³ over about six months, i.e. ~0.27 m³ a day.
        let readings = [
            ReadingRecord(
                id: "r3", date: Fixtures.day("2026-03-01"), index: 1_250,
                previousDate: Fixtures.day("2025-09-01"),
                consumption: 50),
            ReadingRecord(
                id: "r2", date: Fixtures.day("2025-09-01"), index: 1_200,
                previousDate: Fixtures.day("2025-03-01"),
                consumption: 45),
        ]
        subscriber.update { $0.readings = readings }
        let store = appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber))
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = ReadingFormState(
                contract: Fixtures.contract, pconsoId: "p1", lastReading: readings[0], today: Fixtures.now,
                language: .fr, idempotencyKey: "key-1")
            $0.readingForm?.usualDailyConsumption = ConsumptionAnalysis.dailyAverage(of: readings)
        }
        await store.receive(.readingForm(.draftLoaded(nil)))
        await type("999999999", in: .index, store)
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .validating }
        let warning = try #require(store.state.readingForm?.warning(for: outcome("")))
        guard case .unusualConsumption(let implied, let usual) = warning else { return }
        #expect(implied == 999_998_749)
        #expect(usual == 4, "14 days at about 0.27 m³ a day")
        await store.receive(.readingForm(.answered(dryRun: true, .success(outcome(""))))) {
            $0.readingForm?.step = .warning(outcome(""), warning)
        }
        // A plausible index would not have asked: the usual consumption for two weeks.
        var plausible = try #require(store.state.readingForm)
        plausible.fields[.index] = "1254"
        #expect(plausible.warning(for: outcome("")) == nil)
        // Enter sends anyway; the same key.
        await store.send(.readingForm(.form(.submit))) { $0.readingForm?.step = .sending(outcome("")) }
        await store.receive(.readingForm(.answered(dryRun: false, .success(outcome())))) {
            $0.readingForm?.step = .sent(outcome().request)
            $0.requests.list.items.insert(outcome().request, at: 0)
            $0.toasts.items = [Toast(id: 1, message: .requestFiled(requestId: "42"))]
            $0.toasts.nextId = 2
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func escFromTheConfirmationGoesBackToEditing() async {
        let store = await openForm()
        await checkIndex("1287", store)
        await store.receive(.readingForm(.answered(dryRun: true, .success(outcome(""))))) {
            $0.readingForm?.step = .confirming(outcome(""))
        }
        await store.send(.back) { $0.readingForm?.step = .editing }
        #expect(store.state.textFieldHasFocus)
        await store.finish()
    }

    @Test func aSavedDraftFillsTheUntouchedFormWithItsKey() async {
        let drafts = InMemoryDraftStore()
        let draft = FormDraft(
            key: .reading(contratId: "c1"),
            values: ["index": "1290", "date": "14/03/2026", "comment": "compteur au sous-sol"],
            idempotencyKey: "saved-key")
        await drafts.save(draft)
        let store = appStore(
            await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber), drafts: drafts)
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = Self.emptyForm
        }
        await store.receive(.readingForm(.draftLoaded(draft))) {
            $0.readingForm?.fields[.index] = "1290"
            $0.readingForm?.fields[.date] = "14/03/2026"
            $0.readingForm?.fields[.comment] = "compteur au sous-sol"
            $0.readingForm?.idempotencyKey = "saved-key"
            $0.toasts.items = [Toast(id: 1, message: .draftRestored)]
            $0.toasts.nextId = 2
        }
        #expect(store.state.unsavedDraft == draft)
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func anExpiredSessionGoesToLoginKeepsTheFormAndReturnsToItAfterLogin() async {
        let account = FakeAccount(subscriber: subscriber)
        let store = appStore(await loggedIn(subscriber), account: account)
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = Self.emptyForm
        }
        await store.receive(.readingForm(.draftLoaded(nil)))
        subscriber.update { $0.filingFailure = Fixtures.expired }
        await checkIndex("1287", store)
        let before = store.state
        await store.receive(.readingForm(.answered(dryRun: true, .failure(Fixtures.expired)))) {
            $0 = AppState()
            $0.session.email = "claire@example.org"
            $0.session.resumeScreen = .nouvelleDemande(.index)
            $0.readingForm = before.readingForm
            $0.readingForm?.step = .editing
            $0.login.error = ServiceFailure(.sessionExpired)
            $0.login.fields.focus = .email
            $0.toasts.items = [Toast(id: 1, message: .sessionExpired)]
            $0.toasts.nextId = 2
        }
        #expect(store.state.readingForm?.idempotencyKey == "key-1")
        subscriber.update { $0.filingFailure = nil }
        let source = DataSourceHandle(subscriber)
        await store.send(.login(.answered(email: "claire@example.org", .success(source)))) {
            $0.login.error = nil
            $0.session.source = source
            $0.session.resumeScreen = nil
            $0.session.isLoadingProfile = true
            $0.screen = .nouvelleDemande(.index)
            $0.contracts.isLoading = true
            $0.requests.list.key = ""
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        #expect(store.state.readingForm?.fields[.index] == "1287")
        await receiveAccueilLoads(store)
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func anotherPersonLoggingInAfterExpiryDoesNotSeeTheForm() async {
        let store = await openForm()
        subscriber.update { $0.filingFailure = Fixtures.expired }
        await checkIndex("1287", store)
        let form = store.state.readingForm
        await store.receive(.readingForm(.answered(dryRun: true, .failure(Fixtures.expired)))) {
            $0 = AppState()
            $0.session.email = "claire@example.org"
            $0.session.resumeScreen = .nouvelleDemande(.index)
            $0.readingForm = form
            $0.readingForm?.step = .editing
            $0.login.error = ServiceFailure(.sessionExpired)
            $0.toasts.items = [Toast(id: 1, message: .sessionExpired)]
            $0.toasts.nextId = 2
        }
        let other = DataSourceHandle(FakeSubscriber(session: "other"))
        await store.send(.login(.answered(email: "someone@else.fr", .success(other)))) {
            $0.login.error = nil
            $0.readingForm = nil
            $0.session.source = other
            $0.session.email = "someone@else.fr"
            $0.session.resumeScreen = nil
            $0.session.isLoadingProfile = true
            $0.screen = .accueil
            $0.contracts.isLoading = true
            $0.requests.list.key = ""
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        await receiveAccueilLoads(store)
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func aContractWithoutMeterExplainsWhyNoIndexCanBeSent() async {
        var meterless = Fixtures.contract
        meterless.pconsoId = nil
        let subscriber = FakeSubscriber { $0.contracts = [meterless] }
        let store = appStore(await loggedIn(subscriber))
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.toasts.items = [Toast(id: 1, message: .failure(ServiceFailure(.noMeter)))]
            $0.toasts.nextId = 2
        }
        #expect(store.state.screen == .accueil)
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }
}

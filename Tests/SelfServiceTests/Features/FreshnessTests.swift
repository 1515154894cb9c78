import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

/// Screens follow the service: one key reloads the screen on show, data older than a minute
/// reloads on entering its screen, and a request the service closed reloads what it changed.
@MainActor @Suite struct FreshnessTests {
    let subscriber = FakeSubscriber()

    private var readingsPage: RecordPage<ReadingRecord> {
        RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false)
    }

    @Test func ctrlROnRelevesLoadsTheReadingsAgainAndShowsTheNewIndex() async {
        var state = await loggedIn(subscriber)
        state.screen = .releves
        let store = appStore(state)
        let newest = Fixtures.reading("r4", "2026-03-14", index: 1_300, consumption: 50)
        subscriber.update { $0.readings = [newest] + Fixtures.readings }
        await store.send(.refresh) { $0.readings.list.loadingPage = 1 }
        let page = RecordPage(items: [newest] + Fixtures.readings, number: 1, total: 4, hasNext: false)
        await store.receive(.readings(.loaded(key: "c1", page: 1, .success(page)))) {
            $0.readings.list.loadingPage = nil
            $0.readings.list.items = [newest] + Fixtures.readings
            $0.readings.list.total = 4
            // The selection stays on the reading it was on, now second.
            $0.readings.list.selection = 1
        }
        await store.finish()
    }

    @Test func ctrlROnAccueilLoadsEverythingItShows() async {
        let store = appStore(await loggedIn(subscriber))
        await store.send(.refresh) {
            $0.session.isLoadingProfile = true
            $0.readings.list.loadingPage = 1
            $0.invoices.list.loadingPage = 1
            $0.invoices.isLoadingPayable = true
            $0.invoices.payableContract = nil
            $0.requests.list.loadingPage = 1
            $0.messages.isLoading = true
        }
        await store.receive(.session(.profileLoaded(.success(Fixtures.profile)))) {
            $0.session.isLoadingProfile = false
        }
        await store.receive(.readings(.loaded(key: "c1", page: 1, .success(readingsPage)))) {
            $0.readings.list.loadingPage = nil
        }
        let invoices = RecordPage(items: Fixtures.invoices, number: 1, total: 2, hasNext: false)
        await store.receive(.invoices(.list(.loaded(key: "c1", page: 1, .success(invoices))))) {
            $0.invoices.list.loadingPage = nil
        }
        await store.receive(.invoices(.payableLoaded(contratId: "c1", .success(nil)))) {
            $0.invoices.isLoadingPayable = false
            $0.invoices.payableContract = "c1"
        }
        let requests = RecordPage(items: Fixtures.requests, number: 1, total: 1, hasNext: false)
        await store.receive(.requests(.list(.loaded(key: "", page: 1, .success(requests))))) {
            $0.requests.list.loadingPage = nil
        }
        await store.receive(.messages(.loaded(.success([])))) { $0.messages.isLoading = false }
        await store.finish()
    }

    @Test func ctrlROnTheLoginScreenDoesNothing() async {
        let store = appStore()
        await store.send(.refresh)
        await store.finish()
    }

    @Test func enteringRelevesAMinuteAfterTheLastLoadLoadsItAgain() async {
        let state = await loggedIn(subscriber)
        let later = Fixtures.now.addingTimeInterval(PagedList<ReadingRecord>.maximumAge + 1)
        let store = appStore(state, context: Fixtures.context(now: later))
        // Both lists are stale: page 1 of each comes in one call.
        await store.send(.navigate(.releves)) {
            $0.screen = .releves
            $0.readings.list.loadingPage = 1
            $0.invoices.list.loadingPage = 1
        }
        let invoices = RecordPage(items: Fixtures.invoices, number: 1, total: 2, hasNext: false)
        let records = ContractRecords(readings: readingsPage, invoices: invoices)
        await store.receive(.contractRecordsLoaded(contratId: "c1", .success(records))) {
            $0.readings.list.loadingPage = nil
            $0.readings.list.loadedAt = later
            $0.invoices.list.loadingPage = nil
            $0.invoices.list.loadedAt = later
        }
        await store.finish()
    }

    @Test func enteringRelevesWithinTheMinuteUsesWhatIsLoaded() async {
        let state = await loggedIn(subscriber)
        let soon = Fixtures.now.addingTimeInterval(PagedList<ReadingRecord>.maximumAge - 1)
        let store = appStore(state, context: Fixtures.context(now: soon))
        await store.send(.navigate(.releves)) { $0.screen = .releves }
        await store.finish()
    }

    @Test func aClosedContactChangeLoadsTheProfileAgain() async {
        let store = appStore(await loggedIn(subscriber))
        var newPerson = Fixtures.person
        newPerson.fields[.telephone] = "0600000000"
        let newProfile = SubscriberProfile(email: "claire@example.org", personne: newPerson)
        subscriber.update { $0.profile = newProfile }
        let closed = Fixtures.request("q9", .closed, code: .miseAJourPersonne)
        let message = ToastMessage.statusChanged(
            requestId: "q9", title: "Relevé q9", from: .send, to: .closed)
        await store.send(.requests(.announce([StatusChange(request: closed, from: .send)]))) {
            $0.toasts.items = [Toast(id: 1, message: message)]
            $0.toasts.nextId = 2
            $0.session.isLoadingProfile = true
        }
        await store.receive(.session(.profileLoaded(.success(newProfile)))) {
            $0.session.isLoadingProfile = false
            $0.session.profile = newProfile
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    /// The index form opened before the service integrated an index shows the new last index
    /// once the readings come back (it showed the old one, and the date it proposed was refused).
    @Test func aClosedIndexUpdatesTheLastIndexOfTheOpenIndexForm() async {
        let store = appStore(await loggedIn(subscriber), account: FakeAccount(subscriber: subscriber))
        await store.send(.navigate(.nouvelleDemande(.index))) {
            $0.screen = .nouvelleDemande(.index)
            $0.readingForm = ReadingFormTests.emptyForm
        }
        await store.receive(.readingForm(.draftLoaded(nil)))
        let newest = Fixtures.reading("r4", "2026-03-14", index: 1_300, consumption: 50)
        subscriber.update { $0.readings = [newest] + Fixtures.readings }
        let closed = Fixtures.request("q9", .closed)
        let message = ToastMessage.statusChanged(
            requestId: "q9", title: "Relevé q9", from: .send, to: .closed)
        await store.send(.requests(.announce([StatusChange(request: closed, from: .send)]))) {
            $0.toasts.items = [Toast(id: 1, message: message)]
            $0.toasts.nextId = 2
            $0.readings.list.loadingPage = 1
        }
        let page = RecordPage(items: [newest] + Fixtures.readings, number: 1, total: 4, hasNext: false)
        await store.receive(.readings(.loaded(key: "c1", page: 1, .success(page)))) {
            $0.readings.list.loadingPage = nil
            $0.readings.list.items = [newest] + Fixtures.readings
            $0.readings.list.total = 4
            $0.readings.list.selection = 1
            $0.readingForm?.lastIndex = 1_300
            $0.readingForm?.lastDate = newest.date
            $0.readingForm?.usualDailyConsumption = ConsumptionAnalysis.dailyAverage(
                of: [newest] + Fixtures.readings)
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func aRefusedRequestReloadsNothing() async {
        let store = appStore(await loggedIn(subscriber))
        let refused = Fixtures.request("q9", .refused)
        let message = ToastMessage.statusChanged(
            requestId: "q9", title: "Relevé q9", from: .send, to: .refused)
        await store.send(.requests(.announce([StatusChange(request: refused, from: .send)]))) {
            $0.toasts.items = [Toast(id: 1, message: message)]
            $0.toasts.nextId = 2
        }
        await store.advance(by: Toasts.duration)
        await store.receive(.dismissToast(1)) { $0.toasts.items = [] }
        await store.finish()
    }

    @Test func enterOnAnInvoiceOpensItsDetailAndEscClosesTheDetailFirst() async {
        var state = await loggedIn(subscriber)
        state.screen = .factures
        let store = appStore(state)
        await store.send(.invoices(.openDetail)) { $0.invoices.isDetailOpen = true }
        await store.send(.back) { $0.invoices.isDetailOpen = false }
        await store.send(.back) { $0.screen = .accueil }
        await store.finish()
    }

    @Test func enterWithoutAnyInvoiceOpensNothing() async {
        let store = appStore()
        await store.send(.invoices(.openDetail))
        await store.finish()
    }
}

/// "En retard": an invoice still to pay after its due date, by the calendar day in Paris.
@Suite struct LateInvoiceTests {
    let invoice = Fixtures.invoice("i9", "2026-02-10", ttc: 120)

    @Test func anUnpaidInvoiceIsLateTheDayAfterItsDueDate() throws {
        let due = try #require(invoice.dueDate)
        #expect(!invoice.isLate(on: due))
        #expect(!invoice.isLate(on: due.addingTimeInterval(23 * 3_600)))
        #expect(invoice.isLate(on: due.addingTimeInterval(86_400)))
    }

    @Test func paidCancelledDebitedAndCreditNotesAreNeverLate() throws {
        let longAfter = Fixtures.day("2027-01-01")
        for settled in [
            Fixtures.invoice("p", "2026-02-10", ttc: 1, solde: true),
            Fixtures.invoice("a", "2026-02-10", ttc: 1, annulee: true),
            Fixtures.invoice("d", "2026-02-10", ttc: 1, preleve: true),
            Fixtures.invoice("c", "2026-02-10", ttc: 1, avoir: true),
        ] {
            #expect(!settled.isLate(on: longAfter), "\(settled.status)")
        }
        #expect(invoice.isLate(on: longAfter))
    }
}

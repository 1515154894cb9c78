import Foundation
import OmegaClient
import Testing

@testable import SelfService

@Suite struct NavigationReducerTests {
    let context = Fixtures.context()

    @Test func theDashboardShowsContractLastReadingLastInvoiceBalanceAndOpenRequests() throws {
        let state = Fixtures.loggedIn(context: context)
        let dashboard = state.dashboard
        #expect(dashboard.contract == Fixtures.contract)
        #expect(dashboard.lastReading?.index == 1_250)
        #expect(dashboard.lastReading?.date == Fixtures.day("2026-03-01"))
        #expect(dashboard.lastInvoice?.id == "i2")
        #expect(dashboard.lastInvoice?.status == .aPayer)
        #expect(dashboard.balance == 120)
        #expect(dashboard.openRequests.map(\.id) == ["q1"])
        #expect(!dashboard.isLoading)
    }

    @Test func screensNeedALoggedInSubscriber() {
        var state = AppState()
        #expect(reduce(&state, .navigate(.releves), context: context).isEmpty)
        #expect(state.screen == .connexion)
    }

    @Test func quitAsksFirstWhenAFormHoldsUnsavedInput() {
        var state = Fixtures.loggedIn(context: context)
        #expect(reduce(&state, .quit, context: context) == [.quit])
        #expect(state.hasQuit)

        var typing = Fixtures.loggedIn(context: context)
        _ = reduce(&typing, .navigate(.nouvelleDemande(.index)), context: context)
        _ = reduce(&typing, .readingForm(.set(.index, "1300")), context: context)
        #expect(reduce(&typing, .quit, context: context).isEmpty)
        #expect(typing.dialog == .confirmQuit)
        _ = reduce(&typing, .cancelQuit, context: context)
        #expect(typing.dialog == nil)
        #expect(!typing.hasQuit)
        _ = reduce(&typing, .quit, context: context)
        _ = reduce(&typing, .back, context: context)  // Esc closes the dialog
        #expect(typing.dialog == nil)
        #expect(typing.readingForm?.indexText == "1300")
        _ = reduce(&typing, .quit, context: context)
        #expect(reduce(&typing, .confirmQuit, context: context) == [.quit])
        #expect(typing.hasQuit)
    }

    @Test func choosingAnotherContractReloadsItsData() {
        var state = Fixtures.loggedIn(
            contracts: [Fixtures.contract, Fixtures.otherContract], context: context)
        _ = reduce(&state, .navigate(.choixContrat), context: context)
        #expect(state.contractPickerSelection == 0)
        _ = reduce(&state, .selectRow(1), context: context)
        let effects = reduce(&state, .activate, context: context)
        #expect(state.selectedContractId == "c2")
        #expect(state.screen == .accueil)
        #expect(state.readings.list.items.isEmpty)
        #expect(effects.contains(.perform(.loadReadings(contratId: "c2", page: 1))))
        #expect(effects.contains(.perform(.loadInvoices(contratId: "c2", page: 1))))
        #expect(effects.contains(.perform(.loadPayable(contratId: "c2", numeroContrat: "0005678"))))
        // A late page of the previous contract is ignored.
        let stale = RecordPage(items: Fixtures.readings, number: 1, total: 3, hasNext: false)
        _ = reduce(&state, .response(.readings(contratId: "c1", .success(stale))), context: context)
        #expect(state.readings.list.items.isEmpty)
    }

    @Test func theDefaultContractIsTheActiveOneWithTheSmallestNumberWhateverTheServerOrder() {
        var inactive = Fixtures.contract
        inactive.actif = false
        let state = Fixtures.loggedIn(
            contracts: [Fixtures.otherContract, Fixtures.contract], context: context)
        #expect(state.selectedContractId == "c1")
        var withInactive = AppState()
        _ = reduce(&withInactive, .response(.loggedIn(email: "a@b.fr", .success(true))), context: context)
        _ = reduce(
            &withInactive, .response(.contracts(.success([inactive, Fixtures.otherContract]))),
            context: context)
        #expect(withInactive.selectedContractId == "c2")
    }

    @Test func aShortFirstPageIsFollowedByTheNextSoATallScreenIsFull() {
        var state = Fixtures.loggedIn(context: context)
        state.invoices = InvoicesState()
        _ = reduce(&state, .navigate(.factures), context: context)
        func page(_ number: Int, hasNext: Bool) -> Action {
            let rows = (0..<20).map { Fixtures.invoice("f\(number)-\($0)", "2026-01-01", ttc: 10) }
            return .response(
                .invoices(
                    contratId: "c1",
                    .success(RecordPage(items: rows, number: number, total: 60, hasNext: hasNext))))
        }
        #expect(
            reduce(&state, page(1, hasNext: true), context: context) == [
                .perform(.loadInvoices(contratId: "c1", page: 2))
            ])
        #expect(state.invoices.list.isLoading)
        #expect(reduce(&state, page(2, hasNext: true), context: context).isEmpty)
        #expect(state.invoices.list.items.count == 40)
        #expect(!state.invoices.list.isLoading)
    }

    @Test func readingsLoadTheNextPageWhenTheSelectionNearsTheEnd() {
        var state = Fixtures.loggedIn(context: context)
        state.readings = ReadingsState()
        _ = reduce(&state, .navigate(.releves), context: context)
        let rows = (0..<40).map {
            Fixtures.reading("r\($0)", "2026-01-01", index: 2000 - $0, consumption: 10)
        }
        let firstPage = reduce(
            &state,
            .response(
                .readings(
                    contratId: "c1", .success(RecordPage(items: rows, number: 1, total: 60, hasNext: true)))),
            context: context)
        #expect(firstPage.isEmpty, "40 rows fill a tall screen: the next page waits for scrolling")
        #expect(reduce(&state, .selectRow(30), context: context).isEmpty)
        #expect(
            reduce(&state, .selectRow(35), context: context) == [
                .perform(.loadReadings(contratId: "c1", page: 2))
            ])
        // No second request while the page is in flight.
        #expect(reduce(&state, .selectRow(36), context: context).isEmpty)
        // Esc cancels the load (spinner off) instead of leaving the screen.
        #expect(reduce(&state, .back, context: context) == [.cancel(.readings)])
        #expect(state.screen == .releves)
        #expect(!state.readings.list.isLoading)
        _ = reduce(&state, .back, context: context)
        #expect(state.screen == .accueil)
    }

    @Test func helpRemembersTheScreenItWasOpenedFrom() {
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.factures), context: context)
        _ = reduce(&state, .navigate(.aide), context: context)
        #expect(state.screen == .aide)
        _ = reduce(&state, .back, context: context)
        #expect(state.screen == .factures)
    }

    @Test func counterModeStartsOnAccueilAndEscLeavesTheSubscriber() {
        var state = AppState(mode: .counter(agent: "agent1"))
        #expect(state.screen == .accueil)
        let start = reduce(&state, .start, context: context)
        #expect(start.contains(.perform(.loadContracts)))
        #expect(!start.contains(.perform(.resumeSession)))
        // A counter session never goes to the login screen on an authorisation failure.
        _ = reduce(&state, .response(.contracts(.failure(Fixtures.expired))), context: context)
        #expect(state.screen == .accueil)
        let leave = reduce(&state, .back, context: context)
        #expect(leave.last == .quit)
        #expect(state.hasQuit)
    }
}

@Suite struct PresentationTests {
    @Test func theCounterHeaderNamesTheAgentAndTheSubscriber() {
        let context = Fixtures.context()
        var state = AppState(mode: .counter(agent: "dupont"))
        #expect(state.counterHeader(in: .fr) == "Guichet — agent dupont")
        _ = reduce(&state, .start, context: context)
        _ = reduce(
            &state, .response(.profile(.success(SubscriberProfile(email: nil, personne: Fixtures.person)))),
            context: context)
        _ = reduce(&state, .response(.contracts(.success([Fixtures.contract]))), context: context)
        #expect(
            state.counterHeader(in: .fr) == "Guichet — agent dupont — pour Claire Martin, contrat 0001234")
        #expect(AppState().counterHeader(in: .fr) == nil)
        #expect(state.isLoadingCurrentScreen)
    }
}

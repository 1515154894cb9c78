import Foundation
import OmegaClient
import Testing

@testable import SelfService

@Suite struct RequestsReducerTests {
    let context = Fixtures.context()

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

    @Test func statusesHaveTheirFrenchLabels() {
        let labels = ["SAVED", "SEND", "OMEGA", "CLIENT", "CLOSED", "ERROR", "REFUSED"].map {
            RequestStatus(code: $0).label(in: .fr)
        }
        #expect(
            labels == [
                "Enregistrée", "Envoyée", "En traitement", "Attente client", "Terminée", "En erreur",
                "Refusée",
            ])
        #expect(RequestStatus(code: "NEW").label(in: .fr) == "NEW")
    }

    @Test func openingDemandesLoadsAndPollsWithBackoffWhileOpen() {
        var state = Fixtures.loggedIn(context: context)
        let open = reduce(&state, .navigate(.demandes), context: context)
        #expect(open.contains(.perform(.loadRequests)))
        let unchanged = [Fixtures.request("q1", .omega)]
        var delays: [Duration] = []
        for _ in 0..<3 {
            let effects = reduce(&state, .response(.requests(.success(unchanged))), context: context)
            for case .timer(.pollTimer, let delay, .pollRequests) in effects { delays.append(delay) }
            #expect(reduce(&state, .pollRequests, context: context) == [.perform(.loadRequests)])
        }
        #expect(delays == [.seconds(2), .seconds(4), .seconds(8)])

        let leave = reduce(&state, .navigate(.accueil), context: context)
        #expect(leave.contains(.cancel(.pollTimer)))
        #expect(reduce(&state, .pollRequests, context: context).isEmpty)
    }

    @Test func aStatusChangeShowsAToastAndResetsTheBackoff() throws {
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.demandes), context: context)
        _ = reduce(&state, .response(.requests(.success([Fixtures.request("q1", .omega)]))), context: context)
        _ = reduce(&state, .response(.requests(.success([Fixtures.request("q1", .omega)]))), context: context)
        let effects = reduce(
            &state, .response(.requests(.success([Fixtures.request("q1", .closed)]))), context: context)
        let toast = try #require(state.toasts.last)
        #expect(
            toast.message == .statusChanged(requestId: "q1", title: "Relevé q1", from: .omega, to: .closed))
        #expect(toast.message.text(in: .fr) == "Demande Relevé q1 (n° q1) : En traitement → Terminée")
        #expect(effects.contains(.timer(.toast(toast.id), after: .seconds(4), send: .dismissToast(toast.id))))
        #expect(effects.contains(.timer(.pollTimer, after: .seconds(2), send: .pollRequests)))
        // The detail (history) of the selected request is reloaded since it moved.
        #expect(effects.contains(.perform(.loadRequest(id: "q1"))))
        _ = reduce(&state, .dismissToast(toast.id), context: context)
        #expect(state.toasts.isEmpty)
    }

    @Test func aMoveFirstSeenInTheDetailIsAnnouncedOnceNotLost() throws {
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.demandes), context: context)
        let sent = [Fixtures.request("q1", .send)]
        _ = reduce(&state, .response(.requests(.success(sent))), context: context)
        let toastsBefore = state.toasts.count
        // The timeline of the selected request arrives before the next poll, already closed.
        let closed = Fixtures.request("q1", .closed)
        _ = reduce(&state, .response(.request(.success(closed))), context: context)
        #expect(state.toasts.count == toastsBefore + 1)
        let toast = try #require(state.toasts.last)
        #expect(
            toast.message == .statusChanged(requestId: "q1", title: "Relevé q1", from: .send, to: .closed))
        // The poll that follows sees the same status: no second toast.
        _ = reduce(&state, .response(.requests(.success([closed]))), context: context)
        #expect(state.toasts.count == toastsBefore + 1)
    }

    @Test func selectingARequestLoadsItsTimeline() {
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.demandes), context: context)
        _ = reduce(
            &state,
            .response(.requests(.success([Fixtures.request("q2", .send), Fixtures.request("q1", .omega)]))),
            context: context)
        #expect(reduce(&state, .selectRow(1), context: context) == [.perform(.loadRequest(id: "q1"))])
        var detail = Fixtures.request("q1", .omega)
        detail.history = [
            RequestEvent(status: .send, date: Fixtures.day("2026-03-01")),
            RequestEvent(status: .omega, date: Fixtures.day("2026-03-02"), comment: "Pris en charge"),
        ]
        _ = reduce(&state, .response(.request(.success(detail))), context: context)
        #expect(state.requests.detail?.history.count == 2)
        // A detail for a request no longer selected is ignored.
        _ = reduce(&state, .selectRow(0), context: context)
        _ = reduce(&state, .response(.request(.success(detail))), context: context)
        #expect(state.requests.detail == nil)
    }
}

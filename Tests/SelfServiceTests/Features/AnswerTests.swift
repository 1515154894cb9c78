import Foundation
import SelfService
import SelfServiceTestSupport
import Testing

/// Répondre au service: the form's checks and call, and what the app does around it.
@MainActor
@Suite struct AnswerTests {
    static let question = "L'index transmis est inférieur au dernier index relevé. Merci de confirmer."

    /// A request in "Attente client" whose history holds the service's question.
    static func waiting(_ id: String = "q7") -> RequestRecord {
        var request = Fixtures.request(id, .client)
        request.history = [
            RequestEvent(status: .send, date: Fixtures.day("2026-03-01")),
            RequestEvent(
                status: .client, date: Fixtures.day("2026-03-02"), comment: AnswerTests.question),
        ]
        return request
    }

    private func formStore(_ subscriber: FakeSubscriber, request: RequestRecord = waiting())
        -> TestStore<AnswerState, AnswerAction>
    {
        let context = Fixtures.context().with(source: DataSourceHandle(subscriber))
        let store = TestStore(
            initialState: AnswerState(request: request),
            reducer: { AnswerFeature.reduce(&$0, $1, context) })
        store.park(subscriber.gate)
        return store
    }

    @Test func theQuestionIsTheLatestCommentOfAMoveToAttenteClient() {
        var request = Self.waiting()
        #expect(AnswerState(request: request).question == Self.question)
        request.history.append(RequestEvent(status: .omega, date: Fixtures.day("2026-03-03"), comment: "Oui"))
        request.history.append(
            RequestEvent(status: .client, date: Fixtures.day("2026-03-04"), comment: "Sûr ?"))
        #expect(AnswerState(request: request).question == "Sûr ?")
        #expect(AnswerState(request: Fixtures.request("q", .client)).question == nil)
    }

    @Test func anEmptyOrBlankAnswerIsRefusedBeforeAnyCall() async {
        let subscriber = FakeSubscriber { $0.requests = [Self.waiting()] }
        let store = formStore(subscriber)
        await store.send(.form(.set(.answer, "   "))) { $0.fields[.answer] = "   " }
        await store.send(.form(.submit)) { $0.fields.problems = [.answer: .required] }
        await store.finish()
        #expect(subscriber.snapshot.answers.isEmpty)
    }

    @Test func anAnswerOverTheLimitIsRefusedWithTheTooLongCode() async {
        let subscriber = FakeSubscriber { $0.requests = [Self.waiting()] }
        let store = formStore(subscriber)
        let text = String(repeating: "a", count: AnswerState.maximumLength + 1)
        await store.send(.form(.set(.answer, text))) { $0.fields[.answer] = text }
        await store.send(.form(.submit)) {
            $0.fields.problems = [
                .answer: .refused(
                    Refusal(field: "answer", code: "field-too-long", text: "", values: ["max": "2000"]))
            ]
        }
        await store.finish()
        #expect(subscriber.snapshot.answers.isEmpty)
    }

    @Test func aSentAnswerIsTrimmedAndTheRequestComesBackEnTraitement() async {
        let subscriber = FakeSubscriber { $0.requests = [Self.waiting()] }
        let store = formStore(subscriber)
        await store.send(.form(.set(.answer, "  Oui, c'est exact. "))) {
            $0.fields[.answer] = "  Oui, c'est exact. "
        }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        var answered = Self.waiting()
        answered.status = .omega
        answered.date = Fixtures.day("2026-03-02").addingTimeInterval(60)
        answered.history.append(
            RequestEvent(
                status: .omega, date: Fixtures.day("2026-03-02").addingTimeInterval(60),
                comment: "Oui, c'est exact."))
        await store.receive(.answered(.success(answered))) {
            $0.isSubmitting = false
            $0.request = answered
        }
        await store.finish()
        #expect(subscriber.snapshot.answers.map(\.text) == ["Oui, c'est exact."])
        #expect(subscriber.snapshot.answers.map(\.id) == ["q7"])
    }

    @Test func aRefusalOfTheServiceShowsUnderTheFieldAndAConflictAsAnError() async {
        let tooLong = Refusal(
            field: "answer", code: "field-too-long", text: "too long", values: ["max": "2000"])
        let subscriber = FakeSubscriber {
            $0.requests = [Self.waiting()]
            $0.answerFailure = ServiceFailure(.refused, refusals: [tooLong])
        }
        let store = formStore(subscriber)
        await store.send(.form(.set(.answer, "Oui"))) { $0.fields[.answer] = "Oui" }
        await store.send(.form(.submit)) { $0.isSubmitting = true }
        await store.receive(.answered(.failure(ServiceFailure(.refused, refusals: [tooLong])))) {
            $0.isSubmitting = false
            $0.fields.problems = [.answer: .refused(tooLong)]
        }
        let notWaiting = ServiceFailure(
            .conflict,
            refusals: [Refusal(code: "request-not-waiting", text: "", values: ["status": "CLOSED"])])
        subscriber.update { $0.answerFailure = notWaiting }
        // Sent again: the local checks pass, the service's earlier refusal goes.
        await store.send(.form(.submit)) {
            $0.isSubmitting = true
            $0.fields.problems = [:]
        }
        await store.receive(.answered(.failure(notWaiting))) {
            $0.isSubmitting = false
            $0.error = notWaiting
        }
        // Typing again clears the error.
        await store.send(.form(.set(.answer, "Oui!"))) {
            $0.fields[.answer] = "Oui!"
            $0.error = nil
        }
        await store.finish()
    }

    // MARK: The app around it

    /// Logged in, on Demandes, with `request` selected and its history loaded.
    private func onDemandes(_ subscriber: FakeSubscriber) async -> HeadlessRunner<AppState, AppAction> {
        let state = await loggedIn(subscriber)
        let runner = HeadlessRunner(
            initialState: state, dependencies: Dependencies(),
            reducer: { AppFeature.reduce(&$0, $1, Fixtures.context()) })
        runner.send(.navigate(.demandes))
        _ = await runner.run(until: { $0.requests.detail != nil && !$0.requests.list.isLoading })
        return runner
    }

    @Test func onlyARequestInAttenteClientWithItsQuestionLoadedCanBeAnswered() async {
        let subscriber = FakeSubscriber { $0.requests = [Fixtures.request("q1", .omega)] }
        let runner = await onDemandes(subscriber)
        #expect(AppFeature.answerableRequest(runner.state) == nil)
        runner.send(.navigate(.repondreDemande))
        #expect(runner.state.screen == .demandes)
        #expect(runner.state.requests.isWatching, "a refused navigation must not stop the polling")
        runner.send(.navigate(.accueil))
        _ = await runner.runUntilIdle()
    }

    @Test func answeringFromDemandesGoesBackToDemandesWithTheNewStatusAndAToast() async {
        let subscriber = FakeSubscriber { $0.requests = [Self.waiting()] }
        let runner = await onDemandes(subscriber)
        #expect(AppFeature.answerableRequest(runner.state)?.id == "q7")
        runner.send(.navigate(.repondreDemande))
        #expect(runner.state.screen == .repondreDemande)
        #expect(runner.state.answer?.question == Self.question)
        #expect(runner.state.textFieldHasFocus)
        runner.send(.answer(.form(.set(.answer, "Oui, l'index est exact."))))
        // Esc and back: what was typed stays.
        runner.send(.back)
        #expect(runner.state.screen == .demandes)
        runner.send(.navigate(.repondreDemande))
        #expect(runner.state.answer?.fields[.answer] == "Oui, l'index est exact.")
        runner.send(.answer(.form(.submit)))
        let after = await runner.run(until: { $0.screen == .demandes && $0.answer == nil })
        #expect(after?.requests.list.items.first?.status == .omega)
        #expect(after?.requests.detail?.history.last?.comment == "Oui, l'index est exact.")
        #expect(after?.toasts.items.map(\.message).contains(.answerSent(requestId: "q7")) == true)
        #expect(subscriber.snapshot.answers.map(\.text) == ["Oui, l'index est exact."])
        runner.send(.navigate(.accueil))
        _ = await runner.runUntilIdle()
    }
}

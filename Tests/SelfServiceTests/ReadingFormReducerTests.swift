import Foundation
import OmegaClient
import Testing

@testable import SelfService

@Suite struct ReadingFormReducerTests {
    let context = Fixtures.context()

    private func openForm() -> (AppState, [Effect]) {
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.nouvelleDemande(.menu)), context: context)
        #expect(state.screen == .nouvelleDemande(.menu))
        let effects = reduce(&state, .activate, context: context)
        return (state, effects)
    }

    private func outcome(_ id: String = "") -> FilingOutcome {
        FilingOutcome(
            request: RequestRecord(id: id, code: .releve, status: .send, title: "Relevé", date: nil))
    }

    @Test func theFormOpensOnAnEmptyIndexFieldWithTheLastIndexAndTodaysDate() throws {
        let (state, effects) = openForm()
        #expect(state.screen == .nouvelleDemande(.index))
        let form = try #require(state.readingForm)
        #expect(form.focus == .index)
        #expect(form.indexText.isEmpty)
        #expect(form.lastIndex == 1_250)
        #expect(form.lastDate == Fixtures.day("2026-03-01"))
        #expect(form.dateText == "15/03/2026")
        #expect(form.pconsoId == "p1")
        #expect(form.idempotencyKey == "key-1")
        #expect(effects.contains(.loadDraft(.reading(contratId: "c1"))))
        #expect(state.textFieldHasFocus)
    }

    @Test func localValidationShowsErrorsNextToTheFieldsWithoutCallingTheServer() {
        var (state, _) = openForm()
        _ = reduce(&state, .readingForm(.set(.index, "12a")), context: context)
        _ = reduce(&state, .readingForm(.set(.date, "31/02/2026")), context: context)
        let effects = reduce(&state, .readingForm(.submit), context: context)
        #expect(effects.isEmpty)
        #expect(state.readingForm?.fieldErrors[.index] == "L'index est un nombre entier de m³.")
        #expect(state.readingForm?.fieldErrors[.date] == "Date invalide (jj/mm/aaaa).")
        #expect(state.readingForm?.step == .editing)
    }

    @Test func enterRunsTheDryRunThenShowsTheImpliedConsumptionThenSendsWithTheSameKey() throws {
        var (state, _) = openForm()
        let edit = reduce(&state, .readingForm(.set(.index, "1287")), context: context)
        #expect(edit.count == 1)
        guard case .saveDraft(.reading(let draft)) = edit.first else {
            Issue.record("expected a draft save, got \(edit)")
            return
        }
        #expect(draft.indexText == "1287")
        #expect(draft.idempotencyKey == "key-1")

        let dryRun = reduce(&state, .readingForm(.submit), context: context)
        let submission = ReadingSubmission(
            pconsoId: "p1", index: 1_287, date: Fixtures.day("2026-03-15"), comment: nil)
        #expect(dryRun == [.perform(.fileReading(submission, dryRun: true, idempotencyKey: "key-1"))])
        #expect(state.readingForm?.step == .validating)
        #expect(state.isBusy)

        _ = reduce(&state, .response(.readingFiled(dryRun: true, .success(outcome()))), context: context)
        let form = try #require(state.readingForm)
        #expect(form.step == .confirming(outcome()))
        #expect(form.impliedConsumption == 37)
        #expect(Formatting.volume(try #require(form.impliedConsumption), in: .fr) == "37 m³")

        let send = reduce(&state, .readingForm(.submit), context: context)
        #expect(send == [.perform(.fileReading(submission, dryRun: false, idempotencyKey: "key-1"))])
        let filed = outcome("42")
        let done = reduce(&state, .response(.readingFiled(dryRun: false, .success(filed))), context: context)
        #expect(state.readingForm?.step == .sent(filed.request))
        #expect(done.contains(.deleteDraft(.reading(contratId: "c1"))))
        #expect(state.requests.items.first?.id == "42")
        #expect(state.toasts.last?.message == .requestFiled(requestId: "42"))
        #expect(!state.hasUnsavedInput)

        _ = reduce(&state, .readingForm(.submit), context: context)
        #expect(state.screen == .demandes)
        #expect(state.readingForm == nil)
    }

    @Test func serverFieldErrorsGoNextToTheFieldAndKeepTheInput() {
        var (state, _) = openForm()
        _ = reduce(&state, .readingForm(.set(.index, "1000")), context: context)
        _ = reduce(&state, .readingForm(.focus(.comment)), context: context)
        _ = reduce(&state, .readingForm(.submit), context: context)
        _ = reduce(
            &state, .response(.readingFiled(dryRun: true, .failure(Fixtures.validationFailure))),
            context: context)
        #expect(state.readingForm?.step == .editing)
        #expect(state.readingForm?.fieldErrors[.index] == "L'index est inférieur au dernier index.")
        #expect(state.readingForm?.focus == .index)
        #expect(state.readingForm?.indexText == "1000")
        // Typing clears the error of that field.
        _ = reduce(&state, .readingForm(.set(.index, "1300")), context: context)
        #expect(state.readingForm?.fieldErrors[.index] == nil)
    }

    @Test func aNetworkFailureWhileSendingKeepsTheStepSoEnterRetriesWithTheSameKey() throws {
        var (state, _) = openForm()
        _ = reduce(&state, .readingForm(.set(.index, "1287")), context: context)
        _ = reduce(&state, .readingForm(.submit), context: context)
        _ = reduce(&state, .response(.readingFiled(dryRun: true, .success(outcome()))), context: context)
        _ = reduce(&state, .readingForm(.submit), context: context)
        _ = reduce(
            &state, .response(.readingFiled(dryRun: false, .failure(Fixtures.networkFailure))),
            context: context)
        let form = try #require(state.readingForm)
        #expect(form.step == .confirming(outcome()))
        #expect(form.error == Fixtures.networkFailure)
        let retry = reduce(&state, .readingForm(.submit), context: context)
        guard case .perform(.fileReading(_, false, let key)) = retry.first else {
            Issue.record("expected a send, got \(retry)")
            return
        }
        #expect(key == "key-1")
    }

    @Test func escCancelsTheCallInFlightThenStepsBackThenClosesTheForm() {
        var (state, _) = openForm()
        _ = reduce(&state, .readingForm(.set(.index, "1287")), context: context)
        _ = reduce(&state, .readingForm(.submit), context: context)
        #expect(reduce(&state, .back, context: context) == [.cancel(.readingForm)])
        #expect(state.readingForm?.step == .editing)
        #expect(!state.isBusy)
        // A late answer of the cancelled call changes nothing.
        _ = reduce(&state, .response(.readingFiled(dryRun: true, .success(outcome()))), context: context)
        #expect(state.readingForm?.step == .editing)
        let close = reduce(&state, .back, context: context)
        #expect(close == [.deleteDraft(.reading(contratId: "c1"))])
        #expect(state.readingForm == nil)
        #expect(state.screen == .nouvelleDemande(.menu))
    }

    @Test func aSavedDraftFillsTheUntouchedFormWithItsKey() {
        var (state, _) = openForm()
        let draft = ReadingDraft(
            contratId: "c1", indexText: "1290", dateText: "14/03/2026", comment: "compteur au sous-sol",
            idempotencyKey: "saved-key")
        _ = reduce(
            &state, .response(.draftLoaded(.reading(contratId: "c1"), .reading(draft))), context: context)
        #expect(state.readingForm?.indexText == "1290")
        #expect(state.readingForm?.dateText == "14/03/2026")
        #expect(state.readingForm?.idempotencyKey == "saved-key")
        #expect(state.toasts.last?.message == .draftRestored)
    }

    @Test func tokenExpiryGoesToLoginKeepsTheFormAndReturnsToItAfterLogin() {
        var (state, _) = openForm()
        _ = reduce(&state, .readingForm(.set(.index, "1287")), context: context)
        _ = reduce(&state, .readingForm(.submit), context: context)
        let effects = reduce(
            &state, .response(.readingFiled(dryRun: true, .failure(Fixtures.expired))), context: context)
        #expect(effects.contains(.cancel(.pollTimer)))
        #expect(state.screen == .connexion)
        #expect(state.login.error?.kind == .authenticationExpired)
        #expect(state.toasts.last?.message == .sessionExpired)
        #expect(state.readingForm?.indexText == "1287")
        #expect(state.readingForm?.step == .editing)
        #expect(state.readingForm?.idempotencyKey == "key-1")
        #expect(!state.isLoggedIn)

        _ = reduce(
            &state, .response(.loggedIn(email: "claire@example.org", .success(true))), context: context)
        #expect(state.screen == .nouvelleDemande(.index))
        #expect(state.readingForm?.indexText == "1287")
    }

    @Test func anotherPersonLoggingInAfterExpiryDoesNotSeeTheForm() {
        var (state, _) = openForm()
        _ = reduce(&state, .readingForm(.set(.index, "1287")), context: context)
        _ = reduce(&state, .readingForm(.submit), context: context)
        _ = reduce(
            &state, .response(.readingFiled(dryRun: true, .failure(Fixtures.expired))), context: context)
        _ = reduce(&state, .response(.loggedIn(email: "someone@else.fr", .success(true))), context: context)
        #expect(state.screen == .accueil)
        #expect(state.readingForm == nil)
    }
}

@Suite struct RequestFormAvailabilityTests {
    @Test func aContractWithoutMeterExplainsWhyNoIndexCanBeSent() {
        let context = Fixtures.context()
        var meterless = Fixtures.contract
        meterless.pconsoId = nil
        var state = Fixtures.loggedIn(contracts: [meterless], context: context)
        _ = reduce(&state, .navigate(.nouvelleDemande(.index)), context: context)
        #expect(state.readingForm == nil)
        #expect(state.screen == .accueil)
        guard case .failure(let failure) = state.toasts.last?.message else {
            Issue.record("expected a toast")
            return
        }
        #expect(failure.french.contains("Aucun compteur"))
    }

    @Test func theContactFormWaitsForTheProfile() {
        let context = Fixtures.context()
        var state = AppState()
        _ = reduce(&state, .response(.loggedIn(email: "a@b.fr", .success(true))), context: context)
        state.inFlight.removeAll()
        let effects = reduce(&state, .navigate(.nouvelleDemande(.coordonnees)), context: context)
        #expect(state.contactForm == nil)
        #expect(effects.contains(.perform(.loadProfile)))
    }
}

import Foundation
import OmegaClient
import Testing

@testable import SelfService

@Suite struct ContactFormReducerTests {
    let context = Fixtures.context()

    private func openForm() -> AppState {
        var state = Fixtures.loggedIn(context: context)
        _ = reduce(&state, .navigate(.nouvelleDemande(.menu)), context: context)
        _ = reduce(&state, .selectRow(1), context: context)
        _ = reduce(&state, .activate, context: context)
        return state
    }

    @Test func theFormIsPrefilledFromThePerson() throws {
        let state = openForm()
        #expect(state.screen == .nouvelleDemande(.coordonnees))
        let form = try #require(state.contactForm)
        #expect(form.value(.telephone) == "0474000000")
        #expect(form.value(.mail) == "claire@example.org")
        #expect(form.value(.adresse2) == "")
        #expect(form.changes.isEmpty)
        #expect(!state.hasUnsavedInput)
    }

    @Test func onlyChangedFieldsAreSent() {
        var state = openForm()
        _ = reduce(&state, .contactForm(.set(.mobile, "0612345678")), context: context)
        // The same value once trimmed: not a change.
        _ = reduce(&state, .contactForm(.set(.telephone, "0474000000 ")), context: context)
        #expect(state.hasUnsavedInput)
        let effects = reduce(&state, .contactForm(.submit), context: context)
        #expect(
            effects == [
                .perform(
                    .updateContact(
                        personneId: "per1", changes: [.mobile: "0612345678"], dryRun: true,
                        idempotencyKey: "key-1"))
            ])
    }

    @Test func nothingChangedIsAnErrorWithoutACall() {
        var state = openForm()
        #expect(reduce(&state, .contactForm(.submit), context: context).isEmpty)
        #expect(state.contactForm?.error?.french == "Aucune modification à envoyer.")
    }

    @Test func serverFieldErrorsAttachToTheContactField() {
        var state = openForm()
        _ = reduce(&state, .contactForm(.set(.codePostal, "123")), context: context)
        _ = reduce(&state, .contactForm(.submit), context: context)
        let failure = ServiceFailure(
            kind: .validation, french: "Refusé.", english: "Rejected.", fieldErrors: ["cppers": "5 chiffres"])
        _ = reduce(&state, .response(.contactFiled(dryRun: true, .failure(failure))), context: context)
        #expect(state.contactForm?.fieldErrors[.codePostal] == "5 chiffres")
        #expect(state.contactForm?.focus == .codePostal)
        #expect(state.contactForm?.value(.codePostal) == "123")
    }

    @Test func dryRunThenSendFilesTheRequest() {
        var state = openForm()
        _ = reduce(&state, .contactForm(.set(.mail, "claire.martin@example.org")), context: context)
        _ = reduce(&state, .contactForm(.submit), context: context)
        let wouldBe = FilingOutcome(
            request: RequestRecord(
                id: "", code: .miseAJourPersonne, status: .send, title: "Mise à jour", date: nil))
        _ = reduce(&state, .response(.contactFiled(dryRun: true, .success(wouldBe))), context: context)
        let send = reduce(&state, .contactForm(.submit), context: context)
        #expect(
            send == [
                .perform(
                    .updateContact(
                        personneId: "per1", changes: [.mail: "claire.martin@example.org"], dryRun: false,
                        idempotencyKey: "key-1"))
            ])
        var filed = wouldBe
        filed.request.id = "77"
        let effects = reduce(
            &state, .response(.contactFiled(dryRun: false, .success(filed))), context: context)
        #expect(effects.contains(.deleteDraft(.contact(personneId: "per1"))))
        #expect(state.contactForm?.step == .sent(filed.request))
    }

    @Test func aDraftRestoresOnlyTheEditedValues() {
        var state = openForm()
        let draft = ContactDraft(
            personneId: "per1", values: [.mobile: "0699999999"], idempotencyKey: "old-key")
        _ = reduce(
            &state, .response(.draftLoaded(.contact(personneId: "per1"), .contact(draft))), context: context)
        #expect(state.contactForm?.value(.mobile) == "0699999999")
        #expect(state.contactForm?.value(.telephone) == "0474000000")
        #expect(state.contactForm?.idempotencyKey == "old-key")
    }
}

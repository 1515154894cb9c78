/// Opens "Mettre à jour mes coordonnées", prefilled from the person.
func openContactForm(_ state: inout AppState, context: ReducerContext) -> [Effect] {
    guard let person = state.profile?.personne else {
        let failure = ServiceFailure(
            kind: .other, french: "Coordonnées pas encore chargées : réessayez dans un instant.",
            english: "Contact details not loaded yet: try again in a moment.")
        return [state.showToast(.failure(failure)), state.perform(.loadProfile)]
    }
    state.screen = .nouvelleDemande(.coordonnees)
    if state.contactForm?.original.personneId == person.personneId { return [] }
    state.contactForm = ContactFormState(person: person, idempotencyKey: context.makeIdentifier())
    return [.loadDraft(.contact(personneId: person.personneId))]
}

func reduceContactForm(_ state: inout AppState, _ action: ContactFormAction) -> [Effect] {
    guard state.screen == .nouvelleDemande(.coordonnees), var form = state.contactForm else { return [] }
    var closesForm = false
    defer { state.contactForm = closesForm ? nil : form }
    let fields = ContactField.allCases
    switch action {
    case .set(let field, let value):
        switch form.step {
        case .validating, .sending, .sent: return []
        case .editing, .confirming: form.step = .editing
        }
        form.values[field] = value
        form.fieldErrors[field] = nil
        form.error = nil
        return [.saveDraft(.contact(contactDraft(of: form)))]
    case .focus(let field):
        form.focus = field
    case .focusNext:
        form.focus = fields.cycled(after: form.focus, by: 1)
    case .focusPrevious:
        form.focus = fields.cycled(after: form.focus, by: -1)
    case .submit:
        let changes = form.changes
        switch form.step {
        case .editing:
            let errors = form.localErrors(in: state.language)
            form.fieldErrors = errors
            if let first = fields.first(where: { errors[$0] != nil }) {
                form.focus = first
                return []
            }
            guard !changes.isEmpty else {
                form.error = ServiceFailure(
                    kind: .validation, french: "Aucune modification à envoyer.", english: "Nothing changed.")
                return []
            }
            form.step = .validating
            return [
                state.perform(
                    .updateContact(
                        personneId: form.original.personneId, changes: changes, dryRun: true,
                        idempotencyKey: form.idempotencyKey))
            ]
        case .confirming(let outcome):
            form.step = .sending(outcome)
            return [
                state.perform(
                    .updateContact(
                        personneId: form.original.personneId, changes: changes, dryRun: false,
                        idempotencyKey: form.idempotencyKey))
            ]
        case .sent:
            closesForm = true
            return navigate(&state, to: .demandes, context: .live)
        case .validating, .sending:
            return []
        }
    }
    return []
}

/// Esc on the contact form: same rules as the index form.
func backFromContactForm(_ state: inout AppState) -> [Effect] {
    backFromFilingForm(&state, form: \.contactForm, effect: .contactForm) {
        .contact(personneId: $0.original.personneId)
    }
}

/// The dry run or the send of the contact form answered.
func receiveContactFiled(
    _ state: inout AppState, dryRun: Bool, _ result: Result<FilingOutcome, ServiceFailure>
) -> [Effect] {
    guard var form = state.contactForm else { return [] }
    defer { state.contactForm = form }
    switch (form.step, result) {
    case (.validating, .success(let outcome)) where dryRun:
        form.step = .confirming(outcome)
    case (.sending, .success(let outcome)) where !dryRun:
        form.step = .sent(outcome.request)
        state.requests.items.removeAll { $0.id == outcome.request.id }
        state.requests.items.insert(outcome.request, at: 0)
        return [
            .deleteDraft(.contact(personneId: form.original.personneId)),
            state.showToast(.requestFiled(requestId: outcome.request.id)),
        ]
    case (.validating, .failure(let failure)), (.sending, .failure(let failure)):
        receiveFilingFailure(failure, on: &form, fallbackFocus: form.focus)
    default:
        break
    }
    return []
}

/// The draft of the contact form: only the edited values.
func contactDraft(of form: ContactFormState) -> ContactDraft {
    ContactDraft(
        personneId: form.original.personneId, values: form.changes, idempotencyKey: form.idempotencyKey)
}

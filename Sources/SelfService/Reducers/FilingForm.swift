/// A request form that files through a dry run then a send (the index and the contact form).
protocol FilingForm {
    associatedtype Field: CaseIterable & Hashable
    var step: FormStep { get set }
    var focus: Field { get set }
    var fieldErrors: [Field: String] { get set }
    var error: ServiceFailure? { get set }
    /// The form's field for a server field-error name (`ni`, `adrpers1`…).
    static func field(wireName: String) -> Field?
}

extension ReadingFormState: FilingForm {
    static func field(wireName: String) -> Field? { Field.from(wireName: wireName) }
}

extension ContactFormState: FilingForm {
    static func field(wireName: String) -> ContactField? { ContactField(rawValue: wireName) }
}

/// The dry run or the send failed. Field errors (or any validation refusal) go back to
/// editing with the focus on the first field named (else `fallbackFocus`); network or server
/// trouble keeps the step, so Enter retries a send with the same idempotency key.
func receiveFilingFailure<Form: FilingForm>(
    _ failure: ServiceFailure, on form: inout Form, fallbackFocus: Form.Field
) {
    var mapped: [Form.Field: String] = [:]
    for (wireName, message) in failure.fieldErrors {
        if let field = Form.field(wireName: wireName) { mapped[field] = message }
    }
    if !mapped.isEmpty || failure.kind == .validation {
        form.fieldErrors = mapped
        form.step = .editing
        form.focus = Form.Field.allCases.first { mapped[$0] != nil } ?? fallbackFocus
        form.error = mapped.isEmpty ? failure : nil
    } else {
        if case .sending(let outcome) = form.step {
            form.step = .confirming(outcome)
        } else {
            form.step = .editing
        }
        form.error = failure
    }
}

/// Esc on a request form: cancels the call in flight (back to where it started), steps back
/// from the confirmation, closes the form (its draft deleted: Esc means "never mind"), or,
/// once sent, goes to Demandes.
func backFromFilingForm<Form: FilingForm>(
    _ state: inout AppState, form path: WritableKeyPath<AppState, Form?>, effect: EffectID,
    draft: (Form) -> DraftKey
) -> [Effect] {
    guard var form = state[keyPath: path] else {
        state.screen = .nouvelleDemande(.menu)
        return []
    }
    switch form.step {
    case .validating:
        form.step = .editing
        state[keyPath: path] = form
        return state.cancel(effect)
    case .sending(let outcome):
        form.step = .confirming(outcome)
        state[keyPath: path] = form
        return state.cancel(effect)
    case .confirming:
        form.step = .editing
        state[keyPath: path] = form
        return []
    case .editing:
        state[keyPath: path] = nil
        state.screen = .nouvelleDemande(.menu)
        return [.deleteDraft(draft(form))]
    case .sent:
        state[keyPath: path] = nil
        state.screen = .demandes
        state.requests.poll.reset()
        return [state.perform(.loadRequests)]
    }
}

/// A request form that files through a dry run then a send (the index and the contact form).
protocol FilingForm {
    var step: FormStep { get set }
}

extension ReadingFormState: FilingForm {}
extension ContactFormState: FilingForm {}

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

/// Opens "Transmettre un index" for the selected contract (a form already open for it stays,
/// with its input and key).
func openReadingForm(_ state: inout AppState, context: ReducerContext) -> [Effect] {
    guard let contract = state.selectedContract, let pconsoId = contract.pconsoId else {
        let failure = ServiceFailure(
            kind: .other, french: "Aucun compteur pour ce contrat : impossible de transmettre un index.",
            english: "This contract has no meter: no index can be sent.")
        return [state.showToast(.failure(failure))]
    }
    state.screen = .nouvelleDemande(.index)
    if state.readingForm?.contratId == contract.id { return [] }
    state.readingForm = ReadingFormState(
        contract: contract, pconsoId: pconsoId, lastReading: state.readings.latest, today: context.now(),
        language: state.language, idempotencyKey: context.makeIdentifier())
    var effects: [Effect] = [.loadDraft(.reading(contratId: contract.id))]
    effects += loadContractData(&state)
    return effects
}

func reduceReadingForm(_ state: inout AppState, _ action: ReadingFormAction) -> [Effect] {
    guard state.screen == .nouvelleDemande(.index), var form = state.readingForm else { return [] }
    var closesForm = false
    defer { state.readingForm = closesForm ? nil : form }
    let fields = ReadingFormState.Field.allCases
    switch action {
    case .set(let field, let value):
        switch form.step {
        case .validating, .sending, .sent: return []
        case .editing, .confirming: form.step = .editing
        }
        switch field {
        case .index: form.indexText = value
        case .date: form.dateText = value
        case .comment: form.comment = value
        }
        form.fieldErrors[field] = nil
        form.error = nil
        return [.saveDraft(.reading(draft(of: form)))]
    case .focus(let field):
        form.focus = field
    case .focusNext:
        form.focus = fields.cycled(after: form.focus, by: 1)
    case .focusPrevious:
        form.focus = fields.cycled(after: form.focus, by: -1)
    case .submit:
        switch form.step {
        case .editing:
            switch form.validated(in: state.language) {
            case .failure(let errors):
                form.fieldErrors = errors.byField
                form.focus = fields.first { errors.byField[$0] != nil } ?? form.focus
                return []
            case .success(let submission):
                form.fieldErrors = [:]
                form.error = nil
                form.step = .validating
                return [
                    state.perform(.fileReading(submission, dryRun: true, idempotencyKey: form.idempotencyKey))
                ]
            }
        case .confirming(let outcome):
            guard case .success(let submission) = form.validated(in: state.language) else { return [] }
            form.error = nil
            form.step = .sending(outcome)
            return [
                state.perform(.fileReading(submission, dryRun: false, idempotencyKey: form.idempotencyKey))
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

/// Esc on the index form: cancel the call in flight, step back, or close the form.
func backFromReadingForm(_ state: inout AppState) -> [Effect] {
    backFromFilingForm(&state, form: \.readingForm, effect: .readingForm) {
        .reading(contratId: $0.contratId)
    }
}

/// The dry run or the send answered.
func receiveReadingFiled(
    _ state: inout AppState, dryRun: Bool, _ result: Result<FilingOutcome, ServiceFailure>
) -> [Effect] {
    guard var form = state.readingForm else { return [] }
    defer { state.readingForm = form }
    switch (form.step, result) {
    case (.validating, .success(let outcome)) where dryRun:
        form.step = .confirming(outcome)
    case (.sending, .success(let outcome)) where !dryRun:
        form.step = .sent(outcome.request)
        state.requests.items.removeAll { $0.id == outcome.request.id }
        state.requests.items.insert(outcome.request, at: 0)
        state.requests.poll.reset()
        return [
            .deleteDraft(.reading(contratId: form.contratId)),
            state.showToast(.requestFiled(requestId: outcome.request.id)),
        ]
    case (.validating, .failure(let failure)), (.sending, .failure(let failure)):
        receiveFilingFailure(failure, on: &form, fallbackFocus: .index)
    default:
        break
    }
    return []
}

/// The draft of the index form.
func draft(of form: ReadingFormState) -> ReadingDraft {
    ReadingDraft(
        contratId: form.contratId, indexText: form.indexText, dateText: form.dateText, comment: form.comment,
        idempotencyKey: form.idempotencyKey)
}

/// A saved draft arrived: it fills a form still untouched for the same contract or person.
func restoreDraft(_ state: inout AppState, key: DraftKey, draft: Draft?) -> [Effect] {
    switch draft {
    case .reading(let saved):
        guard var form = state.readingForm, form.contratId == saved.contratId, key == draft?.key,
            form.step == .editing, form.indexText.isEmpty, form.comment.isEmpty
        else { return [] }
        form.indexText = saved.indexText
        form.dateText = saved.dateText
        form.comment = saved.comment
        form.idempotencyKey = saved.idempotencyKey
        state.readingForm = form
        return [state.showToast(.draftRestored)]
    case .contact(let saved):
        guard var form = state.contactForm, form.original.personneId == saved.personneId, key == draft?.key,
            form.step == .editing, form.changes.isEmpty
        else { return [] }
        form.values.merge(saved.values) { _, restored in restored }
        form.idempotencyKey = saved.idempotencyKey
        state.contactForm = form
        return form.changes.isEmpty ? [] : [state.showToast(.draftRestored)]
    case nil:
        return []
    }
}

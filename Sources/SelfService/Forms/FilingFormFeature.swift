/// The intents and answers of a request form.
public enum FilingFormAction<Field: Hashable & Sendable>: Equatable, Sendable {
    /// Typing, focus and Enter.
    case form(FormAction<Field>)
    /// The dry run (`dryRun`) or the send answered.
    case answered(dryRun: Bool, Result<FilingOutcome, ServiceFailure>)
    /// The saved draft arrived (nil: none).
    case draftLoaded(FormDraft?)
}

/// What Esc did to a request form, for the app to follow.
public enum FilingBack: Equatable, Sendable {
    /// The form stays on screen (a call was cancelled, or the confirmation withdrawn).
    case stayed
    /// The form was closed, its draft deleted.
    case closed
    /// The request was sent: Demandes follows.
    case showRequests
}

/// The one reducer of every request form: local checks, the dry run, the send with the
/// form's idempotency key, failures back to the fields, drafts as the user types.
public enum FilingFormFeature<Form: FilingForm> {
    /// The form's actions.
    public typealias Action = FilingFormAction<Form.Field>

    /// How long a draft write waits for more typing: one write per pause, not per key.
    public static var draftDelay: Duration { .milliseconds(300) }

    /// Applies `action` to `form`.
    public static func reduce(_ form: inout Form, _ action: Action, _ context: ReducerContext) -> Effect<
        Action
    > {
        switch action {
        case .form(let intent):
            if case .set = intent {
                guard !form.step.isBusy, form.step.isEditable else { return .none }
                form.step = .editing
                form.error = nil
            }
            let order = form.fieldOrder
            guard form.fields.apply(intent, order: order) else {
                if case .set = intent { return saveDraft(of: form) }
                return .none
            }
            return submit(&form, context)
        case .answered(let dryRun, let result):
            return receive(&form, dryRun: dryRun, result)
        case .draftLoaded(let draft):
            restore(draft, into: &form)
            return .none
        }
    }

    /// Esc: cancels the call in flight (back to where it started), withdraws the
    /// confirmation, closes the form (deleting its draft), or, once sent, leaves for Demandes.
    public static func back(_ form: inout Form) -> (Effect<Action>, FilingBack) {
        switch form.step {
        case .validating:
            form.step = .editing
            return (.cancel(.filing), .stayed)
        case .sending(let outcome):
            form.step = .confirming(outcome)
            return (.cancel(.filing), .stayed)
        case .confirming, .warning:
            form.step = .editing
            return (.none, .stayed)
        case .editing:
            return (deleteDraft(of: form), .closed)
        case .sent:
            return (.none, .showRequests)
        }
    }

    /// Loads the saved draft of a form just opened.
    public static func loadDraft(of form: Form) -> Effect<Action> {
        let key = form.draftKey
        return .run(.draft(key)) { dependencies in .draftLoaded(await dependencies.drafts.load(key)) }
    }

    /// Writes the form's draft after a pause in typing (a newer write replaces it).
    static func saveDraft(of form: Form) -> Effect<Action> {
        let draft = form.draft
        return .run(.draft(draft.key)) { dependencies in
            do {
                try await dependencies.clock.sleep(for: draftDelay)
                try await dependencies.drafts.save(draft)
            } catch {
                // Cancelled by a newer write, or the disk refused: a draft is a convenience,
                // and the exit-time save tries again.
            }
            return nil
        }
    }

    /// Deletes the form's draft (sent, or abandoned with Esc); a pending write is cancelled.
    static func deleteDraft(of form: Form) -> Effect<Action> {
        let key = form.draftKey
        return .run(.draft(key)) { dependencies in
            await dependencies.drafts.delete(key)
            return nil
        }
    }

    private static func submit(_ form: inout Form, _ context: ReducerContext) -> Effect<Action> {
        switch form.step {
        case .editing:
            switch form.validated() {
            case .failure(let rejection):
                let order = form.fieldOrder
                form.fields.show(rejection.problems, order: order)
                form.error = rejection.failure
                return .none
            case .success(let submission):
                form.fields.problems = [:]
                form.error = nil
                form.step = .validating
                return file(submission, dryRun: true, key: form.idempotencyKey, context)
            }
        case .confirming(let outcome), .warning(let outcome, _):
            guard case .success(let submission) = form.validated() else { return .none }
            form.error = nil
            form.step = .sending(outcome)
            return file(submission, dryRun: false, key: form.idempotencyKey, context)
        case .validating, .sending, .sent:
            return .none
        }
    }

    private static func file(
        _ submission: Form.Submission, dryRun: Bool, key: String, _ context: ReducerContext
    ) -> Effect<Action> {
        guard let source = context.source?.source else {
            return .send(.answered(dryRun: dryRun, .failure(ServiceFailure(.notLoggedIn))))
        }
        return .run(.filing) { _ in
            .answered(
                dryRun: dryRun,
                await .of { () async throws(ServiceFailure) in
                    try await Form.file(submission, dryRun: dryRun, idempotencyKey: key, on: source)
                }
            )
        }
    }

    private static func receive(
        _ form: inout Form, dryRun: Bool, _ result: Result<FilingOutcome, ServiceFailure>
    ) -> Effect<Action> {
        switch (form.step, result) {
        case (.validating, .success(let outcome)) where dryRun:
            form.step = form.warning(for: outcome).map { .warning(outcome, $0) } ?? .confirming(outcome)
        case (.sending, .success(let outcome)) where !dryRun:
            form.step = .sent(outcome.request)
            return deleteDraft(of: form)
        case (.validating, .failure(let failure)), (.sending, .failure(let failure)):
            guard !failure.isCancellation else { return .none }
            receive(failure, on: &form)
        default:
            break
        }
        return .none
    }

    /// Refusals go back to editing, next to the fields they name (the form-wide message only
    /// when some refusal names no field of the form); network or server trouble keeps the
    /// step, so Enter retries a send with the same idempotency key.
    private static func receive(_ failure: ServiceFailure, on form: inout Form) {
        let problems = failure.fieldProblems(Form.field(wireName:))
        let unplaced = failure.refusals.contains { $0.field.flatMap(Form.field(wireName:)) == nil }
        if !problems.isEmpty || failure.isRefusal {
            let order = form.fieldOrder
            form.fields.show(problems, order: order)
            form.step = .editing
            form.error = problems.isEmpty || unplaced ? failure : nil
        } else {
            if case .sending(let outcome) = form.step {
                form.step = .confirming(outcome)
            } else {
                form.step = .editing
            }
            form.error = failure
        }
    }

    /// A saved draft fills a form still untouched for the same key.
    private static func restore(_ draft: FormDraft?, into form: inout Form) {
        guard let draft, draft.key == form.draftKey, form.step == .editing, !form.hasUnsavedInput else {
            return
        }
        for (name, value) in draft.values {
            if let field = Form.Field(rawValue: name) { form.fields[field] = value }
        }
        form.idempotencyKey = draft.idempotencyKey
    }
}

extension FilingStep {
    /// Whether typing may change the form: while editing, or confirming (which goes back to
    /// editing, since the checked values changed).
    var isEditable: Bool {
        switch self {
        case .editing, .confirming, .warning: return true
        case .validating, .sending, .sent: return false
        }
    }
}

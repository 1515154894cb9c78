/// The answer form's reducer: local checks, the call, the refusal next to the field. What
/// follows a sent answer (back to Demandes, a toast) is the app's part.
public enum AnswerFeature {
    /// Applies `action`.
    public static func reduce(_ state: inout AnswerState, _ action: AnswerAction, _ context: ReducerContext)
        -> Effect<AnswerAction>
    {
        switch action {
        case .form(let intent):
            if case .set = intent {
                guard !state.isSubmitting else { return .none }
                state.error = nil
            }
            guard state.fields.apply(intent, order: [.answer]), !state.isSubmitting else { return .none }
            return submit(&state, context)
        case .answered(.success(let request)):
            state.isSubmitting = false
            state.request = request
            return .none
        case .answered(.failure(let failure)):
            state.isSubmitting = false
            guard !failure.isCancellation else { return .none }
            let problems = failure.fieldProblems(AnswerState.Field.init(rawValue:))
            if !problems.isEmpty {
                state.fields.show(problems, order: [.answer])
            } else {
                state.error = failure
            }
            return .none
        }
    }

    /// Esc while the answer is on its way: stop waiting.
    public static func cancel(_ state: inout AnswerState) -> Effect<AnswerAction> {
        guard state.isSubmitting else { return .none }
        state.isSubmitting = false
        return .cancel(.answer)
    }

    private static func submit(_ state: inout AnswerState, _ context: ReducerContext) -> Effect<AnswerAction>
    {
        if state.fields.show(state.problems, order: [.answer]) { return .none }
        guard let source = context.source?.source else {
            state.error = ServiceFailure(.notLoggedIn)
            return .none
        }
        state.isSubmitting = true
        state.error = nil
        let id = state.request.id
        let text = state.text
        return .run(.answer) { _ in
            .answered(
                await .of { () async throws(ServiceFailure) in
                    try await source.answerRequest(id: id, text: text)
                })
        }
    }
}

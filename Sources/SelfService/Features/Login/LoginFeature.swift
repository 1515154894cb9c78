import Foundation

/// The login form: typing, the check box, Enter, and the answer.
public enum LoginFeature {
    /// Applies `action` to the form. A successful answer is taken up by the app (it opens
    /// the session for every screen).
    public static func reduce(_ state: inout LoginState, _ action: LoginAction, _ context: ReducerContext)
        -> Effect<LoginAction>
    {
        switch action {
        case .form(let intent):
            if case .set = intent { state.error = nil }
            guard state.fields.apply(intent, order: state.order) else { return .none }
            return submit(&state)
        case .toggleRememberMe:
            guard state.offersRememberMe else { return .none }
            state.rememberMe.toggle()
            return .none
        case .useSuggestedAccount:
            guard let account = state.suggestedAccount else { return .none }
            state.fields[.email] = account.email
            state.fields[.password] = account.password
            state.fields.focus = .password
            return .none
        case .answered(_, .success):
            state.isSubmitting = false
            state.fields[.password] = ""
            state.error = nil
            return .none
        case .answered(_, .failure(let failure)):
            state.isSubmitting = false
            state.error = failure
            state.fields.focus = .password
            return .none
        }
    }

    /// Esc while logging in: stop waiting.
    public static func cancel(_ state: inout LoginState) -> Effect<LoginAction> {
        guard state.isSubmitting else { return .none }
        state.isSubmitting = false
        return .cancel(.session)
    }

    private static func submit(_ state: inout LoginState) -> Effect<LoginAction> {
        guard !state.isSubmitting else { return .none }
        var problems: [LoginState.Field: FieldProblem] = [:]
        if state.trimmedEmail.isEmpty { problems[.email] = .required }
        if state.password.isEmpty { problems[.password] = .required }
        // Enter with a field left empty says which, rather than doing nothing.
        if state.fields.show(problems, order: state.order) { return .none }
        state.isSubmitting = true
        state.error = nil
        let email = state.trimmedEmail
        let password = state.password
        let rememberMe = state.rememberMe
        return .run(.session) { dependencies in
            guard let account = dependencies.account else {
                return .answered(email: email, .failure(ServiceFailure(.notLoggedIn)))
            }
            let result = await Result.of { () async throws(ServiceFailure) in
                try await account.logIn(email: email, password: password, rememberMe: rememberMe)
            }
            return .answered(email: email, result.map(DataSourceHandle.init))
        }
    }
}

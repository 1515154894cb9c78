import Foundation

/// Password reset: the e-mail, then the code and the new password. Success hands over to
/// the login screen (the app's part).
public enum PasswordResetFeature {
    /// Applies `action` to the form.
    public static func reduce(
        _ state: inout PasswordResetState, _ action: PasswordResetAction, _ context: ReducerContext
    ) -> Effect<PasswordResetAction> {
        switch action {
        case .form(let intent):
            if case .set = intent {
                guard !state.isSubmitting else { return .none }
                state.error = nil
            }
            guard state.fields.apply(intent, order: state.order), !state.isSubmitting else { return .none }
            return submit(&state)
        case .requested(let failure):
            state.isSubmitting = false
            if let failure {
                state.error = failure
            } else {
                state.step = .reset
                state.fields.focus = .code
            }
            return .none
        case .done(let failure):
            state.isSubmitting = false
            if let failure {
                state.error = failure
                let problems = failure.fieldProblems { name in
                    PasswordResetState.Field(rawValue: name).flatMap {
                        [.code, .password].contains($0) ? $0 : nil
                    }
                }
                state.fields.show(problems, order: state.order)
            }
            return .none
        }
    }

    /// Esc while a call runs: stop waiting.
    public static func cancel(_ state: inout PasswordResetState) -> Effect<PasswordResetAction> {
        guard state.isSubmitting else { return .none }
        state.isSubmitting = false
        return .cancel(.passwordReset)
    }

    private static func submit(_ state: inout PasswordResetState) -> Effect<PasswordResetAction> {
        if state.fields.show(state.problems, order: state.order) { return .none }
        state.isSubmitting = true
        let email = state.fields[.email].trimmingCharacters(in: .whitespaces)
        switch state.step {
        case .request:
            return .run(.passwordReset) { dependencies in
                .requested(
                    await AccountCall.failure(of: dependencies) { service throws(ServiceFailure) in
                        try await service.requestPasswordReset(email: email)
                    })
            }
        case .reset:
            let code = state.fields[.code]
            let password = state.fields[.password]
            return .run(.passwordReset) { dependencies in
                .done(
                    await AccountCall.failure(of: dependencies) { service throws(ServiceFailure) in
                        try await service.resetPassword(email: email, code: code, newPassword: password)
                    })
            }
        }
    }
}

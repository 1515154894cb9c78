import Foundation

/// Account creation: the form, the code, and the answers. Success hands over to the login
/// screen (the app's part).
public enum SignUpFeature {
    /// Applies `action` to the form.
    public static func reduce(_ state: inout SignUpState, _ action: SignUpAction, _ context: ReducerContext)
        -> Effect<SignUpAction>
    {
        switch action {
        case .form(let intent):
            if case .set = intent {
                guard !state.isSubmitting else { return .none }
                state.error = nil
            }
            guard state.fields.apply(intent, order: state.order), !state.isSubmitting else { return .none }
            return submit(&state)
        case .created(let failure):
            state.isSubmitting = false
            if let failure {
                receive(failure, on: &state)
            } else {
                state.step = .code
                state.fields.focus = .code
            }
            return .none
        case .verified(let failure):
            state.isSubmitting = false
            if let failure { receive(failure, on: &state) }
            return .none
        }
    }

    /// Esc while a call runs: stop waiting.
    public static func cancel(_ state: inout SignUpState) -> Effect<SignUpAction> {
        guard state.isSubmitting else { return .none }
        state.isSubmitting = false
        return .cancel(.signUp)
    }

    private static func submit(_ state: inout SignUpState) -> Effect<SignUpAction> {
        if state.fields.show(state.problems, order: state.order) { return .none }
        state.isSubmitting = true
        state.error = nil
        let email = state.fields[.email].trimmingCharacters(in: .whitespaces)
        switch state.step {
        case .form:
            let account = NewAccount(
                email: email, password: state.fields[.password],
                numeroContrat: state.fields[.numeroContrat].trimmingCharacters(in: .whitespaces),
                numeroFacture: state.fields[.numeroFacture].trimmingCharacters(in: .whitespaces))
            return .run(.signUp) { dependencies in
                .created(
                    await AccountCall.failure(of: dependencies) { service throws(ServiceFailure) in
                        try await service.createAccount(account)
                    })
            }
        case .code:
            let code = state.fields[.code]
            return .run(.signUp) { dependencies in
                .verified(
                    await AccountCall.failure(of: dependencies) { service throws(ServiceFailure) in
                        try await service.verifyAccount(email: email, code: code)
                    })
            }
        }
    }

    /// The refusal goes next to the fields it names, the rest above the form.
    private static func receive(_ failure: ServiceFailure, on state: inout SignUpState) {
        state.fields.show(failure.fieldProblems(SignUpState.Field.init(rawValue:)), order: state.order)
        state.error = failure
    }
}

/// Runs an account call and keeps only its failure (nil: it worked).
enum AccountCall {
    static func failure(
        of dependencies: Dependencies,
        _ body: (any AccountService) async throws(ServiceFailure) -> Void
    ) async -> ServiceFailure? {
        guard let service = dependencies.account else { return ServiceFailure(.notLoggedIn) }
        do {
            try await body(service)
            return nil
        } catch {
            return error
        }
    }
}

/// Local checks shared by the account forms.
enum FieldChecks {
    /// Something before and after an `@`.
    static func isEmailLike(_ text: String) -> Bool {
        let mail = text.trimmingCharacters(in: .whitespaces)
        return mail.contains("@") && !mail.hasPrefix("@") && !mail.hasSuffix("@")
    }

    /// Empty once trimmed.
    static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Exactly six digits.
    static func isSixDigitCode(_ text: String) -> Bool {
        text.count == 6 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

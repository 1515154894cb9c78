/// The Mot de passe oublié screen: ask for a code, then set a new password with it.
public struct PasswordResetState: Equatable, Sendable {
    /// The fields; the raw value is the server's name for the field.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case email
        case code
        case password
        case confirmation
    }

    /// The steps.
    public enum Step: Equatable, Sendable {
        /// Typing the e-mail.
        case request
        /// A code was sent (if the account exists): code and new password.
        case reset
    }

    /// What is typed.
    public var fields = FormFields<Field>(focus: .email)
    /// The current step.
    public var step: Step = .request
    /// The last failure not tied to one field.
    public var error: ServiceFailure?
    /// A call is in flight (spinner).
    public var isSubmitting = false

    /// An empty form, with `email` prefilled.
    public init(email: String = "") {
        fields[.email] = email
    }

    /// Feedback on the new password.
    public var passwordStrength: PasswordStrength { PasswordStrength(password: fields[.password]) }

    /// The fields of the current step, in Tab order.
    public var order: [Field] { step == .request ? [.email] : [.code, .password, .confirmation] }

    /// Whether something typed would be lost by quitting.
    public var hasUnsavedInput: Bool { step == .reset && !fields[.password].isEmpty }

    /// The local checks of the current step; empty when it may be sent.
    public var problems: [Field: FieldProblem] {
        var problems: [Field: FieldProblem] = [:]
        switch step {
        case .request:
            if !FieldChecks.isEmailLike(fields[.email]) { problems[.email] = .invalidEmail }
        case .reset:
            if !FieldChecks.isSixDigitCode(fields[.code]) { problems[.code] = .codeFormat }
            if !passwordStrength.isAcceptable { problems[.password] = .weakPassword(passwordStrength) }
            if fields[.confirmation] != fields[.password] { problems[.confirmation] = .confirmationDiffers }
        }
        return problems
    }
}

/// The Mot de passe oublié screen's intents and answers.
public enum PasswordResetAction: Equatable, Sendable {
    /// Typing, focus, Enter (asks for the code, then sets the password).
    case form(FormAction<PasswordResetState.Field>)
    /// The code request answered (nil: sent if the account exists).
    case requested(ServiceFailure?)
    /// The reset answered (nil: the password changed).
    case done(ServiceFailure?)
}

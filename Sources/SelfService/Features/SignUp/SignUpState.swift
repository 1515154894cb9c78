import Foundation

/// The Créer un compte screen: the form, then the e-mail code.
public struct SignUpState: Equatable, Sendable {
    /// The fields; the raw value is the server's name for the field.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case email
        case password
        case confirmation
        case numeroContrat = "numcontrat"
        case numeroFacture = "nofacture"
        case code
    }

    /// The two steps.
    public enum Step: Equatable, Sendable {
        /// Filling the form.
        case form
        /// The account exists; waiting for the 6-digit code sent to the e-mail.
        case code
    }

    /// What is typed.
    public var fields = FormFields<Field>(focus: .email)
    /// The current step.
    public var step: Step = .form
    /// The last failure not tied to one field.
    public var error: ServiceFailure?
    /// A call is in flight (spinner).
    public var isSubmitting = false

    /// An empty form.
    public init() {}

    /// Feedback on the password, updated as it is typed.
    public var passwordStrength: PasswordStrength { PasswordStrength(password: fields[.password]) }

    /// Whether the confirmation matches (nil while the confirmation is empty).
    public var confirmationMatches: Bool? {
        fields[.confirmation].isEmpty ? nil : fields[.confirmation] == fields[.password]
    }

    /// The fields of the current step, in Tab order.
    public var order: [Field] {
        step == .form ? [.email, .password, .confirmation, .numeroContrat, .numeroFacture] : [.code]
    }

    /// Whether something typed would be lost by quitting.
    public var hasUnsavedInput: Bool {
        !fields[.email].isEmpty || !fields[.password].isEmpty || !fields[.numeroContrat].isEmpty
    }

    /// The local checks of the current step; empty when it may be sent.
    public var problems: [Field: FieldProblem] {
        var problems: [Field: FieldProblem] = [:]
        switch step {
        case .form:
            if !FieldChecks.isEmailLike(fields[.email]) { problems[.email] = .invalidEmail }
            if passwordStrength == .vide {
                problems[.password] = .required
            } else if !passwordStrength.isAcceptable {
                problems[.password] = .weakPassword(passwordStrength)
            }
            if fields[.confirmation] != fields[.password] { problems[.confirmation] = .confirmationDiffers }
            for field in [Field.numeroContrat, .numeroFacture] where FieldChecks.isBlank(fields[field]) {
                problems[field] = .required
            }
        case .code:
            if !FieldChecks.isSixDigitCode(fields[.code]) { problems[.code] = .codeFormat }
        }
        return problems
    }
}

/// The Créer un compte screen's intents and answers.
public enum SignUpAction: Equatable, Sendable {
    /// Typing, focus, Enter (creates the account, then verifies the code).
    case form(FormAction<SignUpState.Field>)
    /// The account creation answered (nil: created, a code was sent).
    case created(ServiceFailure?)
    /// The code check answered (nil: verified).
    case verified(ServiceFailure?)
}

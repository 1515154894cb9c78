import Foundation
import OmegaClient

/// The Mot de passe oublié screen: ask for a code, then set a new password with it.
public struct PasswordResetState: Equatable, Sendable {
    /// The fields, in Tab order per step.
    public enum Field: CaseIterable, Equatable, Sendable {
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

    /// The e-mail typed.
    public var email = ""
    /// The 6-digit code received by e-mail.
    public var code = ""
    /// The password typed (never logged).
    public var password = ""
    /// The password typed again.
    public var confirmation = ""
    /// The current step.
    public var step: Step = .request
    /// The field with focus.
    public var focus: Field = .email
    /// The last failure not tied to one field.
    public var error: ServiceFailure?
    /// Errors shown next to the fields.
    public var fieldErrors: [Field: String] = [:]
    /// A call is in flight (spinner).
    public var isSubmitting = false

    /// Creates an empty form.
    public init() {}

    /// Feedback on the new password.
    public var passwordStrength: PasswordStrength { PasswordStrength(password: password) }

    /// The fields of the current step, in Tab order.
    public var fields: [Field] { step == .request ? [.email] : [.code, .password, .confirmation] }

    /// Local checks; empty when the step may be sent.
    public func localErrors(in language: Language) -> [Field: String] {
        let fr = language == .fr
        var errors: [Field: String] = [:]
        switch step {
        case .request:
            if !email.contains("@") {
                errors[.email] = fr ? "Adresse e-mail invalide." : "Invalid e-mail address."
            }
        case .reset:
            if code.count != 6 || !code.allSatisfy(\.isNumber) {
                errors[.code] = fr ? "Le code a 6 chiffres." : "The code has 6 digits."
            }
            if !passwordStrength.isAcceptable {
                errors[.password] = passwordStrength.label(in: language)
            }
            if confirmation != password {
                errors[.confirmation] =
                    fr ? "La confirmation ne correspond pas." : "The confirmation does not match."
            }
        }
        return errors
    }
}

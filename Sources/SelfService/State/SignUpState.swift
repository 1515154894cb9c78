import Foundation
import OmegaClient

/// The Créer un compte screen: the form, then the e-mail code.
public struct SignUpState: Equatable, Sendable {
    /// The form's fields, in Tab order.
    public enum Field: CaseIterable, Equatable, Sendable {
        case email
        case password
        case confirmation
        case numeroContrat
        case numeroFacture
        case code
    }

    /// The two steps.
    public enum Step: Equatable, Sendable {
        /// Filling the form.
        case form
        /// The account exists; waiting for the 6-digit code sent to the e-mail.
        case code
    }

    /// The e-mail typed.
    public var email = ""
    /// The password typed (never logged).
    public var password = ""
    /// The password typed again.
    public var confirmation = ""
    /// The contract number.
    public var numeroContrat = ""
    /// The number of any invoice of that contract (proof of ownership).
    public var numeroFacture = ""
    /// The 6-digit code received by e-mail.
    public var code = ""
    /// The current step.
    public var step: Step = .form
    /// The field with focus.
    public var focus: Field = .email
    /// The last failure not tied to one field.
    public var error: ServiceFailure?
    /// Errors shown next to a field (local checks and the server's).
    public var fieldErrors: [Field: String] = [:]
    /// A call is in flight (spinner).
    public var isSubmitting = false

    /// Creates an empty form.
    public init() {}

    /// Feedback on the password, updated as it is typed.
    public var passwordStrength: PasswordStrength { PasswordStrength(password: password) }

    /// Whether the confirmation matches (nil while the confirmation is empty).
    public var confirmationMatches: Bool? { confirmation.isEmpty ? nil : confirmation == password }

    /// The fields of the current step, in Tab order.
    public var fields: [Field] {
        step == .form ? [.email, .password, .confirmation, .numeroContrat, .numeroFacture] : [.code]
    }

    /// Checks the form locally, in the user's language; empty when it may be sent.
    public func localErrors(in language: Language) -> [Field: String] {
        let fr = language == .fr
        var errors: [Field: String] = [:]
        switch step {
        case .form:
            let mail = email.trimmingCharacters(in: .whitespaces)
            if !mail.contains("@") || mail.hasPrefix("@") || mail.hasSuffix("@") {
                errors[.email] = fr ? "Adresse e-mail invalide." : "Invalid e-mail address."
            }
            if !passwordStrength.isAcceptable {
                errors[.password] =
                    passwordStrength == .vide
                    ? (fr ? "Mot de passe requis." : "Password required.")
                    : passwordStrength.label(in: language)
            }
            if confirmation != password {
                errors[.confirmation] =
                    fr ? "La confirmation ne correspond pas." : "The confirmation does not match."
            }
            if numeroContrat.trimmingCharacters(in: .whitespaces).isEmpty {
                errors[.numeroContrat] = fr ? "Numéro de contrat requis." : "Contract number required."
            }
            if numeroFacture.trimmingCharacters(in: .whitespaces).isEmpty {
                errors[.numeroFacture] = fr ? "Numéro de facture requis." : "Invoice number required."
            }
        case .code:
            let digits = code.filter(\.isNumber)
            if digits.count != 6 || digits.count != code.count {
                errors[.code] = fr ? "Le code a 6 chiffres." : "The code has 6 digits."
            }
        }
        return errors
    }

    /// Maps a server field name (`email`, `password`, `numcontrat`, `nofacture`, `code`).
    static func field(wireName: String) -> Field? {
        switch wireName {
        case "email": return .email
        case "password": return .password
        case "numcontrat": return .numeroContrat
        case "nofacture": return .numeroFacture
        case "code": return .code
        default: return nil
        }
    }
}

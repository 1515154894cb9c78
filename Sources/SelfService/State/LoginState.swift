import Foundation

/// The Connexion screen.
public struct LoginState: Equatable, Sendable {
    /// The fields, in Tab order.
    public enum Field: CaseIterable, Equatable, Sendable {
        case email
        case password
        case rememberMe
    }

    /// The e-mail typed.
    public var email = ""
    /// The password typed (never logged).
    public var password = ""
    /// "Se souvenir de moi": keep the session for the next start.
    public var rememberMe = false
    /// Opens on the e-mail field.
    public var focus: Field = .email
    /// The last failure (wrong credentials, locked with the wait, unverified e-mail…).
    public var error: ServiceFailure?
    /// A login is in flight.
    public var isSubmitting = false
    /// An account to suggest (the demo account with `--demo`), shown on the screen.
    public var suggestedAccount: SuggestedAccount?

    /// Creates an empty login form.
    public init(suggestedAccount: SuggestedAccount? = nil) {
        self.suggestedAccount = suggestedAccount
    }

    /// Whether Enter may log in.
    public var canSubmit: Bool {
        !email.trimmingCharacters(in: .whitespaces).isEmpty && !password.isEmpty && !isSubmitting
    }
}

/// An account shown on the login screen (the sandbox's demo account).
public struct SuggestedAccount: Equatable, Sendable {
    /// The suggested login.
    public var email: String
    /// Its password (the demo account's, public by design).
    public var password: String

    /// Creates a suggestion.
    public init(email: String, password: String) {
        self.email = email
        self.password = password
    }
}

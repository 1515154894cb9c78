/// The Connexion screen.
public struct LoginState: Equatable, Sendable {
    /// The focusable parts, in Tab order.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case email
        case password
        case rememberMe
    }

    /// The e-mail and password typed (the password is never logged nor saved).
    public var fields = FormFields<Field>(focus: .email)
    /// "Se souvenir de moi": keep the session for the next start.
    public var rememberMe = false
    /// The last failure (wrong credentials, locked with the wait, unverified e-mail…).
    public var error: ServiceFailure?
    /// A login is in flight.
    public var isSubmitting = false
    /// An account to suggest (the demo account with `--demo`), shown on the screen.
    public var suggestedAccount: SuggestedAccount?
    /// Whether "Se souvenir de moi" is offered: never on a shared terminal (`--kiosk`).
    public var offersRememberMe = true

    /// An empty login form.
    public init(suggestedAccount: SuggestedAccount? = nil) {
        self.suggestedAccount = suggestedAccount
    }

    /// The focusable parts, in Tab order.
    public var order: [Field] { offersRememberMe ? Field.allCases : [.email, .password] }

    /// The e-mail typed.
    public var email: String { fields[.email] }
    /// The password typed.
    public var password: String { fields[.password] }
    /// The e-mail as sent (surrounding spaces are typing noise).
    var trimmedEmail: String { email.trimmingCharacters(in: .whitespaces) }
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

/// The Connexion screen's intents and answers.
public enum LoginAction: Equatable, Sendable {
    /// Typing, focus, Enter.
    case form(FormAction<LoginState.Field>)
    /// Space on the check box.
    case toggleRememberMe
    /// Fills the form with the suggested (demo) account.
    case useSuggestedAccount
    /// The login answered: the session's data source, or why not.
    case answered(email: String, Result<DataSourceHandle, ServiceFailure>)
}

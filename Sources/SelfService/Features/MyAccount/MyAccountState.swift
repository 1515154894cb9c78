/// Mon compte (subscriber only): a menu of four actions on the login itself, the forms of
/// the first two, and what the last call did.
public struct MyAccountState: Equatable, Sendable {
    /// The menu's entries, in order.
    public enum Entry: CaseIterable, Equatable, Sendable {
        /// Changer le mot de passe.
        case password
        /// Changer l'adresse e-mail de connexion.
        case email
        /// Déconnecter mes autres sessions.
        case otherSessions
        /// Oublier la session mémorisée sur cet ordinateur.
        case thisMachine
    }

    /// Where the screen is.
    public enum Step: Equatable, Sendable {
        /// The menu.
        case menu
        /// Current, new and confirmed password.
        case password
        /// The new address and the current password.
        case email
        /// The code sent to the new address.
        case emailCode
    }

    /// The fields of the forms.
    public enum Field: Hashable, Sendable {
        case currentPassword
        case newPassword
        case confirmation
        case newEmail
        case emailPassword
        case code
    }

    /// What the last call did, shown on the menu.
    public enum Notice: Equatable, Sendable {
        case passwordChanged
        case emailChanged(String)
        case otherSessionsSignedOut(Int)
        case machineForgotten
    }

    /// The highlighted menu entry.
    public var highlighted = 0
    /// The step shown.
    public var step: Step = .menu
    /// What is typed.
    public var fields = FormFields<Field>(focus: .currentPassword)
    /// A call is in flight.
    public var isSubmitting = false
    /// The last failure not tied to a field.
    public var error: ServiceFailure?
    /// What the last call did.
    public var notice: Notice?

    /// The menu, nothing typed.
    public init() {}

    /// The highlighted entry.
    public var highlightedEntry: Entry { Entry.allCases[min(max(0, highlighted), Entry.allCases.count - 1)] }

    /// Feedback on the new password.
    public var passwordStrength: PasswordStrength { PasswordStrength(password: fields[.newPassword]) }

    /// The fields of the step, in Tab order.
    public var order: [Field] {
        switch step {
        case .menu: return []
        case .password: return [.currentPassword, .newPassword, .confirmation]
        case .email: return [.newEmail, .emailPassword]
        case .emailCode: return [.code]
        }
    }

    /// Whether a text field has focus (a form is shown).
    public var isEditing: Bool { step != .menu }

    /// The local checks of the step; empty when it may be sent.
    public var problems: [Field: FieldProblem] {
        var problems: [Field: FieldProblem] = [:]
        switch step {
        case .menu:
            break
        case .password:
            if fields[.currentPassword].isEmpty { problems[.currentPassword] = .required }
            if !passwordStrength.isAcceptable { problems[.newPassword] = .weakPassword(passwordStrength) }
            if fields[.confirmation] != fields[.newPassword] {
                problems[.confirmation] = .confirmationDiffers
            }
        case .email:
            if !FieldChecks.isEmailLike(fields[.newEmail]) { problems[.newEmail] = .invalidEmail }
            if fields[.emailPassword].isEmpty { problems[.emailPassword] = .required }
        case .emailCode:
            if !FieldChecks.isSixDigitCode(fields[.code]) { problems[.code] = .codeFormat }
        }
        return problems
    }

    /// The field a refusal of the service names (its wire member) at this step.
    func field(forWireName name: String) -> Field? {
        switch (step, name) {
        case (.password, "old_password"): return .currentPassword
        case (.password, "password"): return .newPassword
        case (.email, "email"): return .newEmail
        case (.email, "password"): return .emailPassword
        case (.emailCode, "code"): return .code
        default: return nil
        }
    }
}

/// What happens on Mon compte.
public enum MyAccountAction: Equatable, Sendable {
    /// Moves the menu's highlight (clamped).
    case highlight(Int)
    /// Enter on the menu: opens a form, or acts.
    case choose
    /// Typing, Tab, Enter in a form.
    case form(FormAction<MyAccountState.Field>)
    /// The password change answered (nil: changed).
    case passwordChanged(ServiceFailure?)
    /// The e-mail change asked for (nil: a code was sent to the new address).
    case emailCodeSent(ServiceFailure?)
    /// The new e-mail confirmed: the address, or why not.
    case emailChanged(Result<String, ServiceFailure>)
    /// The other sessions ended: how many, or why not.
    case otherSessionsSignedOut(Result<Int, ServiceFailure>)
    /// The remembered session of this machine was deleted.
    case machineForgotten
}

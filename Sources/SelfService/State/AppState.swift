import OmegaClient

/// Who uses the application.
public enum AppMode: Equatable, Sendable {
    /// A subscriber with his own account (login screens, JWT session).
    case subscriber
    /// Counter staff acting for one subscriber (`agent` is the staff login); no login screens,
    /// Esc from Accueil leaves the subscriber.
    case counter(agent: String)
}

/// A dialog over the current screen.
public enum Dialog: Equatable, Sendable {
    /// "Quitter ? Votre saisie est conservée en brouillon." (a form holds unsaved input).
    case confirmQuit
}

/// The whole view-model: the current screen, the subscriber's data, one state per screen.
public struct AppState: Equatable, Sendable {
    /// The interface language.
    public var language: Language
    /// Subscriber or counter.
    public var mode: AppMode
    /// The screen shown.
    public var screen: Screen = .connexion
    /// Where Aide (and Esc from it) returns.
    public var previousScreen: Screen?
    /// The screen to return to after logging in again when the session expired.
    public var resumeScreen: Screen?
    /// Whether a subscriber's data source is available (logged in, or chosen at the counter).
    public var isLoggedIn = false
    /// The login of the subscriber whose data is shown (to keep forms across a re-login of
    /// the same person, and drop them for someone else).
    public var sessionEmail: String?

    /// The subscriber's person and e-mail, once loaded.
    public var profile: SubscriberProfile?
    /// The subscriber's contracts.
    public var contracts: [ContractSummary] = []
    /// Whether the contracts have arrived once.
    public var contractsLoaded = false
    /// The contract the screens show.
    public var selectedContractId: String?
    /// The highlighted row of the contract picker.
    public var contractPickerSelection = 0

    /// The Connexion screen.
    public var login: LoginState
    /// The Créer un compte screen.
    public var signUp = SignUpState()
    /// The Mot de passe oublié screen.
    public var passwordReset = PasswordResetState()
    /// The Relevés screen.
    public var readings = ReadingsState()
    /// The Factures screen.
    public var invoices = InvoicesState()
    /// The Demandes screen.
    public var requests = RequestsState()
    /// The Messages screen.
    public var messages = MessagesState()
    /// The highlighted entry of the "Nouvelle demande" menu.
    public var newRequestSelection = 0
    /// The open (or interrupted) index form; kept across session expiry.
    public var readingForm: ReadingFormState?
    /// The open (or interrupted) contact form; kept across session expiry.
    public var contactForm: ContactFormState?

    /// Toasts shown, oldest first.
    public var toasts: [Toast] = []
    var nextToastId = 1
    /// The dialog shown over the screen, if any.
    public var dialog: Dialog?
    /// Operations in flight (spinners).
    public var inFlight: Set<EffectID> = []
    /// Set when the user quit (or, at the counter, left the subscriber).
    public var hasQuit = false

    /// A fresh state on the login screen (subscriber) or on Accueil (counter).
    public init(
        language: Language = .fr, mode: AppMode = .subscriber, suggestedAccount: SuggestedAccount? = nil
    ) {
        self.language = language
        self.mode = mode
        login = LoginState(suggestedAccount: suggestedAccount)
        if case .counter = mode {
            screen = .accueil
            isLoggedIn = true
        }
    }

    /// The selected contract.
    public var selectedContract: ContractSummary? {
        contracts.first { $0.id == selectedContractId }
    }

    /// Whether a spinner should turn.
    public var isBusy: Bool { !inFlight.isEmpty }

    /// Whether a text field has focus, so letters type instead of acting as shortcuts.
    public var textFieldHasFocus: Bool {
        switch screen {
        case .connexion: return login.focus != .rememberMe
        case .creerCompte, .motDePasseOublie: return true
        case .nouvelleDemande(.index): return readingForm.map { $0.step == .editing } ?? false
        case .nouvelleDemande(.coordonnees): return contactForm.map { $0.step == .editing } ?? false
        default: return false
        }
    }

    /// Whether some form holds input that quitting would leave behind (quit asks first).
    public var hasUnsavedInput: Bool {
        if readingForm?.hasUnsavedInput == true || contactForm?.hasUnsavedInput == true { return true }
        let signUpTyped = !signUp.email.isEmpty || !signUp.password.isEmpty || !signUp.numeroContrat.isEmpty
        let resetTyped = passwordReset.step == .reset && !passwordReset.password.isEmpty
        return signUpTyped || resetTyped
    }
}

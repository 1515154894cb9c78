/// The whole view-model of the subscriber's screens: where the user is, and one state per
/// feature.
public struct AppState: Equatable, Sendable {
    /// The interface language.
    public var language: Language
    /// Subscriber or counter.
    public var mode: AppMode
    /// The screen shown.
    public var screen: Screen = .connexion
    /// Where Aide (and Esc from it) returns.
    public var previousScreen: Screen?
    /// The dialog shown over the screen, if any.
    public var dialog: Dialog?
    /// Toasts shown, oldest first.
    public var toasts = Toasts()
    /// Set when the user quit (or, at the counter, left the subscriber).
    public var hasQuit = false

    /// Who is logged in.
    public var session: SessionState
    /// Connexion.
    public var login: LoginState
    /// Créer un compte.
    public var signUp = SignUpState()
    /// Mot de passe oublié.
    public var passwordReset = PasswordResetState()
    /// The contracts and the one shown.
    public var contracts = ContractsState()
    /// Relevés.
    public var readings = ReadingsState()
    /// Factures.
    public var invoices = InvoicesState()
    /// Demandes.
    public var requests = RequestsState()
    /// Messages.
    public var messages = MessagesState()
    /// The "Nouvelle demande" menu.
    public var newRequest = NewRequestState()
    /// The open (or interrupted) index form; kept across session expiry.
    public var readingForm: ReadingFormState?
    /// The open (or interrupted) contact form; kept across session expiry.
    public var contactForm: ContactFormState?
    /// The answer to the service being typed (kept when Esc leaves it, for the same request).
    public var answer: AnswerState?
    /// Mon compte.
    public var myAccount = MyAccountState()
    /// The ways to pay "Payer" shows when the service's messages name none (configuration).
    public var paymentFallback = PaymentChannels()
    /// The open (or interrupted) form of one of our request kinds; kept across session expiry.
    public var kindForm: KindFormState?

    /// A fresh state: the login screen (subscriber), or Accueil of the subscriber whose data
    /// source is `source` (counter).
    public init(
        language: Language = .fr, mode: AppMode = .subscriber, suggestedAccount: SuggestedAccount? = nil,
        source: DataSourceHandle? = nil
    ) {
        self.language = language
        self.mode = mode
        login = LoginState(suggestedAccount: suggestedAccount)
        session = SessionState(source: source)
        if case .counter = mode { screen = .accueil }
    }

    /// Whether a subscriber's data is available.
    public var isLoggedIn: Bool { session.isLoggedIn }

    /// The contract the screens show.
    public var selectedContract: ContractSummary? { contracts.selected }

    /// Whether anything is in flight (the spinner turns).
    public var isBusy: Bool {
        login.isSubmitting || signUp.isSubmitting || passwordReset.isSubmitting || session.isLoadingProfile
            || contracts.isLoading || readings.list.isLoading || invoices.list.isLoading
            || invoices.isLoadingPayable || requests.list.isLoading || requests.isLoadingDetail
            || messages.isLoading || readingForm?.step.isBusy == true || contactForm?.step.isBusy == true
            || answer?.isSubmitting == true || myAccount.isSubmitting
            || kindForm?.step.isBusy == true || newRequest.availability == .loading
    }

    /// Whether the current screen waits for its own data.
    public var isLoadingCurrentScreen: Bool {
        switch screen {
        case .connexion: return login.isSubmitting
        case .creerCompte: return signUp.isSubmitting
        case .motDePasseOublie: return passwordReset.isSubmitting
        case .accueil: return dashboard.isLoading
        case .releves: return readings.list.isLoading
        case .factures: return invoices.list.isLoading || invoices.isLoadingPayable
        case .demandes: return requests.list.isLoading || requests.isLoadingDetail
        case .messages: return messages.isLoading
        case .payer: return invoices.isLoadingPayable
        case .nouvelleDemande(.index): return readingForm?.step.isBusy ?? false
        case .nouvelleDemande(.coordonnees): return contactForm?.step.isBusy ?? false
        case .nouvelleDemande(.kind): return kindForm?.step.isBusy ?? false
        case .nouvelleDemande(.menu): return newRequest.availability == .loading
        case .aide: return false
        case .choixContrat: return contracts.isLoading
        case .repondreDemande: return answer?.isSubmitting ?? false
        case .monCompte: return myAccount.isSubmitting
        }
    }

    /// Whether a text field has focus, so letters type instead of acting as shortcuts.
    public var textFieldHasFocus: Bool {
        switch screen {
        case .connexion: return login.fields.focus != .rememberMe
        case .creerCompte, .motDePasseOublie: return true
        case .nouvelleDemande(.index): return readingForm?.step == .editing
        case .nouvelleDemande(.coordonnees): return contactForm?.step == .editing
        case .repondreDemande: return answer != nil
        case .monCompte: return myAccount.isEditing
        case .nouvelleDemande(.kind): return kindForm?.step == .editing
        default: return false
        }
    }

    /// Whether some form holds input that quitting would leave behind (quit asks first).
    public var hasUnsavedInput: Bool {
        readingForm?.hasUnsavedInput == true || contactForm?.hasUnsavedInput == true
            || kindForm?.hasUnsavedInput == true
            || signUp.hasUnsavedInput || passwordReset.hasUnsavedInput
    }

    /// The draft of the request form holding unsent input, nil otherwise: what must be
    /// written before the process ends (SIGINT, SIGTERM, hang-up).
    public var unsavedDraft: FormDraft? {
        if let form = readingForm, form.hasUnsavedInput { return form.draft }
        if let form = contactForm, form.hasUnsavedInput { return form.draft }
        if let form = kindForm, form.hasUnsavedInput { return form.draft }
        return nil
    }
}

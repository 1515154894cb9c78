import OmegaClient

/// Everything that can happen: user intents (from keys) and effect results.
public enum Action: Equatable, Sendable {
    /// The first action: resumes a remembered session, or (counter) loads the subscriber.
    case start
    /// Go to a screen (`a` accueil, `r` relevés, `f` factures, `d` demandes, `m` messages,
    /// `c` contrat, `?` aide, `n` nouvelle demande).
    case navigate(Screen)
    /// Esc: closes a dialog, cancels what is in flight, or goes back.
    case back
    /// `q`/F10: quits, or asks first when a form holds unsaved input.
    case quit
    /// Answers to the quit dialog.
    case confirmQuit
    case cancelQuit
    /// Switches the interface language.
    case setLanguage(Language)
    /// Logs out (subscriber mode).
    case logout
    /// Kiosk mode's idle timeout (subscriber mode on a shared host): logs out if someone is
    /// logged in and starts over at an empty login screen, keeping nothing of that person.
    case idleTimeout
    /// Moves the highlighted row of the current list (readings, invoices, requests, messages,
    /// contract picker, new-request menu); loads the next page when it nears the end.
    case selectRow(Int)
    /// Enter on a list: chooses the contract, opens the menu entry.
    case activate
    case login(LoginAction)
    case signUp(SignUpAction)
    case passwordReset(PasswordResetAction)
    case readingForm(ReadingFormAction)
    case contactForm(ContactFormAction)
    /// The polling timer of Demandes fired.
    case pollRequests
    /// A toast's time is up.
    case dismissToast(Int)
    /// An effect finished.
    case response(Response)
}

/// The Connexion screen's intents.
public enum LoginAction: Equatable, Sendable {
    case setEmail(String)
    case setPassword(String)
    case toggleRememberMe
    case focus(LoginState.Field)
    case focusNext
    case focusPrevious
    /// Enter.
    case submit
    /// Links to the other pre-login screens.
    case openSignUp
    case openPasswordReset
    /// Fills the form with the suggested (demo) account.
    case useSuggestedAccount
}

/// The Créer un compte screen's intents.
public enum SignUpAction: Equatable, Sendable {
    case set(SignUpState.Field, String)
    case focus(SignUpState.Field)
    case focusNext
    case focusPrevious
    /// Enter: creates the account, then verifies the code.
    case submit
}

/// The Mot de passe oublié screen's intents.
public enum PasswordResetAction: Equatable, Sendable {
    case set(PasswordResetState.Field, String)
    case focus(PasswordResetState.Field)
    case focusNext
    case focusPrevious
    /// Enter: asks for the code, then sets the password.
    case submit
}

/// The new-index form's intents.
public enum ReadingFormAction: Equatable, Sendable {
    case set(ReadingFormState.Field, String)
    case focus(ReadingFormState.Field)
    case focusNext
    case focusPrevious
    /// Enter: dry run, then send, then close.
    case submit
}

/// The contact form's intents.
public enum ContactFormAction: Equatable, Sendable {
    case set(ContactField, String)
    case focus(ContactField)
    case focusNext
    case focusPrevious
    /// Enter: dry run, then send, then close.
    case submit
}

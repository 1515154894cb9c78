import Foundation

func reduceLogin(_ state: inout AppState, _ action: LoginAction) -> [Effect] {
    guard state.screen == .connexion else { return [] }
    let fields = LoginState.Field.allCases
    switch action {
    case .setEmail(let email):
        state.login.email = email
        state.login.error = nil
    case .setPassword(let password):
        state.login.password = password
        state.login.error = nil
    case .toggleRememberMe:
        state.login.rememberMe.toggle()
    case .focus(let field):
        state.login.focus = field
    case .focusNext:
        state.login.focus = fields.cycled(after: state.login.focus, by: 1)
    case .focusPrevious:
        state.login.focus = fields.cycled(after: state.login.focus, by: -1)
    case .useSuggestedAccount:
        guard let account = state.login.suggestedAccount else { return [] }
        state.login.email = account.email
        state.login.password = account.password
        state.login.focus = .password
    case .openSignUp:
        return navigate(&state, to: .creerCompte, context: .live)
    case .openPasswordReset:
        return navigate(&state, to: .motDePasseOublie, context: .live)
    case .submit:
        guard state.login.canSubmit else { return [] }
        state.login.isSubmitting = true
        state.login.error = nil
        let email = state.login.email.trimmingCharacters(in: .whitespaces)
        return [
            state.perform(
                .logIn(email: email, password: state.login.password, rememberMe: state.login.rememberMe))
        ]
    }
    return []
}

func reduceSignUp(_ state: inout AppState, _ action: SignUpAction) -> [Effect] {
    guard state.screen == .creerCompte else { return [] }
    let fields = state.signUp.fields
    switch action {
    case .set(let field, let value):
        guard !state.signUp.isSubmitting else { return [] }
        switch field {
        case .email: state.signUp.email = value
        case .password: state.signUp.password = value
        case .confirmation: state.signUp.confirmation = value
        case .numeroContrat: state.signUp.numeroContrat = value
        case .numeroFacture: state.signUp.numeroFacture = value
        case .code: state.signUp.code = value
        }
        state.signUp.fieldErrors[field] = nil
        state.signUp.error = nil
    case .focus(let field):
        if fields.contains(field) { state.signUp.focus = field }
    case .focusNext:
        state.signUp.focus = fields.cycled(after: state.signUp.focus, by: 1)
    case .focusPrevious:
        state.signUp.focus = fields.cycled(after: state.signUp.focus, by: -1)
    case .submit:
        guard !state.signUp.isSubmitting else { return [] }
        let errors = state.signUp.localErrors(in: state.language)
        state.signUp.fieldErrors = errors
        if let first = fields.first(where: { errors[$0] != nil }) {
            state.signUp.focus = first
            return []
        }
        state.signUp.isSubmitting = true
        state.signUp.error = nil
        let form = state.signUp
        let email = form.email.trimmingCharacters(in: .whitespaces)
        switch form.step {
        case .form:
            return [
                state.perform(
                    .createAccount(
                        email: email, password: form.password,
                        numeroContrat: form.numeroContrat.trimmingCharacters(in: .whitespaces),
                        numeroFacture: form.numeroFacture.trimmingCharacters(in: .whitespaces)))
            ]
        case .code:
            return [state.perform(.verifyAccount(email: email, code: form.code))]
        }
    }
    return []
}

func reducePasswordReset(_ state: inout AppState, _ action: PasswordResetAction) -> [Effect] {
    guard state.screen == .motDePasseOublie else { return [] }
    let fields = state.passwordReset.fields
    switch action {
    case .set(let field, let value):
        guard !state.passwordReset.isSubmitting else { return [] }
        switch field {
        case .email: state.passwordReset.email = value
        case .code: state.passwordReset.code = value
        case .password: state.passwordReset.password = value
        case .confirmation: state.passwordReset.confirmation = value
        }
        state.passwordReset.fieldErrors[field] = nil
        state.passwordReset.error = nil
    case .focus(let field):
        if fields.contains(field) { state.passwordReset.focus = field }
    case .focusNext:
        state.passwordReset.focus = fields.cycled(after: state.passwordReset.focus, by: 1)
    case .focusPrevious:
        state.passwordReset.focus = fields.cycled(after: state.passwordReset.focus, by: -1)
    case .submit:
        guard !state.passwordReset.isSubmitting else { return [] }
        let errors = state.passwordReset.localErrors(in: state.language)
        state.passwordReset.fieldErrors = errors
        if let first = fields.first(where: { errors[$0] != nil }) {
            state.passwordReset.focus = first
            return []
        }
        state.passwordReset.isSubmitting = true
        let form = state.passwordReset
        let email = form.email.trimmingCharacters(in: .whitespaces)
        switch form.step {
        case .request:
            return [state.perform(.requestPasswordReset(email: email))]
        case .reset:
            return [state.perform(.resetPassword(email: email, code: form.code, password: form.password))]
        }
    }
    return []
}

/// Responses of the pre-login flows.
func reduceSessionResponse(_ state: inout AppState, _ response: Response) -> [Effect] {
    switch response {
    case .sessionResumed(let email, let remembered):
        if let email {
            return loggedIn(&state, email: email)
        }
        if let remembered, state.login.email.isEmpty {
            state.login.email = remembered
            state.login.rememberMe = true
            state.login.focus = .password
        }
        return []
    case .loggedIn(let email, .success):
        state.login.isSubmitting = false
        state.login.password = ""
        state.login.error = nil
        return loggedIn(&state, email: email)
    case .loggedIn(_, .failure(let failure)):
        state.login.isSubmitting = false
        state.login.error = failure
        state.login.focus = .password
        return []
    case .loggedOut:
        return []
    case .accountCreated(let failure):
        state.signUp.isSubmitting = false
        if let failure {
            applySignUpFailure(&state, failure)
        } else {
            state.signUp.step = .code
            state.signUp.focus = .code
        }
        return []
    case .accountVerified(let failure):
        state.signUp.isSubmitting = false
        if let failure {
            applySignUpFailure(&state, failure)
            return []
        }
        state.login.email = state.signUp.email.trimmingCharacters(in: .whitespaces)
        state.login.password = ""
        state.login.focus = .password
        state.signUp = SignUpState()
        state.screen = .connexion
        return [state.showToast(.accountVerified)]
    case .passwordResetRequested(let failure):
        state.passwordReset.isSubmitting = false
        if let failure {
            state.passwordReset.error = failure
        } else {
            state.passwordReset.step = .reset
            state.passwordReset.focus = .code
        }
        return []
    case .passwordResetDone(let failure):
        state.passwordReset.isSubmitting = false
        if let failure {
            state.passwordReset.error = failure
            if failure.fieldErrors["code"] != nil {
                state.passwordReset.fieldErrors[.code] = failure.fieldErrors["code"]
            }
            if failure.fieldErrors["password"] != nil {
                state.passwordReset.fieldErrors[.password] = failure.fieldErrors["password"]
            }
            return []
        }
        state.login.email = state.passwordReset.email
        state.login.password = ""
        state.login.focus = .password
        state.passwordReset = PasswordResetState()
        state.screen = .connexion
        return [state.showToast(.passwordReset)]
    default:
        return []
    }
}

private func applySignUpFailure(_ state: inout AppState, _ failure: ServiceFailure) {
    state.signUp.error = failure
    for (wireName, message) in failure.fieldErrors {
        if let field = SignUpState.field(wireName: wireName) { state.signUp.fieldErrors[field] = message }
    }
    if let first = state.signUp.fields.first(where: { state.signUp.fieldErrors[$0] != nil }) {
        state.signUp.focus = first
    }
}

/// A subscriber is available: go to Accueil, or back where the expired session left off.
private func loggedIn(_ state: inout AppState, email: String) -> [Effect] {
    if let previous = state.sessionEmail, previous.lowercased() != email.lowercased() {
        state.dropSubscriber(keepingForms: false)
    }
    state.isLoggedIn = true
    state.sessionEmail = email
    let destination = state.resumeScreen ?? .accueil
    state.resumeScreen = nil
    state.screen = destination
    state.requests.poll.reset()
    return loadSubscriber(&state)
}

/// The session is gone: back to Connexion, keeping the forms (and drafts) for after login.
func sessionExpired(_ state: inout AppState) -> [Effect] {
    guard case .subscriber = state.mode, state.isLoggedIn else { return [] }
    var effects = state.cancelAllSubscriberWork()
    if state.screen.needsSubscriber {
        state.resumeScreen = state.screen
    }
    // Forms waiting on the network go back to editing: the key is kept, so sending again
    // after login cannot file twice.
    if state.readingForm?.step.isBusy == true { state.readingForm?.step = .editing }
    if state.contactForm?.step.isBusy == true { state.contactForm?.step = .editing }
    state.dropSubscriber(keepingForms: true)
    state.screen = .connexion
    state.login.password = ""
    state.login.isSubmitting = false
    state.login.focus = state.login.email.isEmpty ? .email : .password
    state.login.error = ServiceFailure(
        kind: .authenticationExpired, french: "Votre session a expiré.", english: "Your session expired.")
    effects.append(state.showToast(.sessionExpired))
    return effects
}

extension Array where Element: Equatable {
    /// The element `offset` places after `element`, wrapping around.
    func cycled(after element: Element, by offset: Int) -> Element {
        guard let index = firstIndex(of: element), !isEmpty else { return first ?? element }
        return self[((index + offset) % count + count) % count]
    }
}

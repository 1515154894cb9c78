import OmegaClient

/// The reducer of the whole application: applies `action` to `state` and returns the effects
/// to run. Pure: time and ids come from `context`.
public func reduce(_ state: inout AppState, _ action: Action, context: ReducerContext = .live) -> [Effect] {
    switch action {
    case .start:
        return start(&state)
    case .navigate(let screen):
        return navigate(&state, to: screen, context: context)
    case .back:
        return back(&state)
    case .quit:
        if state.hasUnsavedInput {
            state.dialog = .confirmQuit
            return []
        }
        state.hasQuit = true
        return [.quit]
    case .confirmQuit:
        state.dialog = nil
        state.hasQuit = true
        return [.quit]
    case .cancelQuit:
        state.dialog = nil
        return []
    case .setLanguage(let language):
        state.language = language
        return []
    case .logout:
        return logOut(&state)
    case .idleTimeout:
        return startOverAfterIdle(&state)
    case .selectRow(let row):
        return selectRow(&state, row)
    case .activate:
        return activate(&state, context: context)
    case .login(let action):
        return reduceLogin(&state, action)
    case .signUp(let action):
        return reduceSignUp(&state, action)
    case .passwordReset(let action):
        return reducePasswordReset(&state, action)
    case .readingForm(let action):
        return reduceReadingForm(&state, action)
    case .contactForm(let action):
        return reduceContactForm(&state, action)
    case .pollRequests:
        guard state.screen == .demandes, state.isLoggedIn else { return [] }
        return [state.perform(.loadRequests)]
    case .dismissToast(let id):
        state.toasts.removeAll { $0.id == id }
        return []
    case .response(let response):
        return reduceResponse(&state, response, context: context)
    }
}

private func start(_ state: inout AppState) -> [Effect] {
    switch state.mode {
    case .subscriber:
        return [state.perform(.resumeSession)]
    case .counter:
        state.isLoggedIn = true
        state.screen = .accueil
        return loadSubscriber(&state)
    }
}

/// Loads what Accueil shows once a subscriber is available.
func loadSubscriber(_ state: inout AppState) -> [Effect] {
    [
        state.perform(.loadProfile), state.perform(.loadContracts), state.perform(.loadRequests),
        state.perform(.loadMessages),
    ]
}

/// Loads the data of the selected contract that is not loaded yet.
func loadContractData(_ state: inout AppState) -> [Effect] {
    guard let contract = state.selectedContract else { return [] }
    var effects: [Effect] = []
    if !state.readings.list.hasLoaded, !state.readings.list.isLoading {
        state.readings.list.isLoading = true
        effects.append(state.perform(.loadReadings(contratId: contract.id, page: 1)))
    }
    if !state.invoices.list.hasLoaded, !state.invoices.list.isLoading {
        state.invoices.list.isLoading = true
        effects.append(state.perform(.loadInvoices(contratId: contract.id, page: 1)))
    }
    if !state.invoices.payableLoaded, !state.inFlight.contains(.payable) {
        effects.append(
            state.perform(.loadPayable(contratId: contract.id, numeroContrat: contract.numeroContrat)))
    }
    return effects
}

private func logOut(_ state: inout AppState) -> [Effect] {
    guard case .subscriber = state.mode, state.isLoggedIn else { return [] }
    var effects = state.cancelAllSubscriberWork()
    effects.append(state.perform(.logOut))
    state.dropSubscriber(keepingForms: false)
    state.screen = .connexion
    return effects
}

/// Everything in flight is cancelled (sign-in attempts and toast timers included), the state
/// goes back to a new one (forms, typed e-mail and password, lists: all gone), then the
/// session, if any, is closed on the server.
private func startOverAfterIdle(_ state: inout AppState) -> [Effect] {
    guard case .subscriber = state.mode else { return [] }
    var effects: [Effect] = state.inFlight.sorted { "\($0)" < "\($1)" }.map { .cancel($0) }
    effects.append(.cancel(.pollTimer))
    effects += state.toasts.map { .cancel(.toast($0.id)) }
    let wasLoggedIn = state.isLoggedIn
    state = AppState(
        language: state.language, mode: state.mode, suggestedAccount: state.login.suggestedAccount)
    if wasLoggedIn { effects.append(state.perform(.logOut)) }
    return effects
}

extension AppState {
    /// Cancels every load, form call and the polling timer.
    mutating func cancelAllSubscriberWork() -> [Effect] {
        let ids: [EffectID] = [
            .profile, .contracts, .readings, .invoices, .payable, .messages, .requests, .requestDetail,
            .readingForm, .contactForm,
        ]
        var effects = ids.flatMap { cancel($0) }
        effects.append(.cancel(.pollTimer))
        return effects
    }

    /// Forgets the subscriber's data; with `keepingForms`, the forms (and their input) stay.
    mutating func dropSubscriber(keepingForms: Bool) {
        isLoggedIn = false
        profile = nil
        contracts = []
        contractsLoaded = false
        selectedContractId = nil
        readings = ReadingsState()
        invoices = InvoicesState()
        requests = RequestsState()
        messages = MessagesState()
        if !keepingForms {
            readingForm = nil
            contactForm = nil
            sessionEmail = nil
            resumeScreen = nil
        }
    }

    /// Resets what belongs to one contract (another one was chosen).
    mutating func resetContractData() -> [Effect] {
        let effects = cancel(.readings) + cancel(.invoices) + cancel(.payable)
        readings = ReadingsState()
        invoices = InvoicesState()
        return effects
    }
}

/// Moves to a screen and starts what it needs.
func navigate(_ state: inout AppState, to screen: Screen, context: ReducerContext) -> [Effect] {
    if screen.needsSubscriber, !state.isLoggedIn { return [] }
    if !screen.needsSubscriber, screen != .aide, state.isLoggedIn { return [] }
    var effects: [Effect] = []
    if state.screen == .demandes, screen != .demandes {
        effects.append(.cancel(.pollTimer))
    }
    if screen == .aide {
        if state.screen != .aide { state.previousScreen = state.screen }
        state.screen = .aide
        return effects
    }
    switch screen {
    case .nouvelleDemande(.index):
        return effects + openReadingForm(&state, context: context)
    case .nouvelleDemande(.coordonnees):
        return effects + openContactForm(&state, context: context)
    default:
        break
    }
    state.screen = screen
    switch screen {
    case .accueil:
        if !state.contractsLoaded, !state.inFlight.contains(.contracts) {
            effects.append(state.perform(.loadContracts))
        }
        effects += loadContractData(&state)
        effects.append(state.perform(.loadRequests))
    case .releves, .factures:
        effects += loadContractData(&state)
    case .demandes:
        state.requests.poll.reset()
        effects.append(state.perform(.loadRequests))
        if let selected = state.requests.selectedItem {
            effects.append(state.perform(.loadRequest(id: selected.id)))
        }
    case .messages:
        effects.append(state.perform(.loadMessages))
    case .choixContrat:
        state.contractPickerSelection = state.contracts.firstIndex { $0.id == state.selectedContractId } ?? 0
    case .nouvelleDemande(.menu):
        state.newRequestSelection = 0
    case .creerCompte:
        state.signUp.error = nil
    case .motDePasseOublie:
        state.passwordReset = PasswordResetState()
        state.passwordReset.email = state.login.email
    default:
        break
    }
    return effects
}

/// Esc: closes the dialog, cancels what is in flight on this screen, or goes back.
func back(_ state: inout AppState) -> [Effect] {
    if state.dialog != nil {
        state.dialog = nil
        return []
    }
    switch state.screen {
    case .connexion:
        state.login.isSubmitting = false
        return state.cancel(.login)
    case .creerCompte:
        state.signUp.isSubmitting = false
        state.screen = .connexion
        return state.cancel(.signUp)
    case .motDePasseOublie:
        state.passwordReset.isSubmitting = false
        state.screen = .connexion
        return state.cancel(.passwordReset)
    case .aide:
        state.screen = state.previousScreen ?? (state.isLoggedIn ? .accueil : .connexion)
        return []
    case .nouvelleDemande(.index):
        return backFromReadingForm(&state)
    case .nouvelleDemande(.coordonnees):
        return backFromContactForm(&state)
    case .nouvelleDemande(.menu), .choixContrat, .messages:
        state.screen = .accueil
        return state.cancel(.messages)
    case .releves:
        if state.readings.list.isLoading {
            state.readings.list.isLoading = false
            return state.cancel(.readings)
        }
        state.screen = .accueil
        return []
    case .factures:
        if state.invoices.list.isLoading {
            state.invoices.list.isLoading = false
            return state.cancel(.invoices) + state.cancel(.payable)
        }
        state.screen = .accueil
        return []
    case .demandes:
        state.screen = .accueil
        return [.cancel(.pollTimer)] + state.cancel(.requestDetail)
    case .accueil:
        if case .counter = state.mode {
            state.hasQuit = true
            return state.cancelAllSubscriberWork() + [.quit]
        }
        return []
    }
}

/// Moves the highlighted row of the list on screen.
func selectRow(_ state: inout AppState, _ row: Int) -> [Effect] {
    switch state.screen {
    case .releves:
        state.readings.list.select(row)
        guard let contract = state.selectedContract,
            let page = state.readings.list.pageToLoad(near: state.readings.list.selection)
        else { return [] }
        state.readings.list.isLoading = true
        return [state.perform(.loadReadings(contratId: contract.id, page: page))]
    case .factures:
        state.invoices.list.select(row)
        guard let contract = state.selectedContract,
            let page = state.invoices.list.pageToLoad(near: state.invoices.list.selection)
        else { return [] }
        state.invoices.list.isLoading = true
        return [state.perform(.loadInvoices(contratId: contract.id, page: page))]
    case .demandes:
        let clamped = min(max(0, row), max(0, state.requests.items.count - 1))
        guard clamped != state.requests.selection || state.requests.detail == nil,
            state.requests.items.indices.contains(clamped)
        else { return [] }
        state.requests.selection = clamped
        state.requests.detail = nil
        return [state.perform(.loadRequest(id: state.requests.items[clamped].id))]
    case .messages:
        state.messages.selection = min(max(0, row), max(0, state.messages.items.count - 1))
        return []
    case .choixContrat:
        state.contractPickerSelection = min(max(0, row), max(0, state.contracts.count - 1))
        return []
    case .nouvelleDemande(.menu):
        state.newRequestSelection = min(max(0, row), NewRequestKind.allCases.count - 1)
        return []
    default:
        return []
    }
}

/// Enter on a list screen.
func activate(_ state: inout AppState, context: ReducerContext) -> [Effect] {
    switch state.screen {
    case .choixContrat:
        guard state.contracts.indices.contains(state.contractPickerSelection) else { return [] }
        let chosen = state.contracts[state.contractPickerSelection]
        var effects: [Effect] = []
        if chosen.id != state.selectedContractId {
            effects += state.resetContractData()
            state.selectedContractId = chosen.id
        }
        return effects + navigate(&state, to: .accueil, context: context)
    case .nouvelleDemande(.menu):
        let kind = NewRequestKind.allCases[min(state.newRequestSelection, NewRequestKind.allCases.count - 1)]
        let step: NewRequestStep = kind == .transmettreIndex ? .index : .coordonnees
        return navigate(&state, to: .nouvelleDemande(step), context: context)
    default:
        return []
    }
}

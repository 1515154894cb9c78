/// Moving between screens: what each screen needs when it opens, and Esc.
extension AppFeature {
    /// Moves to a screen and starts what it needs.
    static func navigate(_ state: inout AppState, to screen: Screen, _ context: ReducerContext) -> Effect<
        AppAction
    > {
        if screen.needsSubscriber, !state.isLoggedIn { return .none }
        if !screen.needsSubscriber, screen != .aide, state.isLoggedIn { return .none }
        if screen == .repondreDemande, answerableRequest(state) == nil { return .none }
        if screen == .monCompte, state.mode != .subscriber { return .none }
        var effect = Effect<AppAction>.none
        if state.screen == .demandes, screen != .demandes {
            effect = requestsAction(&state, .stopWatching, context)
        }
        switch screen {
        case .aide:
            if state.screen != .aide { state.previousScreen = state.screen }
            state.screen = .aide
            return effect
        case .nouvelleDemande(.index):
            return effect + openReadingForm(&state, context)
        case .nouvelleDemande(.coordonnees):
            return effect + openContactForm(&state, context)
        case .repondreDemande:
            openAnswer(&state)
            return effect
        case .nouvelleDemande(.kind(let kind)):
            return effect + openKindForm(kind, &state, context)
        default:
            break
        }
        state.screen = screen
        switch screen {
        case .accueil:
            effect =
                effect + ContractsFeature.reduce(&state.contracts, .load, context).map(AppAction.contracts)
            effect = effect + loadContractData(&state, context) + requestsAction(&state, .refresh, context)
            let messagesAge = state.messages.loadedAt.map { context.now().timeIntervalSince($0) } ?? .infinity
            if messagesAge > PagedList<ServiceMessage>.maximumAge, !state.messages.isLoading {
                effect =
                    effect + MessagesFeature.reduce(&state.messages, .load, context).map(AppAction.messages)
            }
        case .releves, .factures:
            effect = effect + loadContractData(&state, context)
        case .payer:
            effect = effect + openPayment(&state, context)
        case .demandes:
            effect = effect + requestsAction(&state, .watch, context)
        case .messages:
            effect = effect + MessagesFeature.reduce(&state.messages, .load, context).map(AppAction.messages)
        case .choixContrat:
            state.contracts.highlighted =
                state.contracts.items.firstIndex { $0.id == state.contracts.selectedId } ?? 0
        case .nouvelleDemande(.menu):
            state.newRequest.highlighted = 0
            state.newRequest.instalmentsAllowed = state.invoices.payable?.allowsInstalments == true
            effect =
                effect
                + NewRequestFeature.reduce(&state.newRequest, .loadKinds, context).map(AppAction.newRequest)
        case .monCompte:
            state.myAccount = MyAccountState()
        case .creerCompte:
            state.signUp.error = nil
        case .motDePasseOublie:
            state.passwordReset = PasswordResetState(email: state.login.email)
        default:
            break
        }
        return effect
    }

    /// Esc: closes the dialog, cancels what is in flight on this screen, or goes back.
    static func back(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        if state.dialog != nil {
            state.dialog = nil
            return .none
        }
        switch state.screen {
        case .connexion:
            return LoginFeature.cancel(&state.login).map(AppAction.login)
        case .creerCompte:
            state.screen = .connexion
            return SignUpFeature.cancel(&state.signUp).map(AppAction.signUp)
        case .motDePasseOublie:
            state.screen = .connexion
            return PasswordResetFeature.cancel(&state.passwordReset).map(AppAction.passwordReset)
        case .aide:
            state.screen = state.previousScreen ?? (state.isLoggedIn ? .accueil : .connexion)
            return .none
        case .nouvelleDemande(.index):
            if state.readingForm?.asksBeforeDiscarding == true {
                state.dialog = .confirmDiscard
                return .none
            }
            return backFromForm(&state, \.readingForm, context, embed: AppAction.readingForm)
        case .nouvelleDemande(.coordonnees):
            if state.contactForm?.asksBeforeDiscarding == true {
                state.dialog = .confirmDiscard
                return .none
            }
            return backFromForm(&state, \.contactForm, context, embed: AppAction.contactForm)
        case .nouvelleDemande(.kind):
            if state.kindForm?.asksBeforeDiscarding == true {
                state.dialog = .confirmDiscard
                return .none
            }
            return backFromForm(&state, \.kindForm, context, embed: AppAction.kindForm)
        case .messages:
            state.screen = .accueil
            return MessagesFeature.reduce(&state.messages, .cancel, context).map(AppAction.messages)
        case .nouvelleDemande(.menu), .choixContrat, .payer:
            state.screen = .accueil
            return .none
        case .releves:
            if state.readings.list.isLoading {
                return PagedListFeature<ReadingPages>.reduce(&state.readings.list, .cancel, context)
                    .map(AppAction.readings)
            }
            state.screen = .accueil
            return .none
        case .factures:
            if state.invoices.isDetailOpen {
                state.invoices.isDetailOpen = false
                return .none
            }
            if state.invoices.list.isLoading {
                return InvoicesFeature.reduce(&state.invoices, .cancel, context).map(AppAction.invoices)
            }
            state.screen = .accueil
            return .none
        case .demandes:
            state.screen = .accueil
            return requestsAction(&state, .stopWatching, context)
        case .repondreDemande:
            return backFromAnswer(&state, context)
        case .monCompte:
            let (effect, handled) = MyAccountFeature.back(&state.myAccount)
            if !handled { state.screen = .accueil }
            return effect.map(AppAction.myAccount)
        case .accueil:
            guard case .counter = state.mode else { return .none }
            state.hasQuit = true
            return .cancelAll
        }
    }

    /// Ctrl-R: the data of the screen on show loads again.
    static func refresh(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        guard state.isLoggedIn else { return .none }
        let contract = state.selectedContract
        var effects: [Effect<AppAction>] = []
        let readings = { (state: inout AppState) -> Effect<AppAction> in
            PagedListFeature<ReadingPages>.reduce(&state.readings.list, .refresh, context).map(
                AppAction.readings)
        }
        let invoices = { (state: inout AppState) -> Effect<AppAction> in
            guard let contract else { return .none }
            return InvoicesFeature.reduce(
                &state.invoices, .refresh(contratId: contract.id, numeroContrat: contract.numeroContrat),
                context
            ).map(AppAction.invoices)
        }
        let messages = { (state: inout AppState) -> Effect<AppAction> in
            MessagesFeature.reduce(&state.messages, .load, context).map(AppAction.messages)
        }
        switch state.screen {
        case .accueil:
            effects = [
                SessionFeature.reduce(&state.session, .loadProfile, context).map(AppAction.session),
                readings(&state), invoices(&state), requestsAction(&state, .refresh, context),
                messages(&state),
            ]
        case .releves: effects = [readings(&state)]
        case .factures: effects = [invoices(&state)]
        case .demandes: effects = [requestsAction(&state, .refresh, context)]
        case .messages: effects = [messages(&state)]
        default: break
        }
        return .merge(effects)
    }

    /// The discard dialog's "Abandonner": the form on screen closes, its draft deleted.
    static func discardForm(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        switch state.screen {
        case .nouvelleDemande(.index):
            return backFromForm(&state, \.readingForm, context, embed: AppAction.readingForm)
        case .nouvelleDemande(.coordonnees):
            return backFromForm(&state, \.contactForm, context, embed: AppAction.contactForm)
        case .nouvelleDemande(.kind):
            return backFromForm(&state, \.kindForm, context, embed: AppAction.kindForm)
        default: return .none
        }
    }

    /// Enter on the contract picker: another contract resets what belonged to the previous.
    static func chooseContract(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        guard state.screen == .choixContrat,
            state.contracts.items.indices.contains(state.contracts.highlighted)
        else { return .none }
        let chosen = state.contracts.items[state.contracts.highlighted]
        var effect = Effect<AppAction>.none
        if chosen.id != state.contracts.selectedId {
            effect =
                .cancel(.list(.readings)) + .cancel(.list(.invoices)) + .cancel(.contractRecords)
                + .cancel(.payable)
            state.readings = ReadingsState()
            state.invoices = InvoicesState()
            state.contracts.selectedId = chosen.id
        }
        return effect + navigate(&state, to: .accueil, context)
    }

    /// Opens "Transmettre un index" for the selected contract (a form already open for it
    /// stays, with its input and key).
    private static func openReadingForm(_ state: inout AppState, _ context: ReducerContext) -> Effect<
        AppAction
    > {
        guard let contract = state.selectedContract, let pconsoId = contract.pconsoId else {
            return state.toasts.show(.failure(ServiceFailure(.noMeter)))
        }
        state.screen = .nouvelleDemande(.index)
        if state.readingForm?.contratId == contract.id { return .none }
        let form = ReadingFormState(
            contract: contract, pconsoId: pconsoId, lastReading: state.readings.latest, today: context.now(),
            language: state.language, idempotencyKey: context.makeIdentifier())
        state.readingForm = form
        state.readingForm?.usualDailyConsumption = ConsumptionAnalysis.dailyAverage(
            of: state.readings.list.items)
        return FilingFormFeature<ReadingFormState>.loadDraft(of: form).map(AppAction.readingForm)
            + loadContractData(&state, context)
    }

    /// Opens the contact form, prefilled from the person.
    private static func openContactForm(_ state: inout AppState, _ context: ReducerContext) -> Effect<
        AppAction
    > {
        guard let person = state.session.profile?.personne else {
            return state.toasts.show(.failure(ServiceFailure(.contactNotLoaded)))
                + SessionFeature.reduce(&state.session, .loadProfile, context).map(AppAction.session)
        }
        state.screen = .nouvelleDemande(.coordonnees)
        if state.contactForm?.original.personneId == person.personneId { return .none }
        let form = ContactFormState(person: person, idempotencyKey: context.makeIdentifier())
        state.contactForm = form
        return FilingFormFeature<ContactFormState>.loadDraft(of: form).map(AppAction.contactForm)
    }

    /// Esc on a request form, as the form decides.
    private static func backFromForm<Form: FilingForm>(
        _ state: inout AppState, _ path: WritableKeyPath<AppState, Form?>, _ context: ReducerContext,
        embed: @escaping @Sendable (FilingFormAction<Form.Field>) -> AppAction
    ) -> Effect<AppAction> {
        guard var form = state[keyPath: path] else {
            state.screen = .nouvelleDemande(.menu)
            return .none
        }
        let (effect, outcome) = FilingFormFeature<Form>.back(&form)
        state[keyPath: path] = form
        switch outcome {
        case .stayed:
            return effect.map(embed)
        case .closed:
            state[keyPath: path] = nil
            state.screen = .nouvelleDemande(.menu)
            return effect.map(embed)
        case .showRequests:
            state[keyPath: path] = nil
            state.screen = .demandes
            return effect.map(embed) + requestsAction(&state, .watch, context)
        }
    }

    private static func requestsAction(
        _ state: inout AppState, _ action: RequestsAction, _ context: ReducerContext
    )
        -> Effect<AppAction>
    {
        RequestsFeature.reduce(&state.requests, action, context).map(AppAction.requests)
    }
}

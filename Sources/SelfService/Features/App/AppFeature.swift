/// The reducer of the subscriber's screens: it scopes each feature to its slice of the
/// state and its own actions (the way a `Scope` does), then adds what crosses features —
/// the session, navigation, toasts.
public enum AppFeature {
    /// Applies `action` to `state` and returns the work to start.
    public static func reduce(_ state: inout AppState, _ action: AppAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        let context = context.with(source: state.session.source)
        if let failure = action.dataFailure, failure.isSessionGone, state.isLoggedIn,
            state.mode == .subscriber
        {
            return sessionExpired(&state)
        }
        switch action {
        case .start:
            return start(&state, context)
        case .navigate(let screen):
            return navigate(&state, to: screen, context)
        case .back:
            return back(&state, context)
        case .quit:
            if state.hasUnsavedInput {
                state.dialog = .confirmQuit
                return .none
            }
            state.hasQuit = true
            return .cancelAll
        case .confirmDialog:
            switch state.dialog {
            case .confirmQuit?:
                state.dialog = nil
                state.hasQuit = true
                return .cancelAll
            case .confirmDiscard?:
                state.dialog = nil
                return discardForm(&state, context)
            case nil:
                return .none
            }
        case .cancelDialog:
            state.dialog = nil
            return .none
        case .setLanguage(let language):
            state.language = language
            return .none
        case .logout:
            return logOut(&state)
        case .idleTimeout:
            return startOverAfterIdle(&state)
        case .chooseContract:
            return chooseContract(&state, context)
        case .refresh:
            return refresh(&state, context)
        case .dismissToast(let id):
            state.toasts.dismiss(id)
            return .none
        case .overviewLoaded(let result):
            return reduce(&state, .session(.profileLoaded(result.map(\.profile))), context)
                + reduce(&state, .contracts(.loaded(result.map(\.contracts))), context)
        case .contractRecordsLoaded(let contratId, let result):
            return reduce(
                &state, .readings(.loaded(key: contratId, page: 1, result.map(\.readings))), context)
                + reduce(
                    &state, .invoices(.list(.loaded(key: contratId, page: 1, result.map(\.invoices)))),
                    context)
        case .session(let action):
            return session(&state, action, context)
        case .login(let action):
            return login(&state, action, context)
        case .signUp(let action):
            return signUp(&state, action, context)
        case .passwordReset(let action):
            return passwordReset(&state, action, context)
        case .contracts(let action):
            return contracts(&state, action, context)
        case .readings(let action):
            return readings(&state, action, context)
        case .invoices(let action):
            let effect = InvoicesFeature.reduce(&state.invoices, action, context).map(AppAction.invoices)
            if case .payableLoaded = action {
                state.newRequest.instalmentsAllowed = state.invoices.payable?.allowsInstalments == true
            }
            return effect
        case .requests(let action):
            return requests(&state, action, context)
        case .messages(let action):
            return MessagesFeature.reduce(&state.messages, action, context).map(AppAction.messages)
        case .newRequest(let action):
            return NewRequestFeature.reduce(&state.newRequest, action, context).map(AppAction.newRequest)
        case .readingForm(let action):
            return filingForm(
                &state, \.readingForm, action, on: .index, context, embed: AppAction.readingForm)
        case .contactForm(let action):
            return filingForm(
                &state, \.contactForm, action, on: .coordonnees, context, embed: AppAction.contactForm)
        case .answer(let action):
            return answer(&state, action, context)
        case .myAccount(let action):
            return myAccount(&state, action, context)
        case .kindForm(let action):
            guard let kind = state.kindForm?.kind else { return .none }
            return filingForm(&state, \.kindForm, action, on: .kind(kind), context, embed: AppAction.kindForm)
        }
    }

    // MARK: Features with something for the others

    private static func session(_ state: inout AppState, _ action: SessionAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        let effect = SessionFeature.reduce(&state.session, action, context).map(AppAction.session)
        switch action {
        case .resumed(let email, let remembered, let source):
            if let email, let source { return loggedIn(&state, email: email, source: source, context) }
            if let remembered, state.login.email.isEmpty {
                state.login.fields[.email] = remembered
                state.login.rememberMe = true
                state.login.fields.focus = .password
            }
            return effect
        case .profileLoaded(.failure(let failure)):
            return effect + state.toasts.show(.failure(failure))
        default:
            return effect
        }
    }

    private static func login(_ state: inout AppState, _ action: LoginAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        guard state.screen == .connexion else { return .none }
        let effect = LoginFeature.reduce(&state.login, action, context).map(AppAction.login)
        if case .answered(let email, .success(let source)) = action {
            return effect + loggedIn(&state, email: email, source: source, context)
        }
        return effect
    }

    private static func signUp(_ state: inout AppState, _ action: SignUpAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        if case .form = action, state.screen != .creerCompte { return .none }
        let effect = SignUpFeature.reduce(&state.signUp, action, context).map(AppAction.signUp)
        guard case .verified(nil) = action else { return effect }
        state.login.fields[.email] = state.signUp.fields[.email].trimmingCharacters(in: .whitespaces)
        state.login.fields[.password] = ""
        state.login.fields.focus = .password
        state.signUp = SignUpState()
        state.screen = .connexion
        return effect + state.toasts.show(.accountVerified)
    }

    private static func passwordReset(
        _ state: inout AppState, _ action: PasswordResetAction, _ context: ReducerContext
    ) -> Effect<AppAction> {
        if case .form = action, state.screen != .motDePasseOublie { return .none }
        let effect = PasswordResetFeature.reduce(&state.passwordReset, action, context).map(
            AppAction.passwordReset)
        guard case .done(nil) = action else { return effect }
        state.login.fields[.email] = state.passwordReset.fields[.email]
        state.login.fields[.password] = ""
        state.login.fields.focus = .password
        state.passwordReset = PasswordResetState()
        state.screen = .connexion
        return effect + state.toasts.show(.passwordReset)
    }

    private static func contracts(
        _ state: inout AppState, _ action: ContractsAction, _ context: ReducerContext
    )
        -> Effect<AppAction>
    {
        guard state.isLoggedIn else { return .none }
        let effect = ContractsFeature.reduce(&state.contracts, action, context).map(AppAction.contracts)
        switch action {
        case .loaded(.success): return effect + loadContractData(&state, context)
        case .loaded(.failure(let failure)): return effect + state.toasts.show(.failure(failure))
        default: return effect
        }
    }

    private static func readings(
        _ state: inout AppState, _ action: PagedListAction<ReadingRecord>, _ context: ReducerContext
    ) -> Effect<AppAction> {
        let effect = PagedListFeature<ReadingPages>.reduce(&state.readings.list, action, context)
            .map(AppAction.readings)
        // The index form learns the last index when the readings arrive, and follows it when
        // they come back with a newer one (an index the service has just integrated): a form
        // showing the old one proposes a date the service refuses.
        if var form = state.readingForm, form.contratId == state.readings.list.key {
            if let latest = state.readings.latest, form.lastDate.map({ latest.date > $0 }) ?? true {
                form.lastIndex = latest.index
                form.lastDate = latest.date
            }
            form.usualDailyConsumption = ConsumptionAnalysis.dailyAverage(of: state.readings.list.items)
            state.readingForm = form
        }
        return effect
    }

    private static func requests(_ state: inout AppState, _ action: RequestsAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        guard state.isLoggedIn else { return .none }
        let effect = RequestsFeature.reduce(&state.requests, action, context).map(AppAction.requests)
        guard case .announce(let changes) = action else { return effect }
        let toasts = changes.map { change in
            state.toasts.show(
                .statusChanged(
                    requestId: change.request.id, title: change.request.title, from: change.from,
                    to: change.request.status))
        }
        return .merge([effect] + toasts + changes.map { reloadWhatChanged(&state, by: $0, context) })
    }

    /// A request the service closed changed the subscriber's data: what it changed loads again
    /// (a new index in Relevés and Accueil, new contact details in the profile and the form).
    private static func reloadWhatChanged(
        _ state: inout AppState, by change: StatusChange, _ context: ReducerContext
    ) -> Effect<AppAction> {
        guard change.request.status == .closed else { return .none }
        switch change.request.code {
        case .releve:
            guard state.readings.list.key != nil else { return .none }
            return PagedListFeature<ReadingPages>.reduce(&state.readings.list, .refresh, context)
                .map(AppAction.readings)
        case .miseAJourPersonne:
            return SessionFeature.reduce(&state.session, .loadProfile, context).map(AppAction.session)
        case .autre:
            // One of our kinds: what it changed is on the contract (direct debit, e-invoice,
            // a move-out's end) and, for a move-out, in the readings.
            state.contracts.hasLoaded = false
            return ContractsFeature.reduce(&state.contracts, .load, context).map(AppAction.contracts)
        case .facture:
            return .none
        }
    }

    /// The index and contact forms: the form's own reducer, then what the app follows —
    /// Enter once sent goes to Demandes, a send adds the request to Demandes with a toast,
    /// a restored draft says so.
    private static func filingForm<Form: FilingForm>(
        _ state: inout AppState, _ path: WritableKeyPath<AppState, Form?>,
        _ action: FilingFormAction<Form.Field>,
        on step: NewRequestStep, _ context: ReducerContext,
        embed: @escaping @Sendable (FilingFormAction<Form.Field>) -> AppAction
    ) -> Effect<AppAction> {
        guard var form = state[keyPath: path] else { return .none }
        if case .form = action, state.screen != .nouvelleDemande(step) { return .none }
        if case .form(.submit) = action, case .sent = form.step {
            state[keyPath: path] = nil
            return navigate(&state, to: .demandes, context)
        }
        let hadInput = form.hasUnsavedInput
        let effect = FilingFormFeature<Form>.reduce(&form, action, context).map(embed)
        state[keyPath: path] = form
        switch action {
        case .answered(dryRun: false, .success(let outcome)) where form.step == .sent(outcome.request):
            let filed = RequestsFeature.reduce(&state.requests, .filed(outcome.request), context)
                .map(AppAction.requests)
            return effect + filed + state.toasts.show(.requestFiled(requestId: outcome.request.id))
        case .draftLoaded(.some) where !hadInput && form.hasUnsavedInput:
            return effect + state.toasts.show(.draftRestored)
        default:
            return effect
        }
    }
}

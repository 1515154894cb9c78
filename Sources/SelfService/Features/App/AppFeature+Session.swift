/// Starting, logging in and out, expiry: what the session does to every screen.
extension AppFeature {
    static func start(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        switch state.mode {
        case .subscriber:
            return .run(.session) { dependencies in
                guard let account = dependencies.account else {
                    return .session(.resumed(email: nil, rememberedEmail: nil, nil))
                }
                let remembered = await account.rememberedEmail()
                guard let resumed = await account.resumeSession() else {
                    return .session(.resumed(email: nil, rememberedEmail: remembered, nil))
                }
                return .session(
                    .resumed(
                        email: resumed.email, rememberedEmail: remembered,
                        DataSourceHandle(resumed.dataSource)))
            }
        case .counter:
            state.screen = .accueil
            return loadSubscriber(&state, context)
        }
    }

    /// A subscriber is available: Accueil, or back where the expired session left off.
    static func loggedIn(
        _ state: inout AppState, email: String, source: DataSourceHandle, _ context: ReducerContext
    ) -> Effect<AppAction> {
        if let previous = state.session.email, previous.lowercased() != email.lowercased() {
            dropSubscriber(&state, keepingForms: false)
        }
        state.session.source = source
        state.session.email = email
        state.screen = state.session.resumeScreen ?? .accueil
        state.session.resumeScreen = nil
        state.requests.poll.reset()
        return loadSubscriber(&state, context)
    }

    /// Loads what Accueil shows once a subscriber is available: the person and the contracts
    /// in one call, the requests and the messages beside it (then the selected contract's
    /// records, once the contracts are known: two sequential round trips after the login).
    static func loadSubscriber(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        let context = context.with(source: state.session.source)
        return .merge([
            loadOverview(&state, context),
            RequestsFeature.reduce(&state.requests, state.screen == .demandes ? .watch : .refresh, context)
                .map(AppAction.requests),
            MessagesFeature.reduce(&state.messages, .load, context).map(AppAction.messages),
        ])
    }

    /// The person and the contracts in one call when both are needed; otherwise each feature
    /// loads its own.
    private static func loadOverview(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction>
    {
        guard let source = context.source?.source, !state.contracts.hasLoaded, !state.contracts.isLoading,
            !state.session.isLoadingProfile
        else {
            return SessionFeature.reduce(&state.session, .loadProfile, context).map(AppAction.session)
                + ContractsFeature.reduce(&state.contracts, .load, context).map(AppAction.contracts)
        }
        state.session.isLoadingProfile = true
        state.contracts.isLoading = true
        return .run(.overview) { _ in
            .overviewLoaded(await .of { () async throws(ServiceFailure) in try await source.overview() })
        }
    }

    /// Loads the selected contract's readings and invoices, unless loaded: page 1 of both in
    /// one call when both need it. The payable invoice (its instalments) is Factures' own:
    /// Accueil says what is owed from the invoices.
    static func loadContractData(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        guard let contract = state.selectedContract else { return .none }
        if state.invoices.list.key != contract.id {
            state.invoices.payable = nil
            state.invoices.payableContract = nil
        }
        var effects: [Effect<AppAction>] = []
        if let source = context.source?.source,
            PagedListFeature<ReadingPages>.needsFirstPage(&state.readings.list, key: contract.id, context),
            PagedListFeature<InvoicePages>.needsFirstPage(&state.invoices.list, key: contract.id, context)
        {
            state.readings.list.loadingPage = 1
            state.invoices.list.loadingPage = 1
            let id = contract.id
            effects.append(
                .run(.contractRecords) { _ in
                    .contractRecordsLoaded(
                        contratId: id,
                        await .of { () async throws(ServiceFailure) in
                            try await source.contractRecords(contratId: id)
                        })
                })
        } else {
            effects.append(
                PagedListFeature<ReadingPages>.reduce(&state.readings.list, .show(key: contract.id), context)
                    .map(AppAction.readings))
            effects.append(
                InvoicesFeature.reduce(&state.invoices, .list(.show(key: contract.id)), context)
                    .map(AppAction.invoices))
        }
        if state.screen.showsPayable {
            effects.append(
                InvoicesFeature.reduce(
                    &state.invoices,
                    .loadPayable(contratId: contract.id, numeroContrat: contract.numeroContrat), context
                ).map(AppAction.invoices))
        }
        return .merge(effects)
    }

    static func logOut(_ state: inout AppState) -> Effect<AppAction> {
        guard case .subscriber = state.mode, state.isLoggedIn else { return .none }
        let effect = cancelSubscriberWork()
        dropSubscriber(&state, keepingForms: false)
        state.screen = .connexion
        return effect + logOutOnServer()
    }

    /// Everything in flight is cancelled (sign-in attempts and toast timers included), the
    /// state goes back to a new one (forms, typed e-mail and password, lists: all gone), then
    /// the session, if any, is closed on the server.
    static func startOverAfterIdle(_ state: inout AppState) -> Effect<AppAction> {
        guard case .subscriber = state.mode else { return .none }
        let wasLoggedIn = state.isLoggedIn
        state = AppState(
            language: state.language, mode: state.mode, suggestedAccount: state.login.suggestedAccount)
        return wasLoggedIn ? .cancelAll + logOutOnServer() : .cancelAll
    }

    /// The session is gone: back to Connexion, keeping the forms (and drafts) for after login.
    static func sessionExpired(_ state: inout AppState) -> Effect<AppAction> {
        let effect = cancelSubscriberWork()
        if state.screen.needsSubscriber { state.session.resumeScreen = state.screen }
        // Forms waiting on the network go back to editing: the key is kept, so sending again
        // after login cannot file twice.
        if state.readingForm?.step.isBusy == true { state.readingForm?.step = .editing }
        if state.contactForm?.step.isBusy == true { state.contactForm?.step = .editing }
        if state.kindForm?.step.isBusy == true { state.kindForm?.step = .editing }
        dropSubscriber(&state, keepingForms: true)
        state.screen = .connexion
        state.login.fields[.password] = ""
        state.login.isSubmitting = false
        state.login.fields.focus = state.login.email.isEmpty ? .email : .password
        state.login.error = ServiceFailure(.sessionExpired)
        return effect + state.toasts.show(.sessionExpired)
    }

    /// Forgets the subscriber's data; with `keepingForms`, the forms (and their input) stay.
    static func dropSubscriber(_ state: inout AppState, keepingForms: Bool) {
        let email = state.session.email
        let resumeScreen = state.session.resumeScreen
        state.session = SessionState()
        state.contracts = ContractsState()
        state.readings = ReadingsState()
        state.invoices = InvoicesState()
        state.requests = RequestsState()
        state.messages = MessagesState()
        state.myAccount = MyAccountState()
        state.newRequest = NewRequestState()
        if keepingForms {
            state.session.email = email
            state.session.resumeScreen = resumeScreen
        } else {
            state.readingForm = nil
            state.contactForm = nil
            state.answer = nil
            state.kindForm = nil
        }
    }

    /// Stops every load, form call and the polling (toasts and draft writes go on).
    static func cancelSubscriberWork() -> Effect<AppAction> {
        let ids: [EffectID] = [
            .profile, .contracts, .overview, .contractRecords, .list(.readings), .list(.invoices),
            .list(.requests), .payable, .messages, .requestDetail, .requestPoll, .filing, .answer, .account,
            .requestKinds,
        ]
        return .merge(ids.map { .cancel($0) })
    }

    private static func logOutOnServer() -> Effect<AppAction> {
        .run(.session) { dependencies in
            await dependencies.account?.logOut()
            return .session(.loggedOut)
        }
    }
}

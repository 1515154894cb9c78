extension AppStore {
    /// Runs one operation against the account service or the data source.
    func execute(_ operation: Operation) async -> Response {
        switch operation {
        case .resumeSession, .logIn, .logOut, .createAccount, .verifyAccount, .requestPasswordReset,
            .resetPassword:
            return await executeAccount(operation)
        default:
            guard let source = currentDataSource else {
                return Self.failedResponse(for: operation, Self.noSubscriber)
            }
            return await executeData(operation, on: source)
        }
    }

    private func executeAccount(_ operation: Operation) async -> Response {
        guard let account = accountService else {
            return Self.failedResponse(for: operation, Self.noAccountService)
        }
        switch operation {
        case .resumeSession:
            let remembered = await account.rememberedEmail()
            guard let resumed = await account.resumeSession() else {
                return .sessionResumed(email: nil, rememberedEmail: remembered)
            }
            replaceDataSource(resumed.dataSource)
            return .sessionResumed(email: resumed.email, rememberedEmail: remembered)
        case .logIn(let email, let password, let rememberMe):
            do {
                let source = try await account.logIn(email: email, password: password, rememberMe: rememberMe)
                replaceDataSource(source)
                return .loggedIn(email: email, .success(true))
            } catch {
                return .loggedIn(email: email, .failure(error))
            }
        case .logOut:
            await account.logOut()
            replaceDataSource(nil)
            return .loggedOut
        case .createAccount(let email, let password, let numeroContrat, let numeroFacture):
            return .accountCreated(
                await Self.failure {
                    () async throws(ServiceFailure) in
                    try await account.createAccount(
                        email: email, password: password, numeroContrat: numeroContrat,
                        numeroFacture: numeroFacture)
                })
        case .verifyAccount(let email, let code):
            return .accountVerified(
                await Self.failure { () async throws(ServiceFailure) in
                    try await account.verifyAccount(email: email, code: code)
                })
        case .requestPasswordReset(let email):
            return .passwordResetRequested(
                await Self.failure { () async throws(ServiceFailure) in
                    try await account.requestPasswordReset(email: email)
                })
        case .resetPassword(let email, let code, let password):
            return .passwordResetDone(
                await Self.failure { () async throws(ServiceFailure) in
                    try await account.resetPassword(email: email, code: code, newPassword: password)
                })
        default:
            return Self.failedResponse(for: operation, Self.noAccountService)
        }
    }

    private func executeData(_ operation: Operation, on source: any SubscriberDataSource) async -> Response {
        switch operation {
        case .loadProfile:
            return .profile(
                await Self.result { () async throws(ServiceFailure) in try await source.profile() })
        case .loadContracts:
            return .contracts(
                await Self.result { () async throws(ServiceFailure) in try await source.contracts() })
        case .loadReadings(let contratId, let page):
            return .readings(
                contratId: contratId,
                await Self.result { () async throws(ServiceFailure) in
                    try await source.readings(contratId: contratId, page: page)
                })
        case .loadInvoices(let contratId, let page):
            return .invoices(
                contratId: contratId,
                await Self.result { () async throws(ServiceFailure) in
                    try await source.invoices(contratId: contratId, page: page)
                })
        case .loadPayable(let contratId, let numeroContrat):
            return .payable(
                contratId: contratId,
                await Self.result { () async throws(ServiceFailure) in
                    try await source.payableInvoice(numeroContrat: numeroContrat)
                })
        case .loadMessages:
            return .messages(
                await Self.result { () async throws(ServiceFailure) in try await source.messages() })
        case .loadRequests:
            return .requests(
                await Self.result { () async throws(ServiceFailure) in try await source.requests() })
        case .loadRequest(let id):
            return .request(
                await Self.result { () async throws(ServiceFailure) in try await source.request(id: id) })
        case .fileReading(let submission, let dryRun, let key):
            return .readingFiled(
                dryRun: dryRun,
                await Self.result { () async throws(ServiceFailure) in
                    try await source.fileReading(submission, dryRun: dryRun, idempotencyKey: key)
                })
        case .updateContact(let personneId, let changes, let dryRun, let key):
            return .contactFiled(
                dryRun: dryRun,
                await Self.result { () async throws(ServiceFailure) in
                    try await source.updateContact(
                        personneId: personneId, changes: changes, dryRun: dryRun, idempotencyKey: key)
                })
        default:
            return Self.failedResponse(for: operation, Self.noSubscriber)
        }
    }

    private static func result<T>(
        _ body: () async throws(ServiceFailure) -> T
    ) async -> Result<T, ServiceFailure> {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }

    private static func failure(_ body: () async throws(ServiceFailure) -> Void) async -> ServiceFailure? {
        do {
            try await body()
            return nil
        } catch {
            return error
        }
    }

    /// The response an operation gets when it cannot run at all.
    static func failedResponse(for operation: Operation, _ failure: ServiceFailure) -> Response {
        switch operation {
        case .resumeSession: return .sessionResumed(email: nil, rememberedEmail: nil)
        case .logIn(let email, _, _): return .loggedIn(email: email, .failure(failure))
        case .logOut: return .loggedOut
        case .createAccount: return .accountCreated(failure)
        case .verifyAccount: return .accountVerified(failure)
        case .requestPasswordReset: return .passwordResetRequested(failure)
        case .resetPassword: return .passwordResetDone(failure)
        case .loadProfile: return .profile(.failure(failure))
        case .loadContracts: return .contracts(.failure(failure))
        case .loadReadings(let contratId, _): return .readings(contratId: contratId, .failure(failure))
        case .loadInvoices(let contratId, _): return .invoices(contratId: contratId, .failure(failure))
        case .loadPayable(let contratId, _): return .payable(contratId: contratId, .failure(failure))
        case .loadMessages: return .messages(.failure(failure))
        case .loadRequests: return .requests(.failure(failure))
        case .loadRequest: return .request(.failure(failure))
        case .fileReading(_, let dryRun, _): return .readingFiled(dryRun: dryRun, .failure(failure))
        case .updateContact(_, _, let dryRun, _): return .contactFiled(dryRun: dryRun, .failure(failure))
        }
    }

    static let noSubscriber = ServiceFailure(
        kind: .authenticationExpired, french: "Vous n'êtes pas connecté.", english: "You are not logged in.")
    static let noAccountService = ServiceFailure(
        kind: .other, french: "Service de compte indisponible.", english: "Account service unavailable.")
}

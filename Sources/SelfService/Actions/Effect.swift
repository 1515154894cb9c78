/// Identifies running work, so a newer one replaces it and Esc can cancel it.
public enum EffectID: Hashable, Sendable {
    case session
    case login
    case logout
    case signUp
    case passwordReset
    case profile
    case contracts
    case readings
    case invoices
    case payable
    case messages
    case requests
    case requestDetail
    case readingForm
    case contactForm
    /// The Demandes polling timer.
    case pollTimer
    /// The timer that hides a toast.
    case toast(Int)
}

/// Asynchronous work against the account service or the data source.
public enum Operation: Equatable, Sendable {
    case resumeSession
    case logIn(email: String, password: String, rememberMe: Bool)
    case logOut
    case createAccount(email: String, password: String, numeroContrat: String, numeroFacture: String)
    case verifyAccount(email: String, code: String)
    case requestPasswordReset(email: String)
    case resetPassword(email: String, code: String, password: String)
    case loadProfile
    case loadContracts
    case loadReadings(contratId: String, page: Int)
    case loadInvoices(contratId: String, page: Int)
    case loadPayable(contratId: String, numeroContrat: String)
    case loadMessages
    case loadRequests
    case loadRequest(id: String)
    case fileReading(ReadingSubmission, dryRun: Bool, idempotencyKey: String)
    case updateContact(
        personneId: String, changes: [ContactField: String], dryRun: Bool, idempotencyKey: String)

    /// The id it runs under: a new operation with the same id cancels the running one.
    public var id: EffectID {
        switch self {
        case .resumeSession: return .session
        case .logIn: return .login
        case .logOut: return .logout
        case .createAccount, .verifyAccount: return .signUp
        case .requestPasswordReset, .resetPassword: return .passwordReset
        case .loadProfile: return .profile
        case .loadContracts: return .contracts
        case .loadReadings: return .readings
        case .loadInvoices: return .invoices
        case .loadPayable: return .payable
        case .loadMessages: return .messages
        case .loadRequests: return .requests
        case .loadRequest: return .requestDetail
        case .fileReading: return .readingForm
        case .updateContact: return .contactForm
        }
    }
}

/// What a reducer asks the runtime to do; values, so tests compare them.
public enum Effect: Equatable, Sendable {
    /// Runs an operation and feeds its `Response` back (replacing one with the same id).
    case perform(Operation)
    /// Cancels running work; its response never arrives.
    case cancel(EffectID)
    /// Sends `action` after `delay` (replacing a timer with the same id).
    case timer(EffectID, after: Duration, send: Action)
    /// Writes a draft (atomically, 0600 for the file store).
    case saveDraft(Draft)
    /// Reads a draft and answers `Response.draftLoaded`.
    case loadDraft(DraftKey)
    /// Removes a draft (the request was sent, or the form cancelled).
    case deleteDraft(DraftKey)
    /// The user quit (or left the subscriber at the counter): stop everything.
    case quit
}

import SelfService
import Synchronization

/// The pre-login flows in memory: one account, its password, a remembered session or not.
public final class FakeAccount: AccountService {
    /// What the fake accepts and what it was asked.
    public struct Contents: Sendable {
        public var email = Fixtures.profile.email ?? ""
        public var password = "Eau-Claire-2026"
        /// The session a start resumes (nil: none).
        public var remembered: (email: String, source: FakeSubscriber)?
        public var rememberedEmail: String?
        /// When set, account creation, code checks and resets fail with it.
        public var accountFailure: ServiceFailure?
        /// How many logouts reached the service.
        public var logouts = 0
        /// The accounts created.
        public var created: [NewAccount] = []
        /// Mon compte: the code the fake expects to confirm a new e-mail.
        public var emailCode = "123456"
        /// The new e-mail asked for, until confirmed.
        public var pendingEmail: String?
        /// How many other sessions a sign-out elsewhere ends.
        public var otherSessions = 2
        /// How many times the machine was told to forget the session.
        public var forgotten = 0
        /// When set, Mon compte's calls fail with it.
        public var settingsFailure: ServiceFailure?
    }

    private let contents: Mutex<Contents>
    /// The subscriber a successful login opens.
    public let subscriber: FakeSubscriber
    /// Holds the account calls while closed.
    public let gate = Gate()

    /// A fake whose login opens `subscriber`.
    public init(
        subscriber: FakeSubscriber = FakeSubscriber(), _ configure: (inout Contents) -> Void = { _ in }
    ) {
        var contents = Contents()
        configure(&contents)
        self.contents = Mutex(contents)
        self.subscriber = subscriber
    }

    /// What the fake holds and was asked.
    public var snapshot: Contents { contents.withLock { $0 } }

    public func logIn(email: String, password: String, rememberMe: Bool)
        async throws(ServiceFailure) -> any SubscriberDataSource
    {
        await gate.pass()
        let accepted = contents.withLock { $0.email == email && $0.password == password }
        guard accepted else { throw ServiceFailure(.invalidCredentials) }
        return subscriber
    }

    public func resumeSession() async -> (email: String, dataSource: any SubscriberDataSource)? {
        contents.withLock { $0.remembered }.map { ($0.email, $0.source) }
    }

    public func rememberedEmail() async -> String? { contents.withLock { $0.rememberedEmail } }

    public func logOut() async { contents.withLock { $0.logouts += 1 } }

    public func createAccount(_ account: NewAccount) async throws(ServiceFailure) {
        try await failIfAsked()
        contents.withLock { $0.created.append(account) }
    }

    public func verifyAccount(email: String, code: String) async throws(ServiceFailure) {
        try await failIfAsked()
    }

    public func requestPasswordReset(email: String) async throws(ServiceFailure) { try await failIfAsked() }

    public func resetPassword(email: String, code: String, newPassword: String) async throws(ServiceFailure) {
        try await failIfAsked()
    }

    public func changePassword(current: String, new: String) async throws(ServiceFailure) {
        try await failIfSettingsAsked()
        let wrong = contents.withLock { contents -> Bool in
            guard contents.password == current else { return true }
            contents.password = new
            return false
        }
        if wrong { throw Self.refused("old_password", "old-password-wrong") }
    }

    public func requestEmailChange(to email: String, password: String) async throws(ServiceFailure) {
        try await failIfSettingsAsked()
        let wrong = contents.withLock { contents -> Bool in
            guard contents.password == password else { return true }
            contents.pendingEmail = email
            return false
        }
        if wrong { throw Self.refused("password", "old-password-wrong") }
    }

    public func confirmEmailChange(code: String) async throws(ServiceFailure) -> String {
        try await failIfSettingsAsked()
        let email = contents.withLock { contents -> String? in
            guard code == contents.emailCode, let pending = contents.pendingEmail else { return nil }
            contents.email = pending
            contents.pendingEmail = nil
            return pending
        }
        guard let email else { throw Self.refused("code", "code-invalid") }
        return email
    }

    public func signOutOtherSessions() async throws(ServiceFailure) -> Int {
        try await failIfSettingsAsked()
        return contents.withLock { contents in
            defer { contents.otherSessions = 0 }
            return contents.otherSessions
        }
    }

    public func forgetThisMachine() async {
        contents.withLock {
            $0.forgotten += 1
            $0.remembered = nil
            $0.rememberedEmail = nil
        }
    }

    private static func refused(_ field: String, _ code: String) -> ServiceFailure {
        ServiceFailure(.refused, refusals: [Refusal(field: field, code: code, text: code)])
    }

    private func failIfSettingsAsked() async throws(ServiceFailure) {
        await gate.pass()
        if let failure = contents.withLock({ $0.settingsFailure }) { throw failure }
    }

    /// Every account call passes the gate, then fails when asked to.
    private func failIfAsked() async throws(ServiceFailure) {
        await gate.pass()
        if let failure = contents.withLock({ $0.accountFailure }) { throw failure }
    }
}

/// The counter's directory in memory: search answers and the subscribers it opens.
public final class FakeCounterDirectory: CounterDirectory {
    private let pages: Mutex<[SubscriberSearchPage]>
    /// The subscriber every opening gives.
    public let subscriber: FakeSubscriber
    private let failure: ServiceFailure?

    /// A directory answering `results` (one page) and opening `subscriber`.
    public init(
        results: [SubscriberSearchResult] = [], subscriber: FakeSubscriber = FakeSubscriber(),
        failure: ServiceFailure? = nil
    ) {
        pages = Mutex([
            SubscriberSearchPage(results: results, number: 1, total: results.count, hasNext: false)
        ])
        self.subscriber = subscriber
        self.failure = failure
    }

    public func search(_ request: SubscriberSearchRequest) async throws(ServiceFailure)
        -> SubscriberSearchPage
    {
        if let failure { throw failure }
        var page = pages.withLock { $0[0] }
        page.number = request.page
        return page
    }

    public func open(_ subject: CounterSubject) async throws(ServiceFailure) -> any SubscriberDataSource {
        if let failure { throw failure }
        return subscriber
    }
}

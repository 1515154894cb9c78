/// The flows before a subscriber is logged in, and leaving.
///
/// A successful login yields the data source of that subscriber; the state keeps it (in a
/// ``DataSourceHandle``) until logout or session expiry.
public protocol AccountService: Sendable {
    /// Logs in; with `rememberMe`, the session is kept for `resumeSession()` at next start.
    func logIn(email: String, password: String, rememberMe: Bool)
        async throws(ServiceFailure) -> any SubscriberDataSource
    /// Resumes a remembered session, or nil when there is none (or it is no longer valid).
    func resumeSession() async -> (email: String, dataSource: any SubscriberDataSource)?
    /// The e-mail remembered for the login form, if any.
    func rememberedEmail() async -> String?
    /// Logs out and forgets any remembered session and e-mail (a shared terminal keeps nothing).
    func logOut() async
    /// Creates an account; the server then sends a 6-digit code by e-mail.
    func createAccount(_ account: NewAccount) async throws(ServiceFailure)
    /// Confirms the e-mail with the code.
    func verifyAccount(email: String, code: String) async throws(ServiceFailure)
    /// Asks for a password-reset code (always succeeds: no enumeration).
    func requestPasswordReset(email: String) async throws(ServiceFailure)
    /// Sets a new password with the code.
    func resetPassword(email: String, code: String, newPassword: String) async throws(ServiceFailure)

    // Mon compte: the signed-in subscriber's own login.
    /// Changes the password of the signed-in subscriber.
    func changePassword(current: String, new: String) async throws(ServiceFailure)
    /// Asks to change the login e-mail (`password` is the current one); a code goes to `email`.
    func requestEmailChange(to email: String, password: String) async throws(ServiceFailure)
    /// Confirms the new login e-mail with the code; returns the new address.
    func confirmEmailChange(code: String) async throws(ServiceFailure) -> String
    /// Ends every other session of the account; returns how many were ended.
    func signOutOtherSessions() async throws(ServiceFailure) -> Int
    /// Deletes the session and e-mail remembered on this machine (the session goes on).
    func forgetThisMachine() async
}

/// What creating an account sends: the login, and the proof of being the subscriber.
public struct NewAccount: Equatable, Sendable {
    /// The login e-mail.
    public var email: String
    /// The password (never logged).
    public var password: String
    /// A contract number of the subscriber.
    public var numeroContrat: String
    /// The number of any invoice of that contract.
    public var numeroFacture: String

    /// Creates the request.
    public init(email: String, password: String, numeroContrat: String, numeroFacture: String) {
        self.email = email
        self.password = password
        self.numeroContrat = numeroContrat
        self.numeroFacture = numeroFacture
    }
}

/// Mon compte: the login e-mail and the other sessions (our extension, docs/api.md).
extension SubscriberAPI {
    /// Asks to change the login e-mail: `password` is the current one; a 6-digit code goes to
    /// `email` (422 `old-password-wrong` / `email-invalid`, 409 `email-taken`).
    public func requestEmailChange(email: String, password: String) async throws(OmegaError) {
        _ = try await session.send(try OmegaEndpoints.emailChange(email: email, password: password))
    }

    /// Confirms the new login e-mail with the code received there; returns the account.
    public func confirmEmailChange(code: String) async throws(OmegaError) -> Single<SubscriberAccount> {
        try Single(response: try await session.send(try OmegaEndpoints.emailChangeConfirm(code: code)))
    }

    /// Ends every other session of the account; returns how many.
    public func revokeOtherSessions() async throws(OmegaError) -> Int {
        try await session.revokeOtherSessions()
    }
}

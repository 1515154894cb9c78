import Foundation
import OmegaClient
import SelfService

/// The pre-login flows over the subscriber API.
///
/// Each login makes a fresh `SubscriberSession`; with "remember me" that session keeps its
/// refresh token in `tokenStore` (0600 file), so the next start resumes it, and the e-mail is
/// remembered beside it to prefill the login form. Without it nothing is written.
public actor SubscriberAccountService: AccountService {
    private let transport: OmegaTransport
    private let tokenStore: (any TokenStore)?
    private let emailFile: URL?
    private var session: SubscriberSession?

    /// Creates the service. `tokenStore` and `emailFile` are where "remember me" keeps the
    /// refresh token and the e-mail (nil: remember nothing).
    public init(transport: OmegaTransport, tokenStore: (any TokenStore)?, emailFile: URL?) {
        self.transport = transport
        self.tokenStore = tokenStore
        self.emailFile = emailFile
    }

    public func logIn(email: String, password: String, rememberMe: Bool)
        async throws(ServiceFailure) -> any SubscriberDataSource
    {
        try? tokenStore?.clear()
        let session = SubscriberSession(transport: transport, tokenStore: rememberMe ? tokenStore : nil)
        do {
            try await session.login(email: email, password: password)
        } catch {
            throw ServiceFailure.account(error)
        }
        self.session = session
        if rememberMe { rememberEmail(email) } else { forgetEmail() }
        return SubscriberAPIDataSource(api: SubscriberAPI(session: session))
    }

    public func resumeSession() async -> (email: String, dataSource: any SubscriberDataSource)? {
        guard let tokenStore, let email = rememberedEmailSync() else { return nil }
        let session = SubscriberSession(transport: transport, tokenStore: tokenStore)
        guard await session.restore() else { return nil }
        // Refresh now, so a dead token sends the user to the login form rather than failing later.
        do {
            _ = try await session.validAccessToken()
        } catch {
            try? tokenStore.clear()
            return nil
        }
        self.session = session
        return (email, SubscriberAPIDataSource(api: SubscriberAPI(session: session)))
    }

    public func rememberedEmail() async -> String? { rememberedEmailSync() }

    public func logOut() async {
        await session?.logout()
        session = nil
        try? tokenStore?.clear()
        forgetEmail()
    }

    public func createAccount(_ request: NewAccount) async throws(ServiceFailure) {
        let account = NouveauCompte(
            email: request.email, motDePasse: request.password, numeroContrat: request.numeroContrat,
            numeroFacture: request.numeroFacture)
        do {
            _ = try await api.createAccount(account)
        } catch {
            throw ServiceFailure.account(error)
        }
    }

    public func verifyAccount(email: String, code: String) async throws(ServiceFailure) {
        do {
            try await api.verifyAccount(email: email, code: code)
        } catch {
            throw ServiceFailure.account(error)
        }
    }

    public func requestPasswordReset(email: String) async throws(ServiceFailure) {
        do {
            try await api.requestPasswordReset(email: email)
        } catch {
            throw ServiceFailure.account(error)
        }
    }

    public func resetPassword(email: String, code: String, newPassword: String) async throws(ServiceFailure) {
        do {
            try await api.resetPassword(email: email, code: code, newPassword: newPassword)
        } catch {
            throw ServiceFailure.account(error)
        }
    }

    /// An API over a signed-out session, for the calls that need no token.
    private var api: SubscriberAPI { SubscriberAPI(session: SubscriberSession(transport: transport)) }

    private func rememberedEmailSync() -> String? {
        guard let emailFile, let data = try? Data(contentsOf: emailFile) else { return nil }
        let email = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return email.isEmpty ? nil : email
    }

    private func rememberEmail(_ email: String) {
        guard let emailFile else { return }
        try? FileManager.default.createDirectory(
            at: emailFile.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        try? Data(email.utf8).write(to: emailFile, options: .atomic)
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: emailFile.path)
    }

    private func forgetEmail() {
        guard let emailFile else { return }
        try? FileManager.default.removeItem(at: emailFile)
    }
}

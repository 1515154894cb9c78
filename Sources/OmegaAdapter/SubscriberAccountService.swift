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
    private let remembered: RememberedEmail?
    private var session: SubscriberSession?

    /// Creates the service. `tokenStore` and `emailFile` are where "remember me" keeps the
    /// refresh token and the e-mail (nil: remember nothing).
    public init(transport: OmegaTransport, tokenStore: (any TokenStore)?, emailFile: URL?) {
        self.transport = transport
        self.tokenStore = tokenStore
        self.remembered = emailFile.map(RememberedEmail.init(file:))
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
        if rememberMe { remembered?.save(email) } else { remembered?.forget() }
        return SubscriberAPIDataSource(api: SubscriberAPI(session: session))
    }

    public func resumeSession() async -> (email: String, dataSource: any SubscriberDataSource)? {
        guard let tokenStore, let email = remembered?.load() else { return nil }
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

    public func rememberedEmail() async -> String? { remembered?.load() }

    public func logOut() async {
        await session?.logout()
        session = nil
        try? tokenStore?.clear()
        remembered?.forget()
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
}

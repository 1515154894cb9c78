import Foundation
import Logging

/// A subscriber's signed-in session: JWT access token in memory, rotating refresh token
/// (optionally kept in a ``TokenStore``), refresh ahead of expiry and once after a 401.
///
/// Refreshes are single-flight: however many calls find the token expired at once, one
/// refresh request is made and all of them wait for it. The password is used by
/// ``login(email:password:)`` only and never kept or logged.
public actor SubscriberSession {
    /// The transport the session calls through.
    public nonisolated let transport: OmegaTransport
    private var tokenStore: (any TokenStore)?
    private let now: @Sendable () -> Date
    private let refreshMargin: TimeInterval
    private let logger: Logger

    private var accessToken: String?
    private var accessTokenExpiry: Date = .distantPast
    private var refreshToken: String?
    private var refreshTask: Task<String, any Error>?
    /// The number of refresh requests sent (for diagnostics).
    public private(set) var refreshCount = 0

    /// Creates a signed-out session. `refreshMargin` is how long before expiry the access
    /// token is renewed; `now` is the clock (tests pass another).
    public init(
        transport: OmegaTransport, tokenStore: (any TokenStore)? = nil, refreshMargin: TimeInterval = 30,
        now: @escaping @Sendable () -> Date = { Date() }, logger: Logger? = nil
    ) {
        self.transport = transport
        self.tokenStore = tokenStore
        self.refreshMargin = refreshMargin
        self.now = now
        self.logger = logger ?? Logger(label: "omega.client.session")
    }

    /// Whether the session holds a refresh token (it may still be refused by the server).
    public var isSignedIn: Bool { refreshToken != nil }

    /// Signs in with e-mail and password (`POST subscriber/token`).
    /// - Throws: ``OmegaError`` of kind `invalidCredentials` (401), `accountNotVerified`
    ///   (403), `tooManyRequests` (429, with `retryAfter`) or a transport error.
    public func login(email: String, password: String) async throws(OmegaError) {
        let request = try OmegaEndpoints.token(email: email, password: password)
        let response: OmegaResponse
        do {
            response = try await transport.send(request)
        } catch {
            throw Self.loginError(error)
        }
        accept(try response.decodeJSON(TokenPair.self))
        logger.debug("subscriber signed in")
    }

    /// Takes up a refresh token kept by the ``TokenStore`` from an earlier run. Returns
    /// whether one was found; the next call refreshes the access token with it.
    public func restore() -> Bool {
        guard let stored = try? tokenStore?.load() else { return false }
        refreshToken = stored
        accessToken = nil
        accessTokenExpiry = .distantPast
        return true
    }

    /// An access token valid for at least the refresh margin, refreshing it first if needed.
    public func validAccessToken() async throws(OmegaError) -> String {
        if let accessToken, now().addingTimeInterval(refreshMargin) < accessTokenExpiry {
            return accessToken
        }
        return try await refreshedAccessToken()
    }

    /// Sends `request` with the access token; after a 401, refreshes once (unless another
    /// call already did) and sends it again once.
    public func send(_ request: OmegaRequest) async throws(OmegaError) -> OmegaResponse {
        let token = try await validAccessToken()
        do {
            return try await transport.send(request, authentication: .bearer(token))
        } catch let error where error.status == 401 {
            let renewed: String
            if let current = accessToken, current != token {
                renewed = current  // another call refreshed meanwhile
            } else {
                accessToken = nil
                renewed = try await refreshedAccessToken()
            }
            return try await transport.send(request, authentication: .bearer(renewed))
        }
    }

    /// Signs out: revokes the tokens on the server (`DELETE subscriber/token`, best effort;
    /// an expired access token is refreshed first, so that the refresh token is revoked too)
    /// and forgets them locally and in the store.
    public func logout() async {
        if refreshToken != nil, let token = try? await validAccessToken() {
            _ = try? await transport.send(OmegaEndpoints.logout(), authentication: .bearer(token))
        }
        forget()
        logger.debug("subscriber signed out")
    }

    /// Revokes every other session of the account (`POST subscriber/token/revoke-others` with
    /// this session's refresh token, which stays alive); returns how many were ended.
    public func revokeOtherSessions() async throws(OmegaError) -> Int {
        // A fresh access token first: the refresh token it may rotate is the one sent.
        _ = try await validAccessToken()
        guard let refreshToken else { throw OmegaError(.sessionExpired) }
        let response = try await send(try OmegaEndpoints.revokeOtherSessions(refreshToken: refreshToken))
        return try response.decodeJSON(RevokedSessions.self).count
    }

    /// Stops keeping the refresh token between runs and deletes the one kept: the session
    /// goes on in memory, and the next start asks for the password.
    public func forgetStoredToken() {
        try? tokenStore?.clear()
        tokenStore = nil
    }

    /// Joins the refresh in flight, or starts one.
    private func refreshedAccessToken() async throws(OmegaError) -> String {
        let task: Task<String, any Error>
        if let inFlight = refreshTask {
            task = inFlight
        } else {
            guard let currentRefreshToken = refreshToken else { throw OmegaError(.sessionExpired) }
            refreshCount += 1
            task = Task { try await self.performRefresh(with: currentRefreshToken) }
            refreshTask = task
        }
        do {
            return try await task.value
        } catch let error as OmegaError {
            throw error
        } catch {
            throw OmegaError(.sessionExpired, technicalDetail: String(describing: error))
        }
    }

    /// One refresh request; a refused refresh token ends the session.
    private func performRefresh(with token: String) async throws(OmegaError) -> String {
        defer { refreshTask = nil }
        let response: OmegaResponse
        do {
            response = try await transport.send(OmegaEndpoints.refresh(refreshToken: token))
        } catch let error where error.status == 400 || error.status == 401 || error.status == 403 {
            forget()
            throw OmegaError(.sessionExpired, status: error.status, errors: error.errors)
        }
        let pair = try response.decodeJSON(TokenPair.self)
        accept(pair)
        return pair.accessToken
    }

    /// Keeps a new token pair (the old refresh token is dead on the server now).
    private func accept(_ pair: TokenPair) {
        let issued = now()
        var expiry = issued.addingTimeInterval(TimeInterval(pair.expiresIn))
        if let claimed = AccessTokenClaims.expiry(of: pair.accessToken), claimed < expiry { expiry = claimed }
        accessToken = pair.accessToken
        accessTokenExpiry = expiry
        refreshToken = pair.refreshToken
        do {
            try tokenStore?.save(pair.refreshToken)
        } catch {
            logger.warning("could not keep the refresh token: \(String(describing: error))")
        }
    }

    private func forget() {
        accessToken = nil
        accessTokenExpiry = .distantPast
        refreshToken = nil
        try? tokenStore?.clear()
    }

    /// Login answers have their own meaning: 401 is a wrong password, 403 an unverified address.
    private static func loginError(_ error: OmegaError) -> OmegaError {
        var mapped = error
        switch error.status {
        case 401: mapped.kind = .invalidCredentials
        case 403: mapped.kind = .accountNotVerified
        default: break
        }
        return mapped
    }
}

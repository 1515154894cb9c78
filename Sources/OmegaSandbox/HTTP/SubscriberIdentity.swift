import Foundation
import GRDB
import Hummingbird
import HummingbirdAuth

/// The subscriber behind a valid Bearer access token.
struct SubscriberIdentity: Sendable {
    var accountID: String
    var personID: String
    var email: String
}

/// The context of the routes behind a Bearer token: ``JWTAuthenticator`` puts the subscriber
/// in `identity` and ``RequireIdentityMiddleware`` lets no request through without one.
typealias SubscriberRequestContext = AuthenticatedRequestContext<SubscriberIdentity>

/// Reads `Authorization: Bearer <JWT>`: no header leaves the request anonymous (the
/// ``RequireIdentityMiddleware`` behind answers 401 with the `Bearer` challenge); a token
/// that is not ours, expired, or of an account that is gone is a 401 `invalid_token`.
struct JWTAuthenticator: AuthenticatorMiddleware {
    typealias Context = SubscriberRequestContext

    let services: SandboxServices

    func authenticate(request: Request, context: Context) async throws -> SubscriberIdentity? {
        guard let header = request.headers[.authorization] else { return nil }
        // The scheme is case-insensitive (RFC 9110), hence no `HTTPFields.bearer`.
        guard header.lowercased().hasPrefix("bearer ") else { return nil }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        if let known = services.verifiedTokens.identity(for: token) { return known }
        guard let claims = await services.tokens.verify(token) else {
            throw APIError.unauthorized(
                "invalid or expired access token",
                headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""])
        }
        let accountID = claims.sub.value
        let found: (String, String)? = try await services.database.read { db in
            guard
                let row = try Row.fetchOneCached(
                    db, sql: "SELECT personne_id, email FROM account WHERE account_id = ?",
                    arguments: [accountID]),
                let personID: String = row["personne_id"], let email: String = row["email"]
            else { return nil }
            return (personID, email)
        }
        guard let (personID, email) = found else {
            throw APIError.unauthorized(
                "unknown account", headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""])
        }
        let identity = SubscriberIdentity(accountID: accountID, personID: personID, email: email)
        services.verifiedTokens.remember(token, as: identity, until: claims.exp.value)
        return identity
    }
}

/// Lets a request through only when an authenticator named who sent it; otherwise 401 with
/// the scheme's challenge (`WWW-Authenticate: Bearer` or `Hawk`), as a JSON:API error.
struct RequireIdentityMiddleware<Context: AuthRequestContext>: RouterMiddleware {
    /// The `WWW-Authenticate` value of the 401.
    let challenge: String
    /// What the 401 says.
    let detail: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard context.identity != nil else {
            throw APIError.unauthorized(detail, headers: [.wwwAuthenticate: challenge])
        }
        return try await next(request, context)
    }
}

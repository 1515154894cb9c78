import Foundation
import GRDB
import Hummingbird

/// The subscriber behind a valid Bearer access token.
struct SubscriberIdentity: Sendable {
    var accountID: String
    var personID: String
    var email: String

    /// The identity of `request`, or 401.
    static func of(_ request: Request, services: SandboxServices) async throws -> SubscriberIdentity {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError.unauthorized(
                "a Bearer access token is required", headers: [.wwwAuthenticate: "Bearer"])
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let claims = await services.tokens.verify(token) else {
            throw APIError.unauthorized(
                "invalid or expired access token",
                headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""])
        }
        let accountID = claims.sub.value
        let found: (String, String)? = try await services.database.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT personne_id, email FROM account WHERE account_id = ?",
                    arguments: [accountID]),
                let personID: String = row["personne_id"], let email: String = row["email"]
            else { return nil }
            return (personID, email)
        }
        guard let (personID, email) = found else {
            throw APIError.unauthorized("unknown account")
        }
        return SubscriberIdentity(accountID: accountID, personID: personID, email: email)
    }
}

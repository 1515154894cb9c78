import Foundation
import GRDB
import Hummingbird
import JSONAPI

/// Mon compte, our extension (docs/api.md), for a signed-in subscriber (plain JSON bodies):
///
/// - `POST subscriber/account/email {email, password}`: the current password proves it is him;
///   a code goes to the NEW address (outbox), which waits in `pending_email`; 202.
/// - `POST subscriber/account/email/confirm {code}`: the code makes the new address the login
///   (a notice goes to the old one); 200 with the account.
/// - `POST subscriber/token/revoke-others {refresh_token}`: every refresh-token family of the
///   account but the one of `refresh_token` (this session) dies; 200 `{"meta":{"revoked":n}}`.
struct AccountSettingsRoutes {
    let services: SandboxServices

    /// Registers the routes on the signed-in plain-JSON group.
    func register(objects: RouterGroup<SubscriberRequestContext>) {
        objects.post("account/email") { request, context in
            try await requestEmailChange(request, try context.requireIdentity())
        }
        objects.post("account/email/confirm") { request, context in
            try await confirmEmailChange(request, try context.requireIdentity())
        }
        objects.post("token/revoke-others") { request, context in
            try await revokeOthers(request, try context.requireIdentity())
        }
    }

    private func requestEmailChange(_ request: Request, _ identity: SubscriberIdentity) async throws
        -> Response
    {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let email = try JSONBody.string(body, "email").trimmingCharacters(in: .whitespaces).lowercased()
        let password = try JSONBody.string(body, "password")
        guard AccountRoutes.isEmailLike(email) else {
            throw APIError.refused(.member("email", .emailInvalid, "invalid e-mail address"))
        }
        try await checkPassword(password, identity, member: "password")
        try await services.database.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE email = ?", arguments: [email]) == true
            {
                throw APIError.refused(
                    .member("email", .emailTaken, "an account already uses this e-mail address"),
                    status: .conflict)
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO pending_email (account_id, email, created_at) VALUES (?, ?, ?)",
                arguments: [identity.accountID, email, Int(Date().timeIntervalSince1970)])
            try AccountCodes.send(db, accountID: identity.accountID, email: email, purpose: .email)
        }
        return try JSONAPIResponse.make(
            .object(["meta": .object(["status": .string("code-sent")])]), status: .accepted)
    }

    private func confirmEmailChange(_ request: Request, _ identity: SubscriberIdentity) async throws
        -> Response
    {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let code = try JSONBody.string(body, "code")
        let changed: String? = try await services.database.write { db in
            guard
                let email = try String.fetchOne(
                    db, sql: "SELECT email FROM pending_email WHERE account_id = ?",
                    arguments: [identity.accountID]),
                try AccountCodes.consume(db, accountID: identity.accountID, purpose: .email, code: code)
            else { return nil }
            // Someone may have taken the address since the code was sent.
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM account WHERE email = ? AND account_id <> ?",
                arguments: [email, identity.accountID]) == true
            {
                throw APIError.refused(
                    .member("email", .emailTaken, "an account already uses this e-mail address"),
                    status: .conflict)
            }
            try db.execute(
                sql: "UPDATE account SET email = ? WHERE account_id = ?",
                arguments: [email, identity.accountID])
            try db.execute(
                sql: "DELETE FROM pending_email WHERE account_id = ?", arguments: [identity.accountID])
            try db.execute(
                sql: "INSERT INTO outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)",
                arguments: [
                    identity.email, "Votre adresse de connexion a changé",
                    "Vous vous connectez désormais avec \(email). Si vous n'êtes pas à l'origine de ce changement, "
                        + "contactez le service des eaux.",
                    Int(Date().timeIntervalSince1970),
                ])
            return email
        }
        guard let changed else {
            throw APIError.refused(.member("code", .codeInvalid, "wrong or expired code"))
        }
        let created = try await services.database.read { db in
            try String.fetchOne(
                db, sql: "SELECT created_at FROM account WHERE account_id = ?",
                arguments: [identity.accountID])
        }
        return try JSONAPIResponse.make(
            .object([
                "jsonapi": JSONAPIResponse.jsonapiMember,
                "data": AccountRoutes.account(
                    id: identity.accountID, email: changed, verified: true, personID: identity.personID,
                    created: created),
            ]))
    }

    private func revokeOthers(_ request: Request, _ identity: SubscriberIdentity) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let token = try JSONBody.string(body, "refresh_token")
        let revoked: Int? = try await services.database.write { db in
            guard
                let family = try String.fetchOne(
                    db,
                    sql:
                        "SELECT family_id FROM refresh_token WHERE token_hash = ? AND account_id = ? AND revoked = 0",
                    arguments: [RefreshTokens.hash(token), identity.accountID])
            else { return nil }
            let others =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(DISTINCT family_id) FROM refresh_token
                        WHERE account_id = ? AND family_id <> ? AND revoked = 0
                        """, arguments: [identity.accountID, family]) ?? 0
            try db.execute(
                sql: "UPDATE refresh_token SET revoked = 1 WHERE account_id = ? AND family_id <> ?",
                arguments: [identity.accountID, family])
            return others
        }
        guard let revoked else {
            throw APIError.refused(
                .member("refresh_token", .codeInvalid, "refresh_token is not a live token of this account"))
        }
        return try JSONAPIResponse.make(.object(["meta": .object(["revoked": .number(Decimal(revoked))])]))
    }

    /// The current password of the account, or a 422 `old-password-wrong` on `member`.
    private func checkPassword(_ password: String, _ identity: SubscriberIdentity, member: String)
        async throws
    {
        let hash = try await services.database.read { db in
            try String.fetchOne(
                db, sql: "SELECT password_hash FROM account WHERE account_id = ?",
                arguments: [identity.accountID])
        }
        guard let hash, await PasswordHasher.verify(password, hash: hash) else {
            throw APIError.refused(.member(member, .oldPasswordWrong, "the current password is wrong"))
        }
    }
}

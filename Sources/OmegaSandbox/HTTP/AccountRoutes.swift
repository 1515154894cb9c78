import Foundation
import GRDB
import Hummingbird
import JSONAPI

/// `/api/v1/subscriber/account`, `token` and `password`: accounts, logins, tokens.
struct AccountRoutes {
    let services: SandboxServices

    /// Registers the routes open to anyone: account creation (a JSON:API document, on
    /// `documents`) and the token, verification and reset endpoints (plain JSON, on `objects`).
    func registerOpen(
        objects: RouterGroup<SandboxRequestContext>, documents: RouterGroup<SandboxRequestContext>
    ) {
        documents.post("account") { request, _ in try await createAccount(request) }
        objects.post("account/verify") { request, _ in try await verify(request) }
        objects.post("token") { request, context in try await login(request, address: context.remoteAddress) }
        objects.post("token/refresh") { request, _ in try await refresh(request) }
        objects.post("password/reset-request") { request, _ in try await resetRequest(request) }
        objects.post("password/reset") { request, _ in try await reset(request) }
    }

    /// Registers the routes of a signed-in subscriber: logout on `group`, the password change
    /// (plain JSON) on `objects`.
    func registerSignedIn(
        on group: RouterGroup<SubscriberRequestContext>, objects: RouterGroup<SubscriberRequestContext>
    ) {
        group.delete("token") { _, context in try await logout(try context.requireIdentity()) }
        objects.put("password") { request, context in
            try await changePassword(request, try context.requireIdentity())
        }
    }

    private func createAccount(_ request: Request) async throws -> Response {
        let resource = try JSONBody.resource(try await JSONBody.bytes(request))
        let attributes = resource.attributes
        let email = try JSONBody.string(attributes, "email", pointer: "/data/attributes").lowercased()
        let password = try JSONBody.string(attributes, "password", pointer: "/data/attributes")
        let contract = try JSONBody.string(attributes, "numcontrat", pointer: "/data/attributes")
        let invoice = try JSONBody.string(attributes, "nofacture", pointer: "/data/attributes")
        var refusals: [RuleRefusal] = []
        if !Self.isEmailLike(email) {
            refusals.append(.attribute("email", .emailInvalid, "invalid e-mail address"))
        }
        if !PasswordHasher.isStrong(password) {
            refusals.append(.attribute("password", .passwordWeak, PasswordHasher.rule))
        }
        guard refusals.isEmpty else { throw APIError.refused(refusals) }
        let hash = await PasswordHasher.hash(password)
        let accountID = UUID().uuidString.lowercased()
        let created = OmegaDates.format(Date())
        let personID: String = try await services.database.write { db in
            // The field at fault is named: the contract number alone opens nothing, and the
            // subscriber must know which of the two numbers to check on his invoice.
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM contrat WHERE numcontrat = ?", arguments: [contract]) == true
            else {
                throw APIError.refused(
                    .attribute("numcontrat", .contractUnknown, "no contract has this number"))
            }
            let person = try String.fetchOne(
                db,
                sql: """
                    SELECT coalesce(c.occupant_id, c.redevable_id) FROM contrat c
                    JOIN facture f ON f.contrat_id = c.contrat_id WHERE c.numcontrat = ? AND f.nofacture = ?
                    """, arguments: [contract, invoice])
            guard let person else {
                throw APIError.refused(
                    .attribute("nofacture", .invoiceMismatch, "no invoice of this contract has this number"))
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE email = ?", arguments: [email]) == true
            {
                throw APIError.refused(
                    .attribute("email", .emailTaken, "an account already uses this e-mail address"),
                    status: .conflict)
            }
            try db.execute(
                sql: """
                    INSERT INTO account (account_id, email, password_hash, verified, personne_id, created_at)
                    VALUES (?, ?, ?, 0, ?, ?)
                    """, arguments: [accountID, email, hash, person, created])
            try AccountCodes.send(db, accountID: accountID, email: email, purpose: .verify)
            return person
        }
        return try JSONAPIResponse.make(
            .object([
                "jsonapi": JSONAPIResponse.jsonapiMember,
                "data": Self.account(
                    id: accountID, email: email, verified: false, personID: personID, created: created),
            ]), status: .created)
    }

    private func verify(_ request: Request) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let email = try JSONBody.string(body, "email").lowercased()
        let code = try JSONBody.string(body, "code")
        typealias Verified = (id: String, email: String, personID: String, created: String)
        let verified: Verified? = try await services.database.write { db in
            guard
                let account = try Row.fetchOne(
                    db, sql: "SELECT * FROM account WHERE email = ?", arguments: [email]),
                let id: String = account["account_id"],
                try AccountCodes.consume(db, accountID: id, purpose: .verify, code: code)
            else { return nil }
            try db.execute(sql: "UPDATE account SET verified = 1 WHERE account_id = ?", arguments: [id])
            return (id, account["email"] ?? email, account["personne_id"] ?? "", account["created_at"] ?? "")
        }
        guard let verified else {
            throw APIError.refused(.member("code", .codeInvalid, "wrong or expired code"))
        }
        return try JSONAPIResponse.make(
            .object([
                "jsonapi": JSONAPIResponse.jsonapiMember,
                "data": Self.account(
                    id: verified.id, email: verified.email, verified: true, personID: verified.personID,
                    created: verified.created),
            ]))
    }

    private func login(_ request: Request, address: String) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let email = try JSONBody.string(body, "email").lowercased()
        let password = try JSONBody.string(body, "password")
        let ticket: LoginRateLimiter.Ticket
        switch await services.rateLimiter.admit(account: email, address: address) {
        case .admitted(let admitted): ticket = admitted
        case .refused(let wait):
            throw APIError(
                .tooManyRequests, title: "Too Many Requests",
                detail: "too many failed logins; try again later",
                headers: [.retryAfter: String(wait)])
        }
        typealias Stored = (hash: String, accountID: String, verified: Bool)
        let stored: Stored? = try await services.database.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM account WHERE email = ?", arguments: [email]),
                let hash: String = row["password_hash"], let accountID: String = row["account_id"]
            else { return nil }
            return (hash, accountID, (row["verified"] as Int?) == 1)
        }
        // The attempt already counts as a failure; only the right password takes it back.
        guard let stored, await PasswordHasher.verify(password, hash: stored.hash) else {
            throw APIError.unauthorized("wrong e-mail or password")
        }
        await services.rateLimiter.succeeded(ticket)
        let accountID = stored.accountID
        guard stored.verified else { throw APIError.forbidden("the e-mail address is not verified yet") }
        let refresh = try await services.database.write { db in
            try RefreshTokens.issue(db, accountID: accountID)
        }
        return try await tokenPair(accountID: accountID, refresh: refresh)
    }

    private func refresh(_ request: Request) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let token = try JSONBody.string(body, "refresh_token")
        let outcome = try await services.database.write { db in try RefreshTokens.rotate(db, token: token) }
        guard case .rotated(let accountID, let next) = outcome else {
            throw APIError.unauthorized("invalid refresh token")
        }
        return try await tokenPair(accountID: accountID, refresh: next)
    }

    private func logout(_ identity: SubscriberIdentity) async throws -> Response {
        try await services.database.write { db in
            try RefreshTokens.revokeAll(db, accountID: identity.accountID)
        }
        return JSONAPIResponse.noContent()
    }

    private func resetRequest(_ request: Request) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let email = try JSONBody.string(body, "email").lowercased()
        try await services.database.write { db in
            if let id = try String.fetchOne(
                db, sql: "SELECT account_id FROM account WHERE email = ?", arguments: [email])
            {
                try AccountCodes.send(db, accountID: id, email: email, purpose: .reset)
            }
        }
        // 202 whether or not the address exists: no enumeration.
        return try JSONAPIResponse.make(
            .object(["meta": .object(["status": .string("accepted")])]), status: .accepted)
    }

    private func reset(_ request: Request) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let email = try JSONBody.string(body, "email").lowercased()
        let code = try JSONBody.string(body, "code")
        let password = try JSONBody.string(body, "password")
        guard PasswordHasher.isStrong(password) else {
            throw APIError.refused(.member("password", .passwordWeak, PasswordHasher.rule))
        }
        let hash = await PasswordHasher.hash(password)
        let done = try await services.database.write { db -> Bool in
            guard
                let id = try String.fetchOne(
                    db, sql: "SELECT account_id FROM account WHERE email = ?", arguments: [email]),
                try AccountCodes.consume(db, accountID: id, purpose: .reset, code: code)
            else { return false }
            try db.execute(
                sql: "UPDATE account SET password_hash = ? WHERE account_id = ?", arguments: [hash, id])
            try RefreshTokens.revokeAll(db, accountID: id)
            return true
        }
        guard done else { throw APIError.refused(.member("code", .codeInvalid, "wrong or expired code")) }
        return JSONAPIResponse.noContent()
    }

    private func changePassword(_ request: Request, _ identity: SubscriberIdentity) async throws -> Response {
        let body = try JSONBody.object(try await JSONBody.bytes(request))
        let old = try JSONBody.string(body, "old_password")
        let password = try JSONBody.string(body, "password")
        let current = try await services.database.read { db in
            try String.fetchOne(
                db, sql: "SELECT password_hash FROM account WHERE account_id = ?",
                arguments: [identity.accountID])
        }
        guard let current, await PasswordHasher.verify(old, hash: current) else {
            throw APIError.refused(
                .member("old_password", .oldPasswordWrong, "the current password is wrong"))
        }
        guard PasswordHasher.isStrong(password) else {
            throw APIError.refused(.member("password", .passwordWeak, PasswordHasher.rule))
        }
        let hash = await PasswordHasher.hash(password)
        try await services.database.write { db in
            try db.execute(
                sql: "UPDATE account SET password_hash = ? WHERE account_id = ?",
                arguments: [hash, identity.accountID])
        }
        return JSONAPIResponse.noContent()
    }

    private func tokenPair(accountID: String, refresh: String) async throws -> Response {
        let access = try await services.tokens.issue(accountID: accountID)
        let body: JSONValue = .object([
            "access_token": .string(access), "expires_in": .number(Decimal(Int(AccessTokenIssuer.lifetime))),
            "refresh_token": .string(refresh),
            "refresh_expires_in": .number(Decimal(Int(RefreshTokens.lifetime))),
            "token_type": .string("bearer"),
        ])
        return try JSONAPIResponse.make(body, headers: [.cacheControl: "no-store"])
    }

    /// Something before an `@` and a dot after it: the same rule as a contact change's e-mail.
    static func isEmailLike(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@"), at != text.startIndex else { return false }
        let domain = text[text.index(after: at)...]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
            && !domain.contains("@")
    }

    /// A `Subscriber_Account` resource.
    static func account(id: String?, email: String?, verified: Bool, personID: String?, created: String?)
        -> JSONValue
    {
        .object([
            "type": .string("Subscriber_Account"), "id": .string(id ?? ""),
            "attributes": .object([
                "account_id": .string(id ?? ""), "email": .string(email ?? ""),
                "verified": .string(verified ? "1" : "0"),
                "personne_id": personID.map(JSONValue.string) ?? .null,
                "created_at": created.map(JSONValue.string) ?? .null,
            ]),
            "relationships": .object([
                "personne": .object([
                    "data": personID.map {
                        .object(["type": .string("Partner_Personne"), "id": .string($0)])
                    } ?? .null
                ])
            ]),
        ])
    }
}

/// Omega's local-time date text (`YYYY-MM-DD HH:MM:SS`, Europe/Paris).
enum OmegaDates {
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
    }
}

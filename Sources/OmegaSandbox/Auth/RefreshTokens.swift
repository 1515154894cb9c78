import Crypto
import Foundation
import GRDB

/// Rotating refresh tokens (2 h), stored as SHA-256 hashes in `refresh_token`.
///
/// Each login starts a family; a refresh kills the presented token and issues the next one
/// in the same family. Presenting a dead token again means it was stolen or replayed, so the
/// whole family is revoked.
enum RefreshTokens {
    static let lifetime: TimeInterval = 2 * 60 * 60

    enum Outcome {
        case rotated(accountID: String, token: String)
        case invalid
    }

    /// A new token, in a new family unless `family` is given.
    static func issue(_ db: Database, accountID: String, family: String? = nil, now: Date = Date()) throws
        -> String
    {
        let token = randomToken()
        try db.execute(
            sql: """
                INSERT INTO refresh_token (token_hash, account_id, family_id, expires_at, revoked, created_at)
                VALUES (?, ?, ?, ?, 0, ?)
                """,
            arguments: [
                hash(token), accountID, family ?? UUID().uuidString,
                Int(now.addingTimeInterval(lifetime).timeIntervalSince1970),
                Int(now.timeIntervalSince1970),
            ])
        return token
    }

    /// Rotates `token`; a reused (revoked) token revokes its whole family.
    static func rotate(_ db: Database, token: String, now: Date = Date()) throws -> Outcome {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT account_id, family_id, expires_at, revoked FROM refresh_token WHERE token_hash = ?",
                arguments: [hash(token)])
        else { return .invalid }
        guard let accountID: String = row["account_id"], let family: String = row["family_id"] else {
            return .invalid
        }
        if (row["revoked"] as Int? ?? 1) != 0 {
            try revokeFamily(db, family: family)
            return .invalid
        }
        guard (row["expires_at"] as Int? ?? 0) > Int(now.timeIntervalSince1970) else { return .invalid }
        try db.execute(
            sql: "UPDATE refresh_token SET revoked = 1 WHERE token_hash = ?", arguments: [hash(token)])
        return .rotated(
            accountID: accountID, token: try issue(db, accountID: accountID, family: family, now: now))
    }

    static func revokeFamily(_ db: Database, family: String) throws {
        try db.execute(sql: "UPDATE refresh_token SET revoked = 1 WHERE family_id = ?", arguments: [family])
    }

    static func revokeAll(_ db: Database, accountID: String) throws {
        try db.execute(
            sql: "UPDATE refresh_token SET revoked = 1 WHERE account_id = ?", arguments: [accountID])
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// 32 random bytes, base64url.
    static func randomToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

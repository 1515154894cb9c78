import Foundation
import GRDB

/// Six-digit codes (e-mail verification, password reset) stored hashed in `account_code`
/// and "sent" by writing to the `outbox` table instead of mailing.
enum AccountCodes {
    static let lifetime: TimeInterval = 30 * 60
    static let maximumAttempts = 5

    enum Purpose: String {
        case verify, reset
        /// Confirming a new login address (sent to the new address).
        case email

        /// The subject of the mail carrying the code.
        var subject: String {
            switch self {
            case .verify: return "Votre code de vérification"
            case .reset: return "Réinitialisation du mot de passe"
            case .email: return "Confirmez votre nouvelle adresse de connexion"
            }
        }
    }

    /// Creates a code for `accountID` and writes the message to the outbox.
    static func send(_ db: Database, accountID: String, email: String, purpose: Purpose, now: Date = Date())
        throws
    {
        let code = String(format: "%06d", Int.random(in: 0..<1_000_000))
        try db.execute(
            sql: "UPDATE account_code SET used = 1 WHERE account_id = ? AND purpose = ?",
            arguments: [accountID, purpose.rawValue])
        try db.execute(
            sql: """
                INSERT INTO account_code (account_id, purpose, code_hash, expires_at, attempts, used)
                VALUES (?, ?, ?, ?, 0, 0)
                """,
            arguments: [
                accountID, purpose.rawValue, RefreshTokens.hash(code),
                Int(now.addingTimeInterval(lifetime).timeIntervalSince1970),
            ])
        let subject = purpose.subject
        try db.execute(
            sql: "INSERT INTO outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)",
            arguments: [
                email, subject, "Votre code : \(code) (valable 30 minutes).", Int(now.timeIntervalSince1970),
            ])
    }

    /// True (and the code consumed) when `code` is the live code; each wrong try counts, and
    /// after 5 the code dies.
    static func consume(_ db: Database, accountID: String, purpose: Purpose, code: String, now: Date = Date())
        throws
        -> Bool
    {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, code_hash, expires_at, attempts FROM account_code
                    WHERE account_id = ? AND purpose = ? AND used = 0 ORDER BY id DESC LIMIT 1
                    """, arguments: [accountID, purpose.rawValue])
        else { return false }
        guard let id: Int64 = row["id"] else { return false }
        guard (row["expires_at"] as Int? ?? 0) > Int(now.timeIntervalSince1970),
            (row["attempts"] as Int? ?? maximumAttempts) < maximumAttempts
        else { return false }
        guard RefreshTokens.hash(code) == (row["code_hash"] as String? ?? "") else {
            try db.execute(
                sql: "UPDATE account_code SET attempts = attempts + 1 WHERE id = ?", arguments: [id])
            return false
        }
        try db.execute(sql: "UPDATE account_code SET used = 1 WHERE id = ?", arguments: [id])
        return true
    }
}

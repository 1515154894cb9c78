import Foundation
import GRDB

/// Refresh tokens (stored hashed, in families) and login attempts (for the rate limit).
extension SandboxStore {
    /// Stores a newly issued refresh token.
    public func insertRefreshToken(_ record: RefreshTokenRecord) async throws {
        try await pool.write { db in try Self.insertRefreshToken(db, record) }
    }

    private static func insertRefreshToken(_ db: Database, _ record: RefreshTokenRecord) throws {
        try db.execute(
            sql: """
                INSERT INTO refresh_token (token_hash, account_id, family_id, expires_at, revoked, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.tokenHash, record.accountId, record.familyId,
                Int64(record.expiresAt.timeIntervalSince1970),
                record.revoked, Int64(record.createdAt.timeIntervalSince1970),
            ])
    }

    /// The refresh token with this hash (live or dead), or `nil`.
    public func refreshToken(hash: String) async throws -> RefreshTokenRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM refresh_token WHERE token_hash = ?", arguments: [hash])
                .map {
                    row in
                    RefreshTokenRecord(
                        tokenHash: row["token_hash"], accountId: row["account_id"],
                        familyId: row["family_id"],
                        expiresAt: Date(timeIntervalSince1970: TimeInterval(row["expires_at"] as Int64)),
                        revoked: row["revoked"],
                        createdAt: Date(timeIntervalSince1970: TimeInterval(row["created_at"] as Int64)))
                }
        }
    }

    /// Rotation in one transaction: kills the token `oldHash` and stores `replacement` (same
    /// family), but only if the old token was still live and unexpired at `now`.
    ///
    /// - Returns: `true` when rotated; `false` when the old token was unknown, dead or expired
    ///   (nothing is stored; on reuse of a dead token the caller revokes the family).
    public func rotateRefreshToken(oldHash: String, replacement: RefreshTokenRecord, now: Date = Date())
        async throws
        -> Bool
    {
        try await pool.write { db in
            try db.execute(
                sql:
                    "UPDATE refresh_token SET revoked = 1 WHERE token_hash = ? AND revoked = 0 AND expires_at > ?",
                arguments: [oldHash, Int64(now.timeIntervalSince1970)])
            guard db.changesCount == 1 else { return false }
            try Self.insertRefreshToken(db, replacement)
            return true
        }
    }

    /// Kills one refresh token (logout).
    public func revokeRefreshToken(hash: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE refresh_token SET revoked = 1 WHERE token_hash = ?", arguments: [hash])
        }
    }

    /// Kills every token of a family (reuse of a dead token).
    public func revokeRefreshTokenFamily(_ familyId: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE refresh_token SET revoked = 1 WHERE family_id = ?", arguments: [familyId])
        }
    }

    /// Kills every token of an account (password reset).
    public func revokeRefreshTokens(accountId: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE refresh_token SET revoked = 1 WHERE account_id = ?", arguments: [accountId])
        }
    }

    /// Records a login attempt for the rate limit.
    public func recordLoginAttempt(email: String, address: String, success: Bool, at now: Date = Date())
        async throws
    {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO login_attempt (email, address, ts, success) VALUES (?, ?, ?, ?)",
                arguments: [email, address, Int64(now.timeIntervalSince1970), success])
        }
    }

    /// The instants of failed logins since `since` for this e-mail (case-insensitive) or,
    /// separately, for this address, oldest first: the caller compares the counts with its
    /// limit and derives `Retry-After` from the oldest.
    public func failedLogins(
        email: String, address: String, since: Date
    ) async throws -> (forEmail: [Date], forAddress: [Date]) {
        let floor = Int64(since.timeIntervalSince1970)
        return try await pool.read { db in
            let forEmail = try Int64.fetchAll(
                db,
                sql: "SELECT ts FROM login_attempt WHERE email = ? AND success = 0 AND ts >= ? ORDER BY ts",
                arguments: [email, floor])
            let forAddress = try Int64.fetchAll(
                db,
                sql: "SELECT ts FROM login_attempt WHERE address = ? AND success = 0 AND ts >= ? ORDER BY ts",
                arguments: [address, floor])
            let toDate = { (seconds: Int64) in Date(timeIntervalSince1970: TimeInterval(seconds)) }
            return (forEmail.map(toDate), forAddress.map(toDate))
        }
    }
}

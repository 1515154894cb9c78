import Foundation
import GRDB
import OmegaClient

/// Subscriber accounts, one-time codes and the mail outbox.
extension SandboxStore {
    /// Creates an account for `personneId`.
    ///
    /// - Parameter passwordHash: the bcrypt hash (the HTTP layer hashes; the store never sees
    ///   a password).
    /// - Throws: ``StoreError/emailTaken`` when the e-mail (case-insensitive) has an account.
    @discardableResult
    public func insertAccount(
        email: String, passwordHash: String, personneId: String, verified: Bool = false, at now: Date = Date()
    ) async throws -> AccountRecord {
        try await pool.write { db in
            try Self.insertAccount(
                db, email: email, passwordHash: passwordHash, personneId: personneId, verified: verified,
                at: now)
        }
    }

    static func insertAccount(
        _ db: Database, email: String, passwordHash: String, personneId: String, verified: Bool, at now: Date
    ) throws -> AccountRecord {
        let taken =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE email = ?)", arguments: [email]) ?? false
        guard !taken else { throw StoreError.emailTaken }
        let id = try nextId(db, table: "account", column: "account_id", floor: 5000)
        let record = AccountRecord(
            id: id, email: email, passwordHash: passwordHash, verified: verified, personneId: personneId,
            createdAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
        try db.execute(
            sql: """
                INSERT INTO account (account_id, email, password_hash, verified, personne_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, email, passwordHash, verified, personneId, OmegaDateText.format(record.createdAt),
            ])
        return record
    }

    /// The account with this e-mail (case-insensitive), or `nil`.
    public func account(email: String) async throws -> AccountRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE email = ?", arguments: [email]).map(
                Self.account)
        }
    }

    /// The account with this id, or `nil`.
    public func account(id: String) async throws -> AccountRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE account_id = ?", arguments: [id]).map(
                Self.account)
        }
    }

    /// Marks the account's e-mail as verified.
    public func setVerified(accountId: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE account SET verified = 1 WHERE account_id = ?", arguments: [accountId])
        }
    }

    /// Replaces the account's password hash.
    public func setPasswordHash(accountId: String, passwordHash: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE account SET password_hash = ? WHERE account_id = ?",
                arguments: [passwordHash, accountId])
        }
    }

    /// Proof of ownership for account creation: the payer (`redevable`) of the contract
    /// numbered `numeroContrat` if one of its invoices is numbered `numeroFacture`, else `nil`.
    public func personneProvingOwnership(numeroContrat: String, numeroFacture: String) async throws -> String?
    {
        try await pool.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT c.redevable_id FROM contrat c JOIN facture f ON f.contrat_id = c.contrat_id
                    WHERE c.numcontrat = ? AND f.nofacture = ? LIMIT 1
                    """, arguments: [numeroContrat, numeroFacture])
        }
    }

    private static func account(_ row: Row) -> AccountRecord {
        let created: String = row["created_at"]
        return AccountRecord(
            id: row["account_id"], email: row["email"], passwordHash: row["password_hash"],
            verified: row["verified"],
            personneId: row["personne_id"],
            createdAt: OmegaDateText.parse(created) ?? Date(timeIntervalSince1970: 0))
    }
}

// MARK: - One-time codes

extension SandboxStore {
    /// Stores a new code for the account and purpose; earlier unused codes of that purpose die.
    @discardableResult
    public func insertCode(
        accountId: String, purpose: CodePurpose, codeHash: String, expiresAt: Date
    ) async throws -> CodeRecord {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE account_code SET used = 1 WHERE account_id = ? AND purpose = ? AND used = 0",
                arguments: [accountId, purpose.rawValue])
            try db.execute(
                sql:
                    "INSERT INTO account_code (account_id, purpose, code_hash, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [accountId, purpose.rawValue, codeHash, Int64(expiresAt.timeIntervalSince1970)])
            return CodeRecord(
                id: db.lastInsertedRowID, accountId: accountId, purpose: purpose, codeHash: codeHash,
                expiresAt: Date(timeIntervalSince1970: expiresAt.timeIntervalSince1970.rounded(.down)),
                attempts: 0,
                used: false)
        }
    }

    /// The latest unused code of the account for `purpose` (expired or not: check
    /// ``CodeRecord/expiresAt`` and ``CodeRecord/attempts``), or `nil`.
    public func currentCode(accountId: String, purpose: CodePurpose) async throws -> CodeRecord? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM account_code WHERE account_id = ? AND purpose = ? AND used = 0
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [accountId, purpose.rawValue]
            ).map { row in
                CodeRecord(
                    id: row["id"], accountId: row["account_id"], purpose: purpose, codeHash: row["code_hash"],
                    expiresAt: Date(timeIntervalSince1970: TimeInterval(row["expires_at"] as Int64)),
                    attempts: row["attempts"], used: row["used"])
            }
        }
    }

    /// Counts one wrong try on a code and returns the new count.
    public func recordCodeAttempt(codeId: Int64) async throws -> Int {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE account_code SET attempts = attempts + 1 WHERE id = ?", arguments: [codeId])
            return try Int.fetchOne(
                db, sql: "SELECT attempts FROM account_code WHERE id = ?", arguments: [codeId]) ?? 0
        }
    }

    /// Consumes a code (it can no longer be used).
    public func markCodeUsed(codeId: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE account_code SET used = 1 WHERE id = ?", arguments: [codeId])
        }
    }
}

// MARK: - Outbox

extension SandboxStore {
    /// "Sends" a mail: writes it to the outbox.
    @discardableResult
    public func appendOutbox(recipient: String, subject: String, body: String, at now: Date = Date())
        async throws
        -> OutboxMail
    {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)",
                arguments: [recipient, subject, body, Int64(now.timeIntervalSince1970)])
            return OutboxMail(
                id: db.lastInsertedRowID, recipient: recipient, subject: subject, body: body,
                createdAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
        }
    }

    /// The outbox, oldest first, optionally for one recipient only.
    public func outbox(recipient: String? = nil) async throws -> [OutboxMail] {
        try await pool.read { db in
            let rows =
                if let recipient {
                    try Row.fetchAll(
                        db, sql: "SELECT * FROM outbox WHERE recipient = ? COLLATE NOCASE ORDER BY id",
                        arguments: [recipient])
                } else {
                    try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id")
                }
            return rows.map { row in
                OutboxMail(
                    id: row["id"], recipient: row["recipient"], subject: row["subject"], body: row["body"],
                    createdAt: Date(timeIntervalSince1970: TimeInterval(row["created_at"] as Int64)))
            }
        }
    }
}

import Crypto
import Foundation
import GRDB
import Hummingbird

/// `Idempotency-Key`: the same key with the same body replays the first answer; with
/// another body, 409. Answers are kept in the `idempotency` table.
enum Idempotency {
    struct Stored {
        var status: Int
        var body: Data
    }

    /// The longest key kept (a UUID is 36 characters).
    static let maximumKeyLength = 200

    /// The `Idempotency-Key` header, nil when absent; 400 when empty, longer than
    /// ``maximumKeyLength`` or not printable ASCII (it is stored and compared as sent).
    static func key(_ header: String?) throws(APIError) -> String? {
        guard let header else { return nil }
        guard (1...maximumKeyLength).contains(header.utf8.count),
            header.utf8.allSatisfy({ (0x21...0x7E).contains($0) })
        else {
            throw APIError(
                .badRequest, title: "Bad Request",
                detail: "Idempotency-Key must be 1 to \(maximumKeyLength) printable ASCII characters",
                header: "Idempotency-Key")
        }
        return header
    }

    static func fingerprint(method: String, path: String, body: [UInt8]) -> String {
        let input = Array("\(method) \(path)\n".utf8) + body
        return SHA256.hash(data: input).map { String(format: "%02x", $0) }.joined()
    }

    /// The earlier answer for `key`, nil when the key is new; 409 when it was used with another body.
    static func lookup(_ db: Database, scope: String, key: String, fingerprint: String) throws -> Stored? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT body_hash, status, response FROM idempotency WHERE scope = ? AND key = ?",
                arguments: [scope, key])
        else { return nil }
        guard (row["body_hash"] as String?) == fingerprint else {
            throw APIError.conflict("this Idempotency-Key was already used with another request body")
        }
        return Stored(status: row["status"] ?? 500, body: row["response"] ?? Data())
    }

    static func save(_ db: Database, scope: String, key: String, fingerprint: String, status: Int, body: Data)
        throws
    {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO idempotency (scope, key, body_hash, status, response, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [scope, key, fingerprint, status, body, Int(Date().timeIntervalSince1970)])
    }
}

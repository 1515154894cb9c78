import Crypto
import Foundation
import GRDB

extension SandboxStore {
    /// A SHA-256 over every business row (tables in a fixed order, rows by id, values as
    /// text): two stores with the same population have the same fingerprint. Used to check
    /// that demo generation is deterministic.
    public func populationFingerprint() async throws -> String {
        try await pool.read { db in
            var hasher = SHA256()
            for table in StoreTable.all where table.name != "request" && table.name != "request_event" {
                hasher.update(data: Data("#\(table.name)\n".utf8))
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.idColumn)")
                while let row = try rows.next() {
                    var line = ""
                    for (column, value) in row {
                        line += "\(column)=\(value.description);"
                    }
                    hasher.update(data: Data((line + "\n").utf8))
                }
            }
            return hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
    }
}

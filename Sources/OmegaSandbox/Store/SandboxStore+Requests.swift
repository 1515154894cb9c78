import Foundation
import GRDB
import OmegaClient

/// Requests (demandes), their history, and idempotency records.
extension SandboxStore {
    /// Files a request: a new `Partner_Request` row and its first history event, in one
    /// transaction. Ids are increasing decimal strings (from 100001).
    public func insertRequest(_ nouvelle: NouvelleDemande, at now: Date = Date()) async throws -> Demande {
        try await pool.write { db in
            let id = try Self.nextId(db, table: "request", column: "req_id", floor: 100_000)
            let ts = OmegaDateText.format(now)
            let communeId = try Self.communeOfRequest(db, nouvelle)
            try db.execute(
                sql: """
                    INSERT INTO request (req_id, req_code, req_status, req_title, req_ts, req_summary, payload,
                      agent, comment, account_id, partner_id, contrat_id, pconso_id, personne_id, ni, dateni, commune_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, nouvelle.code.rawValue, nouvelle.statut.rawValue, nouvelle.titre, ts, nouvelle.resume,
                    String(decoding: nouvelle.payload, as: UTF8.self), nouvelle.agent, nouvelle.accountId,
                    nouvelle.partnerId, nouvelle.contratId, nouvelle.pointConsoId, nouvelle.personneId,
                    nouvelle.nouvelIndex, nouvelle.dateNouvelIndex.map(OmegaDateText.format), communeId,
                ])
            try Self.insertEvent(
                db, requestId: id, status: nouvelle.statut, comment: nil, agent: nouvelle.agent, ts: ts)
            guard let demande = try Self.request(db, id: id) else {
                throw StoreError.notFound(type: Demande.resourceType, id: id)
            }
            return demande
        }
    }

    /// The request with this id, or `nil`.
    public func request(id: String) async throws -> Demande? {
        try await pool.read { db in try Self.request(db, id: id) }
    }

    static func request(_ db: Database, id: String) throws -> Demande? {
        try StoreRow.fetchOne(
            Demande.self, db, sql: "SELECT * FROM request WHERE req_id = ?", arguments: [id])
    }

    /// The request `id` if the account filed it, else `nil` (answer 404).
    public func request(id: String, forAccount accountId: String) async throws -> Demande? {
        try await pool.read { db in
            try StoreRow.fetchOne(
                Demande.self, db, sql: "SELECT * FROM request WHERE req_id = ? AND account_id = ?",
                arguments: [id, accountId])
        }
    }

    /// The account's requests, newest first.
    public func requests(forAccount accountId: String) async throws -> [Demande] {
        try await pool.read { db in
            try StoreRow.fetchAll(
                Demande.self, db,
                sql: "SELECT * FROM request WHERE account_id = ? ORDER BY CAST(req_id AS INTEGER) DESC",
                arguments: [accountId])
        }
    }

    /// The requests in one of `statuses` (all when empty), oldest first: the review queue.
    public func requests(statuses: [StatutDemande] = []) async throws -> [Demande] {
        try await pool.read { db in try Self.requests(db, statuses: statuses) }
    }

    static func requests(_ db: Database, statuses: [StatutDemande]) throws -> [Demande] {
        if statuses.isEmpty {
            return try StoreRow.fetchAll(
                Demande.self, db, sql: "SELECT * FROM request ORDER BY CAST(req_id AS INTEGER)")
        }
        return try StoreRow.fetchAll(
            Demande.self, db,
            sql: """
                SELECT * FROM request WHERE req_status IN (\(placeholders(statuses.count)))
                ORDER BY CAST(req_id AS INTEGER)
                """, arguments: StatementArguments(statuses.map(\.rawValue)))
    }

    /// The stored body of a request (the JSON:API resource as received), or `nil`.
    public func requestPayload(id: String) async throws -> Data? {
        try await pool.read { db in try Self.requestPayload(db, id: id) }
    }

    static func requestPayload(_ db: Database, id: String) throws -> Data? {
        try String.fetchOne(db, sql: "SELECT payload FROM request WHERE req_id = ?", arguments: [id]).map {
            Data($0.utf8)
        }
    }

    /// The history of a request, oldest first.
    public func history(requestId: String) async throws -> [EvenementDemande] {
        try await pool.read { db in
            try StoreRow.fetchAll(
                EvenementDemande.self, db,
                sql: "SELECT * FROM request_event WHERE req_id = ? ORDER BY event_id",
                arguments: [requestId])
        }
    }

    /// Moves a request to `status`: updates its status, timestamp and (when given) comment, and
    /// appends a history event, in one transaction. Does not judge whether the move is allowed
    /// (``ReviewService`` does).
    ///
    /// - Parameter expected: when given, the move happens only if the request is still in that
    ///   status; otherwise ``StoreError/statusChanged(requestId:current:)`` is thrown.
    /// - Returns: the request after the move.
    @discardableResult
    public func appendEvent(
        requestId: String, status: StatutDemande, comment: String? = nil, agent: String? = nil,
        expected: StatutDemande? = nil, at now: Date = Date()
    ) async throws -> Demande {
        try await pool.write { db in
            try Self.appendEvent(
                db, requestId: requestId, status: status, comment: comment, agent: agent, expected: expected,
                at: now)
        }
    }

    static func appendEvent(
        _ db: Database, requestId: String, status: StatutDemande, comment: String?, agent: String?,
        expected: StatutDemande?, at now: Date
    ) throws -> Demande {
        guard let current = try request(db, id: requestId) else {
            throw StoreError.notFound(type: Demande.resourceType, id: requestId)
        }
        if let expected, current.statut != expected {
            throw StoreError.statusChanged(requestId: requestId, current: current.statut?.rawValue ?? "")
        }
        let ts = OmegaDateText.format(now)
        try db.execute(
            sql:
                "UPDATE request SET req_status = ?, req_ts = ?, comment = COALESCE(?, comment) WHERE req_id = ?",
            arguments: [status.rawValue, ts, comment, requestId])
        try insertEvent(db, requestId: requestId, status: status, comment: comment, agent: agent, ts: ts)
        guard let moved = try request(db, id: requestId) else {
            throw StoreError.notFound(type: Demande.resourceType, id: requestId)
        }
        return moved
    }

    private static func insertEvent(
        _ db: Database, requestId: String, status: StatutDemande, comment: String?, agent: String?, ts: String
    ) throws {
        try db.execute(
            sql: "INSERT INTO request_event (req_id, status, ts, comment, agent) VALUES (?, ?, ?, ?, ?)",
            arguments: [requestId, status.rawValue, ts, comment, agent])
    }

    private static func communeOfRequest(_ db: Database, _ nouvelle: NouvelleDemande) throws -> String? {
        if let contratId = nouvelle.contratId {
            return try String.fetchOne(
                db, sql: "SELECT commune_id FROM contrat WHERE contrat_id = ?", arguments: [contratId])
        }
        if let pointConsoId = nouvelle.pointConsoId {
            return try String.fetchOne(
                db, sql: "SELECT commune_id FROM pconso WHERE pconso_id = ?", arguments: [pointConsoId])
        }
        if let personneId = nouvelle.personneId {
            return try String.fetchOne(
                db, sql: "SELECT commune_id FROM personne WHERE personne_id = ?", arguments: [personneId])
        }
        return nil
    }
}

// MARK: - Idempotency

extension SandboxStore {
    /// The first answer given for `(scope, key)`, or `nil`.
    public func idempotencyRecord(scope: String, key: String) async throws -> IdempotencyRecord? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM idempotency WHERE scope = ? AND key = ?", arguments: [scope, key]
            ).map { row in
                IdempotencyRecord(
                    scope: row["scope"], key: row["key"], bodyHash: row["body_hash"], status: row["status"],
                    response: row["response"],
                    createdAt: Date(timeIntervalSince1970: TimeInterval(row["created_at"] as Int64)))
            }
        }
    }

    /// Stores the first answer for `(scope, key)`.
    ///
    /// - Throws: ``StoreError/duplicateIdempotencyKey`` when a record already exists (a
    ///   concurrent request with the same key won the race: read it back).
    public func saveIdempotencyRecord(_ record: IdempotencyRecord) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO idempotency (scope, key, body_hash, status, response, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.scope, record.key, record.bodyHash, record.status, record.response,
                    Int64(record.createdAt.timeIntervalSince1970),
                ])
            guard db.changesCount == 1 else { throw StoreError.duplicateIdempotencyKey }
        }
    }
}

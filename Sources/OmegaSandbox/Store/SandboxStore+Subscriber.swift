import Foundation
import GRDB
import JSONAPI
import OmegaClient

/// Reads scoped to one subscriber: his contracts, their readings and invoices, the payable
/// invoice, the service's messages.
extension SandboxStore {
    /// The contracts the account's person holds, as occupant or payer, by contract number.
    public func contracts(forAccount accountId: String) async throws -> [Contrat] {
        try await pool.read { db in
            try StoreRow.fetchAll(
                Contrat.self, db,
                sql: """
                    SELECT c.* FROM contrat c JOIN account a
                      ON c.occupant_id = a.personne_id OR c.redevable_id = a.personne_id
                    WHERE a.account_id = ? ORDER BY c.numcontrat
                    """, arguments: [accountId])
        }
    }

    /// The contract `contratId` if the account holds it, else `nil` (answer 404, never the data).
    public func contract(id contratId: String, forAccount accountId: String) async throws -> Contrat? {
        try await pool.read { db in
            try StoreRow.fetchOne(
                Contrat.self, db,
                sql: """
                    SELECT c.* FROM contrat c JOIN account a
                      ON c.occupant_id = a.personne_id OR c.redevable_id = a.personne_id
                    WHERE a.account_id = ? AND c.contrat_id = ?
                    """, arguments: [accountId, contratId])
        }
    }

    /// Whether the account holds the consumption point (through one of its contracts).
    public func accountHoldsPoint(accountId: String, pointConsoId: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM contrat c JOIN account a
                      ON c.occupant_id = a.personne_id OR c.redevable_id = a.personne_id
                    WHERE a.account_id = ? AND c.pconso_id = ?)
                    """, arguments: [accountId, pointConsoId]) ?? false
        }
    }

    /// The readings of the contract's point while the contract ran, newest first.
    public func readings(contratId: String, offset: Int = 0, limit: Int = 20) async throws -> Page<Releve> {
        let from = """
            FROM contrat c JOIN releve t ON t.pconso_id = c.pconso_id
            WHERE c.contrat_id = ? AND t.dateni >= c.datedeb AND (c.datefin IS NULL OR t.dateni <= c.datefin)
            """
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from)", arguments: [contratId]) ?? 0
            let items = try StoreRow.fetchAll(
                Releve.self, db,
                sql: "SELECT t.* \(from) ORDER BY t.dateni DESC, t.releve_id DESC LIMIT ? OFFSET ?",
                arguments: [contratId, max(0, limit), max(0, offset)])
            return Page(items: items, total: total, offset: offset, limit: limit)
        }
    }

    /// The latest reading of a consumption point, or `nil` when it has none.
    public func lastReading(pointConsoId: String) async throws -> Releve? {
        try await pool.read { db in try Self.lastReading(db, pointConsoId: pointConsoId) }
    }

    static func lastReading(_ db: Database, pointConsoId: String) throws -> Releve? {
        try StoreRow.fetchOne(
            Releve.self, db,
            sql: "SELECT * FROM releve WHERE pconso_id = ? ORDER BY dateni DESC, releve_id DESC LIMIT 1",
            arguments: [pointConsoId])
    }

    /// The invoices of a contract, newest first.
    public func invoices(contratId: String, offset: Int = 0, limit: Int = 20) async throws -> Page<Facture> {
        try await page(
            Facture.self, filter: "t.contrat_id = ?", arguments: [contratId],
            order: "t.datefact DESC, t.facture_id DESC", offset: offset, limit: limit)
    }

    /// The latest invoice still to pay of the contract numbered `numeroContrat` (not settled,
    /// not cancelled, not a credit note), with the payer's name and contact: `nil` when
    /// nothing is due (answer 404).
    public func payableInvoice(numeroContrat: String) async throws -> FactureCondensee? {
        let found = try await pool.read { db in
            try StoreRow.fetchOne(
                FactureCondensee.self, db,
                sql: """
                    SELECT f.*, c.numcontrat, p.nompers, p.prenpers, p.mail, p.tel, p.telmobile AS tel_mobile
                    FROM facture f JOIN contrat c ON c.contrat_id = f.contrat_id
                    LEFT JOIN personne p ON p.personne_id = c.redevable_id
                    WHERE c.numcontrat = ? AND f.solde = 0 AND f.annulee = 0 AND f.avoir = 0
                    ORDER BY f.datefact DESC, f.facture_id DESC LIMIT 1
                    """, arguments: [numeroContrat])
        }
        guard var facture = found else { return nil }
        if let netAPayer = facture.netAPayer {
            var cents = netAPayer * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &cents, 0, .plain)
            facture.netAPayerCentimes = NSDecimalNumber(decimal: rounded).intValue
        }
        return facture
    }

    /// The service's messages in force on `date` (broadcast window includes it), newest first.
    public func messagesInForce(on date: Date) async throws -> [Message] {
        let instant = OmegaDate.format(date)
        return try await pool.read { db in
            try StoreRow.fetchAll(
                Message.self, db,
                sql: """
                    SELECT * FROM message
                    WHERE (ddebdiff IS NULL OR ddebdiff <= ?) AND (dfindiff IS NULL OR dfindiff >= ?)
                    ORDER BY ddebdiff DESC, message_id
                    """, arguments: [instant, instant])
        }
    }

    /// The person of an account (`GET /subscriber/me`).
    public func personne(forAccount accountId: String) async throws -> Personne? {
        try await pool.read { db in
            try StoreRow.fetchOne(
                Personne.self, db,
                sql:
                    "SELECT p.* FROM personne p JOIN account a ON a.personne_id = p.personne_id WHERE a.account_id = ?",
                arguments: [accountId])
        }
    }

    /// The contract numbered `numeroContrat`, if any.
    public func contract(numero numeroContrat: String) async throws -> Contrat? {
        try await pool.read { db in
            try StoreRow.fetchOne(
                Contrat.self, db, sql: "SELECT * FROM contrat WHERE numcontrat = ?",
                arguments: [numeroContrat])
        }
    }
}

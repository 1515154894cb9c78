import Foundation
import GRDB
import JSONAPI

/// What our request kinds change on a contract, kept beside the contract (table
/// `contrat_option`) and served as extra `Partner_Contrat` attributes (ours):
/// `prelevement` (`1` once a direct debit is in force), `rythme_prelevement`,
/// `efacture` (`1`: invoices by e-mail), `efacture_mail`, and `resiliation_demandee` (`1`
/// while a move-out request is open).
enum ContractOptions {
    static let table = """
        CREATE TABLE contrat_option (
            contrat_id TEXT PRIMARY KEY, prelevement INTEGER NOT NULL DEFAULT 0, rythme TEXT,
            iban_fin TEXT, prelevement_depuis TEXT, efacture INTEGER NOT NULL DEFAULT 0, efacture_mail TEXT)
        """

    /// The extra attributes of the contract `id`.
    static func attributes(_ db: Database, contractID id: String) throws -> [String: JSONValue] {
        let option = try Row.fetchOne(
            db, sql: "SELECT * FROM contrat_option WHERE contrat_id = ?", arguments: [id])
        let moving =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT 1 FROM request WHERE req_code = 'J_DEPART' AND contrat_id = ?
                    AND req_status IN (\(GraphLoader.marks(DemandeValidation.openStatuses.count))) LIMIT 1
                    """, arguments: StatementArguments([id] + DemandeValidation.openStatuses)) ?? false
        let flag = { (value: Bool) in JSONValue.string(value ? "1" : "0") }
        return [
            "prelevement": flag((option?["prelevement"] as Int?) == 1),
            "rythme_prelevement": (option?["rythme"] as String?).map(JSONValue.string) ?? .null,
            "efacture": flag((option?["efacture"] as Int?) == 1),
            "efacture_mail": (option?["efacture_mail"] as String?).map(JSONValue.string) ?? .null,
            "resiliation_demandee": flag(moving),
        ]
    }

    /// Puts a direct debit in force: the contract's invoices from now on are debited, and
    /// the invoice still due is left as it is (the debit starts with the next one).
    static func startDirectDebit(
        _ db: Database, contractID: String, rhythm: String, ibanEnd: String, now: Date = Date()
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO contrat_option (contrat_id, prelevement, rythme, iban_fin, prelevement_depuis)
                VALUES (?, 1, ?, ?, ?)
                ON CONFLICT(contrat_id) DO UPDATE SET prelevement = 1, rythme = excluded.rythme,
                iban_fin = excluded.iban_fin, prelevement_depuis = excluded.prelevement_depuis
                """, arguments: [contractID, rhythm, ibanEnd, OmegaDates.format(now)])
    }

    /// The invoice `attributes` of `contractID` as served: one issued after the direct debit
    /// started is debited (`preleve` 1), the earlier ones stay as they were.
    static func debited(_ attributes: inout [String: JSONValue], _ db: Database, contractID: String) throws {
        guard
            let since = try String.fetchOne(
                db,
                sql: "SELECT prelevement_depuis FROM contrat_option WHERE contrat_id = ? AND prelevement = 1",
                arguments: [contractID]),
            case .string(let issued)? = attributes["datefact"], issued >= since
        else { return }
        attributes["preleve"] = .string("1")
    }

    /// Invoices by e-mail to `mail`, or on paper when `mail` is nil.
    static func setElectronicInvoice(_ db: Database, contractID: String, mail: String?) throws {
        try db.execute(
            sql: """
                INSERT INTO contrat_option (contrat_id, efacture, efacture_mail) VALUES (?, ?, ?)
                ON CONFLICT(contrat_id) DO UPDATE SET efacture = excluded.efacture,
                efacture_mail = excluded.efacture_mail
                """, arguments: [contractID, mail == nil ? 0 : 1, mail])
    }

    /// Whether new invoices of the contract are debited.
    static func debits(_ db: Database, contractID: String) throws -> Bool {
        try Int.fetchOne(
            db, sql: "SELECT prelevement FROM contrat_option WHERE contrat_id = ?", arguments: [contractID])
            == 1
    }
}

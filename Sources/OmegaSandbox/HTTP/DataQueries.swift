import Foundation
import GRDB
import JSONAPI

/// Loads of readings, invoices, messages and enumerations into a ``ResourceGraph``.
enum DataQueries {
    /// Readings of the points in `pointIDs`.
    static func readings(_ db: Database, pointIDs: [String]) throws -> [Row] {
        try GraphLoader.rows(db, "SELECT * FROM releve WHERE pconso_id IN", pointIDs)
    }

    /// Readings taken during one of `contracts` (a reading belongs to a point; a contract
    /// covers a period of it).
    static func readings(_ db: Database, during contracts: [Row]) throws -> [Row] {
        guard let periods = ContractPeriods(contracts) else { return [] }
        // Not from the statement cache: the text changes with the number of contracts.
        return try Row.fetchAll(
            db, sql: "SELECT * FROM releve WHERE \(periods.condition)", arguments: periods.arguments)
    }

    /// One page of the readings taken during `contracts`, sorted on `dateni` by SQLite, and
    /// how many there are: what ``readings(_:during:)`` and the in-memory sort of
    /// ``DocumentBuilder`` select, without turning every reading into a resource first (the
    /// cost of `subscriber/releve` under load, docs/performance.md). Ties go by reading id,
    /// and readings without a date come last, as the in-memory sort does.
    static func readingsPage(
        _ db: Database, contracts: [Row], descending: Bool, offset: Int, limit: Int
    ) throws -> (rows: [Row], total: Int) {
        guard let periods = ContractPeriods(contracts) else { return ([], 0) }
        let total =
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM releve WHERE \(periods.condition)"),
                arguments: periods.arguments) ?? 0
        guard offset < total else { return ([], total) }
        let rows = try Row.fetchAllCached(
            db,
            sql: """
                SELECT * FROM releve WHERE \(periods.condition)
                ORDER BY dateni IS NULL, dateni \(descending ? "DESC" : "ASC"), releve_id LIMIT ? OFFSET ?
                """,
            arguments: periods.arguments + [limit, offset])
        return (rows, total)
    }

    /// The SQL condition on `releve` that keeps the readings taken during one of some contracts:
    /// on the contract's point, dated from its start to its end (if it has one). A missing
    /// date compares as empty text, so an undated reading is in no period that has a start.
    private struct ContractPeriods {
        var condition: String
        var arguments: StatementArguments

        /// Nil when there is no contract: no reading is in no period.
        init?(_ contracts: [Row]) {
            guard !contracts.isEmpty else { return nil }
            let period =
                "(pconso_id = ? AND IFNULL(dateni, '') >= IFNULL(?, '') AND (? IS NULL OR IFNULL(dateni, '') <= ?))"
            condition = Array(repeating: period, count: contracts.count).joined(separator: " OR ")
            var values: [DatabaseValueConvertible?] = []
            for contract in contracts {
                let end: String? = contract["datefin"]
                values += [contract["pconso_id"] as String?, contract["datedeb"] as String?, end, end]
            }
            arguments = StatementArguments(values)
        }
    }

    /// Invoices of `contractIDs`, each with its one-element `contfact` link (as Omega sends it)
    /// and the `Partner_Contfact` it points at.
    static func invoices(_ db: Database, contractIDs: [String], into graph: inout ResourceGraph) throws
        -> [Resource]
    {
        let rows = try GraphLoader.rows(db, "SELECT * FROM facture WHERE contrat_id IN", contractIDs)
        var result: [Resource] = []
        for row in rows {
            guard let id: String = row["facture_id"], let link: String = row["contfact_id"] else { continue }
            let contfactKey = ResourceKey(type: "Partner_Contfact", id: link)
            var attributes = RowResources.attributes(
                row,
                excluding: [
                    "p_nf_possible", "echeance1", "echeance2", "vad", "vad_recur1", "vad_recur2",
                    "vad_recur3",
                ])
            if let contract: String = row["contrat_id"] {
                try ContractOptions.debited(&attributes, db, contractID: contract)
            }
            let invoice = Resource(
                type: "Partner_Facture", id: id, attributes: attributes,
                relationships: ["contfact": Relationship(data: .toMany([ResourceIdentifier(contfactKey)]))])
            graph.insert(invoice)
            graph.insert(
                Resource(
                    type: "Partner_Contfact", id: link,
                    attributes: [
                        "contfact_id": .string(link), "facture_id": .string(id),
                        "contrat_id": (row["contrat_id"] as String?).map(JSONValue.string) ?? .null,
                    ],
                    relationships: [
                        "contrat": RowResources.toOne("Partner_Contrat", row["contrat_id"]),
                        "facture": .toOne(ResourceKey(type: "Partner_Facture", id: id)),
                    ]))
            result.append(invoice)
        }
        return result
    }

    /// The latest unpaid invoice of a contract as a `Partner_FactureCondensee`, or nil.
    static func payableInvoice(_ db: Database, contract: Row) throws -> Resource? {
        guard let contractID: String = contract["contrat_id"],
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM facture WHERE contrat_id = ? AND solde = 0 AND annulee = 0 AND avoir = 0
                    ORDER BY datefact DESC LIMIT 1
                    """, arguments: [contractID]),
            let id: String = row["facture_id"]
        else { return nil }
        var attributes = RowResources.attributes(row, excluding: ["contrat_id"])
        let nap = (row["nap"] as String?).flatMap { Decimal(string: $0) } ?? 0
        attributes["nap_cents"] = .number(nap * 100)
        attributes["numcontrat"] = (contract["numcontrat"] as String?).map(JSONValue.string) ?? .null
        let payerID: String? = contract["redevable_id"] ?? contract["occupant_id"]
        if let payerID,
            let person = try Row.fetchOneCached(
                db, sql: "SELECT * FROM personne WHERE personne_id = ?", arguments: [payerID])
        {
            for (name, column) in [
                ("nompers", "nompers"), ("prenpers", "prenpers"), ("mail", "mail"), ("tel", "tel"),
                ("tel_mobile", "telmobile"),
            ] {
                attributes[name] = (person[column] as String?).map(JSONValue.string) ?? .null
            }
        }
        if let date: String = row["datefact"] {
            let parts = date.prefix(10).split(separator: "-")
            if parts.count == 3 { attributes["datefactfr"] = .string("\(parts[2])\(parts[1])\(parts[0])") }
        }
        return Resource(type: "Partner_FactureCondensee", id: id, attributes: attributes)
    }

    /// Messages in force at `now`.
    static func messages(_ db: Database, now: Date) throws -> [Resource] {
        let today = OmegaDates.format(now)
        return try Row.fetchAll(
            db,
            sql:
                "SELECT * FROM message WHERE (ddebdiff IS NULL OR ddebdiff <= ?) AND (dfindiff IS NULL OR dfindiff >= ?)",
            arguments: [today, today]
        ).compactMap { RowResources.resource($0, type: "Partner_Message", idColumn: "message_id") }
    }

    /// Enumerations with their lines.
    static func enumerations(_ db: Database, into graph: inout ResourceGraph) throws -> [Resource] {
        let lines = try Row.fetchAllCached(db, sql: "SELECT * FROM ligenum")
        var linesByEnum: [String: [ResourceKey]] = [:]
        for row in lines {
            guard let id: String = row["ligenum_id"], let owner: String = row["enum_id"] else { continue }
            linesByEnum[owner, default: []].append(ResourceKey(type: "Partner_Ligenum", id: id))
            if let resource = RowResources.resource(row, type: "Partner_Ligenum", idColumn: "ligenum_id") {
                graph.insert(resource)
            }
        }
        var result: [Resource] = []
        for row in try Row.fetchAllCached(db, sql: "SELECT * FROM enum") {
            guard let id: String = row["enum_id"],
                let resource = RowResources.resource(
                    row, type: "Partner_Enum", idColumn: "enum_id",
                    relationships: ["lignes": .toMany(linesByEnum[id] ?? [])])
            else { continue }
            graph.insert(resource)
            result.append(resource)
        }
        return result
    }
}

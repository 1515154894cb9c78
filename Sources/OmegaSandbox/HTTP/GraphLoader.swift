import Foundation
import GRDB
import JSONAPI

/// Which population a request may see.
enum PopulationScope: Sendable {
    /// A subscriber: only the contracts where his person is occupant or payer.
    case person(String)
    /// A partner: everything in these communes (lower-cased names), or everywhere.
    case communes(Set<String>?)
}

/// Loads the consumption points of a scope with everything around them (meter, address,
/// street, commune, round, contracts, people, last reading) into a ``ResourceGraph``.
struct GraphLoader {
    let db: Database
    let scope: PopulationScope
    var graph = ResourceGraph()

    /// A loader adding to `graph` (empty by default).
    init(db: Database, scope: PopulationScope, graph: ResourceGraph = ResourceGraph()) {
        self.db = db
        self.scope = scope
        self.graph = graph
    }

    /// The ids of the points in scope (through SQL, so large populations stay in SQLite).
    func pconsoIDs() throws -> [String] {
        switch scope {
        case .person(let personID):
            return try String.fetchAllCached(
                db, sql: "SELECT DISTINCT pconso_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
                arguments: [personID, personID])
        case .communes(nil):
            return try String.fetchAllCached(db, sql: "SELECT pconso_id FROM pconso")
        case .communes(let names?):
            let list = Array(names)
            guard !list.isEmpty else { return [] }
            return try String.fetchAll(
                db,
                sql: """
                    SELECT p.pconso_id FROM pconso p JOIN pdessadr a ON a.pdessadr_id = p.pdessadr_id
                    JOIN voie v ON v.voie_id = a.voie_id JOIN commune c ON c.commune_id = v.commune_id
                    WHERE lower(c.nom) IN (\(Self.marks(list.count)))
                    """, arguments: StatementArguments(list))
        }
    }

    /// Loads the points `ids` and their surroundings.
    mutating func loadPoints(_ ids: [String]) throws {
        let points = try Self.rows(db, "SELECT * FROM pconso WHERE pconso_id IN", ids)
        var contracts = try Self.rows(db, "SELECT * FROM contrat WHERE pconso_id IN", ids)
        if case .person(let personID) = scope {
            contracts = contracts.filter { $0["occupant_id"] == personID || $0["redevable_id"] == personID }
        }
        let contractsByPoint = Dictionary(grouping: contracts) { ($0["pconso_id"] as String?) ?? "" }
        let lastReadings = try Self.rows(
            db,
            """
            SELECT r.* FROM releve r WHERE r.dateni = (SELECT max(dateni) FROM releve WHERE pconso_id = r.pconso_id)
            AND r.pconso_id IN
            """, ids)
        var lastReadingByPoint: [String: String] = [:]
        for row in lastReadings {
            guard let point: String = row["pconso_id"], let id: String = row["releve_id"] else { continue }
            lastReadingByPoint[point] = id
            graph.insertReading(row)
        }
        for row in points { insertPoint(row, contracts: contractsByPoint, lastReading: lastReadingByPoint) }
        for row in contracts { try insertContract(row) }
        try loadMeters(points.compactMap { $0["compteur_id"] })
        try loadAddresses(points.compactMap { $0["pdessadr_id"] })
        var people = Set(
            contracts.flatMap { [$0["occupant_id"], $0["redevable_id"]].compactMap { $0 as String? } })
        if case .communes = scope { people.formUnion(points.compactMap { $0["proprietaire_id"] }) }
        try loadPeople(Array(people))
        try loadSimple("tournee", "Partner_Tournee", points.compactMap { $0["tournee_id"] })
        try loadSimple("natabo", "Partner_Natabo", contracts.compactMap { $0["natabo_id"] })
    }

    private mutating func insertPoint(_ row: Row, contracts: [String: [Row]], lastReading: [String: String]) {
        guard let id: String = row["pconso_id"] else { return }
        let own = contracts[id] ?? []
        let active =
            own.first { ($0["actif"] as Int?) == 1 && ($0["principal"] as Int?) == 1 }
            ?? own.first { ($0["actif"] as Int?) == 1 }
        let relationships: [String: Relationship] = [
            "compteur": RowResources.toOne("Partner_Compteur", row["compteur_id"]),
            "pdessadr": RowResources.toOne("Partner_Pdessadr", row["pdessadr_id"]),
            "contratactif": RowResources.toOne("Partner_Contrat", active?["contrat_id"]),
            "tournee": RowResources.toOne("Partner_Tournee", row["tournee_id"]),
            "dernierreleve": RowResources.toOne("Partner_Releve", lastReading[id]),
            "proprietaire": scopeAllowsOwner
                ? RowResources.toOne("Partner_Personne", row["proprietaire_id"]) : .toOne(nil),
            "contrats": .toMany(own.compactMap { RowResources.key("Partner_Contrat", $0["contrat_id"]) }),
        ]
        if let resource = RowResources.resource(
            row, type: "Partner_Pconso", idColumn: "pconso_id", excluding: ["proprietaire_id"],
            relationships: relationships)
        {
            graph.insert(resource)
        }
    }

    private var scopeAllowsOwner: Bool {
        if case .communes = scope { return true }
        return false
    }

    mutating func insertContract(_ row: Row) throws {
        let relationships: [String: Relationship] = [
            "pconso": RowResources.toOne("Partner_Pconso", row["pconso_id"]),
            "occupant": RowResources.toOne("Partner_Personne", row["occupant_id"]),
            "redevable": RowResources.toOne("Partner_Personne", row["redevable_id"]),
            "natabo": RowResources.toOne("Partner_Natabo", row["natabo_id"]),
        ]
        if var resource = RowResources.resource(
            row, type: "Partner_Contrat", idColumn: "contrat_id", excluding: ["occupant_id", "redevable_id"],
            relationships: relationships)
        {
            if let id = resource.id {
                resource.attributes.merge(try ContractOptions.attributes(db, contractID: id)) { _, new in new
                }
            }
            graph.insert(resource)
        }
    }

    /// The communes in scope (nil: all of them).
    func communeIDs() throws -> [String]? {
        switch scope {
        case .communes(nil): return nil
        case .communes(let names?):
            let list = Array(names)
            guard !list.isEmpty else { return [] }
            return try String.fetchAllCached(
                db, sql: "SELECT commune_id FROM commune WHERE lower(nom) IN (\(Self.marks(list.count)))",
                arguments: StatementArguments(list))
        case .person(let personID):
            return try String.fetchAllCached(
                db, sql: "SELECT DISTINCT commune_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
                arguments: [personID, personID])
        }
    }

    /// Loads every resource of one address-level `type` in the scope's communes (communes,
    /// streets, service addresses, meters) and returns them.
    mutating func loadPlaces(_ type: String) throws -> [Resource] {
        let table: String
        switch type {
        case "Partner_Commune": table = "commune"
        case "Partner_Voie": table = "voie"
        case "Partner_Pdessadr": table = "pdessadr"
        case "Partner_Compteur": table = "compteur"
        default: return []
        }
        let ids: [String]
        if let communes = try communeIDs() {
            ids = try Self.rows(db, "SELECT \(table)_id AS id FROM \(table) WHERE commune_id IN", communes)
                .compactMap { $0["id"] }
        } else {
            ids = try String.fetchAllCached(db, sql: "SELECT \(table)_id FROM \(table)")
        }
        switch type {
        case "Partner_Commune": try loadSimple("commune", type, ids)
        case "Partner_Voie": try loadStreets(ids)
        case "Partner_Pdessadr": try loadAddresses(ids)
        default: try loadMeters(ids)
        }
        return graph.all(ofType: type)
    }

    mutating func loadMeters(_ ids: [String]) throws {
        for row in try Self.rows(db, "SELECT * FROM compteur WHERE compteur_id IN", Array(Set(ids))) {
            if let resource = RowResources.resource(row, type: "Partner_Compteur", idColumn: "compteur_id") {
                graph.insert(resource)
            }
        }
    }

    mutating func loadAddresses(_ ids: [String]) throws {
        let addresses = try Self.rows(db, "SELECT * FROM pdessadr WHERE pdessadr_id IN", Array(Set(ids)))
        for row in addresses {
            let relationships = ["voie": RowResources.toOne("Partner_Voie", row["voie_id"])]
            if let resource = RowResources.resource(
                row, type: "Partner_Pdessadr", idColumn: "pdessadr_id", relationships: relationships)
            {
                graph.insert(resource)
            }
        }
        try loadStreets(addresses.compactMap { $0["voie_id"] })
    }

    mutating func loadStreets(_ ids: [String]) throws {
        let streets = try Self.rows(db, "SELECT * FROM voie WHERE voie_id IN", Array(Set(ids)))
        for row in streets {
            let relationships = ["commune": RowResources.toOne("Partner_Commune", row["commune_id"])]
            if let resource = RowResources.resource(
                row, type: "Partner_Voie", idColumn: "voie_id", relationships: relationships)
            {
                graph.insert(resource)
            }
        }
        try loadSimple("commune", "Partner_Commune", streets.compactMap { $0["commune_id"] })
    }

    private mutating func loadPeople(_ ids: [String]) throws {
        try loadSimple("personne", "Partner_Personne", ids)
    }

    mutating func loadSimple(_ table: String, _ type: String, _ ids: [String]) throws {
        for row in try Self.rows(db, "SELECT * FROM \(table) WHERE \(table)_id IN", Array(Set(ids))) {
            if let resource = RowResources.resource(row, type: type, idColumn: "\(table)_id") {
                graph.insert(resource)
            }
        }
    }

    /// Runs `sql (?, ?, …)` over `ids` in chunks that stay under SQLite's variable limit.
    static func rows(_ db: Database, _ sql: String, _ ids: [String]) throws -> [Row] {
        var result: [Row] = []
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + 5000, ids.count)])
            result += try Row.fetchAllCached(
                db, sql: "\(sql) (\(marks(chunk.count)))", arguments: StatementArguments(chunk))
            start += chunk.count
        }
        return result
    }

    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: max(count, 1)).joined(separator: ",")
    }
}

extension ResourceGraph {
    /// Adds a reading row as a `Partner_Releve` linked to its point and meter.
    mutating func insertReading(_ row: Row) {
        if let resource = Self.reading(row) { insert(resource) }
    }

    /// A reading row as a `Partner_Releve` linked to its point and meter.
    static func reading(_ row: Row) -> Resource? {
        let relationships: [String: Relationship] = [
            "pconso": RowResources.toOne("Partner_Pconso", row["pconso_id"]),
            "compteur": RowResources.toOne("Partner_Compteur", row["compteur_id"]),
        ]
        return RowResources.resource(
            row, type: "Partner_Releve", idColumn: "releve_id", relationships: relationships)
    }
}

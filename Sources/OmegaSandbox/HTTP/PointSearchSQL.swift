import Foundation
import GRDB

/// The partner search on consumption points translated to SQL, so that a large population
/// is filtered, counted and paged inside SQLite and only one page is loaded as resources.
///
/// Paths are those of the in-memory evaluation (``ResourceGraph/values(at:from:)``): the
/// point's own attributes, `compteur.…`, `pdessadr.…` (`adresseDesserte`), `….voie.…`,
/// `….voie.commune.…`, `contratActif.…` and `contratActif.occupant|redevable.…`. A filter or
/// sort outside these returns nil: the caller then falls back to the in-memory evaluation.
struct PointSearchSQL {
    var joins: Set<String> = []
    /// Joined tables that a condition requires to exist: joined with `JOIN` rather than
    /// `LEFT JOIN`, so SQLite may start from their indexes (a contract number, a name) instead
    /// of scanning every point.
    var requiredJoins: Set<String> = []
    var conditions: [String] = []
    var arguments: [String] = []
    /// The joins the last ``column(_:)`` call needed.
    private var lastNeeds: [String] = []
    /// The columns of the OR group's conditions.
    private var orColumns: [String] = []
    /// The columns of each aliased table: a path naming anything else is not translated (it
    /// would be an SQL error; the in-memory evaluation treats it as a missing value).
    var columns: [String: Set<String>] = [:]

    /// The table behind each alias.
    static let tables = [
        "p": "pconso", "m": "compteur", "a": "pdessadr", "v": "voie", "c": "commune", "k": "contrat",
        "o": "personne", "r": "personne",
    ]

    /// The column names of every aliased table (GRDB caches the schema per connection).
    static func columns(_ db: Database) throws -> [String: Set<String>] {
        try tables.mapValues { table in Set(try db.columns(in: table).map { $0.name.lowercased() }) }
    }

    static let joinClauses: [(name: String, sql: String)] = [
        ("m", "LEFT JOIN compteur m ON m.compteur_id = p.compteur_id"),
        ("a", "LEFT JOIN pdessadr a ON a.pdessadr_id = p.pdessadr_id"),
        ("v", "LEFT JOIN voie v ON v.voie_id = a.voie_id"),
        ("c", "LEFT JOIN commune c ON c.commune_id = v.commune_id"),
        (
            "k",
            """
            LEFT JOIN contrat k ON k.pconso_id = p.pconso_id AND k.actif = 1 AND k.contrat_id = (SELECT
                contrat_id FROM contrat WHERE pconso_id = p.pconso_id AND actif = 1
                ORDER BY principal DESC, contrat_id LIMIT 1)
            """
        ),
        ("o", "LEFT JOIN personne o ON o.personne_id = k.occupant_id"),
        ("r", "LEFT JOIN personne r ON r.personne_id = k.redevable_id"),
    ]

    /// The SQL column for `path`, adding the joins it needs; nil when not translatable.
    mutating func column(_ path: [String]) -> String? {
        guard let last = path.last else { return nil }
        let prefix = path.dropLast().map { FieldAliases.wireName(for: $0).lowercased() }
        let table: (alias: String, type: String, needs: [String])
        switch prefix {
        case []: table = ("p", "Partner_Pconso", [])
        case ["compteur"]: table = ("m", "Partner_Compteur", ["m"])
        case ["pdessadr"]: table = ("a", "Partner_Pdessadr", ["a"])
        case ["pdessadr", "voie"]: table = ("v", "Partner_Voie", ["a", "v"])
        case ["pdessadr", "voie", "commune"]: table = ("c", "Partner_Commune", ["a", "v", "c"])
        case ["contratactif"]: table = ("k", "Partner_Contrat", ["k"])
        case ["contratactif", "occupant"]: table = ("o", "Partner_Personne", ["k", "o"])
        case ["contratactif", "redevable"]: table = ("r", "Partner_Personne", ["k", "r"])
        default: return nil
        }
        let name =
            last == "id" ? Self.idColumn(table.type) : FieldAliases.wireName(for: last, type: table.type)
        guard columns[table.alias]?.contains(name.lowercased()) == true else { return nil }
        joins.formUnion(table.needs)
        lastNeeds = table.needs
        return "\(table.alias).\(name.lowercased())"
    }

    private static func idColumn(_ type: String) -> String {
        switch type {
        case "Partner_Compteur": "compteur_id"
        case "Partner_Pdessadr": "pdessadr_id"
        case "Partner_Voie": "voie_id"
        case "Partner_Commune": "commune_id"
        case "Partner_Contrat": "contrat_id"
        case "Partner_Personne": "personne_id"
        default: "pconso_id"
        }
    }

    /// One condition as SQL over `column`, nil when the operator cannot be expressed.
    ///
    /// A case-insensitive `begin` or `like` on a person's `nom` is the counter's search by
    /// name: it reads the folded "nom prénom" through the trigram index (``NameSearchIndex``),
    /// so accents and case do not matter and "prénom nom" finds as well as "nom prénom".
    mutating func condition(
        _ column: String, op: FilterSet.Operator, operand: String, caseSensitive: Bool
    ) -> String {
        if !caseSensitive, op == .begin || op == .like, column.hasSuffix(".nompers"),
            let name = NameSearchIndex.condition(
                personColumn: column.replacingOccurrences(of: ".nompers", with: ".personne_id"),
                text: operand,
                wordsBegin: op == .begin)
        {
            return bind(name.sql, name.arguments)
        }
        let value = caseSensitive ? column : "lower(\(column))"
        let bound = caseSensitive ? operand : operand.lowercased()
        let list = bound.split(separator: ",").map(String.init)
        switch op {
        case .eq: return bind("\(value) = ?", [bound])
        case .neq: return bind("(\(column) IS NULL OR \(value) != ?)", [bound])
        case .eqn, .neqn, .gtn, .gten, .ltn, .lten:
            let symbol = [.eqn: "=", .neqn: "!=", .gtn: ">", .gten: ">=", .ltn: "<", .lten: "<="][op] ?? "="
            return bind("CAST(\(column) AS REAL) \(symbol) CAST(? AS REAL)", [operand])
        case .gt: return bind("\(value) > ?", [bound])
        case .gte: return bind("\(value) >= ?", [bound])
        case .lt: return bind("\(value) < ?", [bound])
        case .lte: return bind("\(value) <= ?", [bound])
        case .like: return bind("\(value) LIKE ?", [bound.contains("%") ? bound : "%\(bound)%"])
        case .begin:
            guard !bound.isEmpty else { return "\(column) IS NOT NULL" }
            // The range lets an index on `value` serve; substr keeps the test exact.
            return bind(
                "(\(value) >= ? AND \(value) < ? AND substr(\(value), 1, length(?)) = ?)",
                [bound, bound + "\u{10FFFF}", bound, bound])
        case .end: return bind("substr(\(value), -length(?)) = ?", [bound, bound])
        case .in: return bind("\(value) IN (\(GraphLoader.marks(list.count)))", list)
        case .nin:
            return bind("(\(column) IS NULL OR \(value) NOT IN (\(GraphLoader.marks(list.count))))", list)
        case .empty: return "(\(column) IS NULL OR \(column) = '')"
        case .nempty: return "(\(column) IS NOT NULL AND \(column) != '')"
        case .between:
            let bounds = bound.split(separator: ",", maxSplits: 1).map(String.init)
            guard bounds.count == 2 else { return "0" }
            return bind("\(value) BETWEEN ? AND ?", bounds)
        }
    }

    private mutating func bind(_ sql: String, _ values: [String]) -> String {
        arguments.append(contentsOf: values)
        return sql
    }

    /// The FROM … WHERE … of the search, or nil when a filter is not translatable.
    static func make(filter: FilterSet, scope: PopulationScope, columns: [String: Set<String>])
        -> PointSearchSQL?
    {
        var search = PointSearchSQL()
        search.columns = columns
        if case .communes(let names?) = scope {
            let list = Array(names)
            search.conditions.append(
                "p.commune_id IN (SELECT commune_id FROM commune WHERE lower(nom) IN (\(GraphLoader.marks(list.count))))"
            )
            search.arguments.append(contentsOf: list.isEmpty ? [""] : list)
        } else if case .person = scope {
            return nil
        }
        var plain: [String] = []
        for condition in filter.conditions {
            guard let column = search.column(condition.path) else { return nil }
            let op = condition.op ?? filter.defaultOperator
            if !filter.combineWithOr, !Self.acceptsMissing(op) {
                search.requiredJoins.formUnion(search.lastNeeds)
            }
            plain.append(
                search.condition(
                    column, op: op, operand: condition.value, caseSensitive: filter.caseSensitive))
        }
        if !plain.isEmpty {
            search.conditions.append(
                "(" + plain.joined(separator: filter.combineWithOr ? " OR " : " AND ") + ")")
        }
        var alternatives: [String] = []
        for condition in filter.orConditions {
            guard let column = search.column(condition.path) else { return nil }
            search.orColumns.append(column)
            alternatives.append(
                search.condition(
                    column, op: condition.op ?? filter.defaultOperator, operand: condition.value,
                    caseSensitive: filter.caseSensitive))
        }
        if !alternatives.isEmpty {
            let either = "(" + alternatives.joined(separator: " OR ") + ")"
            if search.orColumns.allSatisfy({ $0.hasPrefix("m.") }) {
                // Alternatives on the meter alone (its serial's start or end): the meters are
                // found first, then their points by index, instead of joining every point to
                // its meter to test it.
                search.conditions.append(
                    "p.compteur_id IN (SELECT m.compteur_id FROM compteur m WHERE \(either))")
            } else {
                search.conditions.append(either)
            }
        }
        return search
    }

    /// Whether `op` can hold when the column is missing (NULL: no active contract, no meter):
    /// then the join must stay a `LEFT JOIN`.
    static func acceptsMissing(_ op: FilterSet.Operator) -> Bool {
        switch op {
        case .neq, .nin, .empty: true
        default: false
        }
    }

    /// `FROM pconso p JOIN … WHERE …`, joins in dependency order.
    var fromClause: String {
        let joinSQL = Self.joinClauses.filter { joins.contains($0.name) }
            .map { requiredJoins.contains($0.name) ? String($0.sql.dropFirst("LEFT ".count)) : $0.sql }
            .joined(separator: " ")
        let whereSQL = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "FROM pconso p \(joinSQL)\(whereSQL)"
    }
}

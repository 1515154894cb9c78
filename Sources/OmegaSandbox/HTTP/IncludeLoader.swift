import Foundation
import GRDB
import JSONAPI

/// `include` as JSON:API 1.0 says it: a dotted path (`contfact.contrat.occupant`) includes
/// every resource along it. Routes load what they serve with its usual surroundings; what an
/// include path reaches beyond that is loaded here, one read per level where something is
/// missing (none at all when the routes' graph already holds everything).
extension DocumentBuilder {
    /// The include paths in force: the request's, else the endpoint's defaults.
    var includePaths: [[String]] { query.include ?? defaultIncludes }

    /// A collection document like ``collection(_:)``, after loading what the include paths
    /// reach from the page and the graph lacks.
    func collection(_ candidates: [Resource], loadingFrom database: DatabasePool, scope: PopulationScope)
        async throws -> JSONValue
    {
        let (page, total) = selection(candidates)
        var builder = self
        try await builder.loadIncludes(from: page, database: database, scope: scope)
        return try builder.page(page, total: total)
    }

    /// A page selected elsewhere, like ``page(_:total:)``, with the includes loaded.
    func page(_ page: [Resource], total: Int, loadingFrom database: DatabasePool, scope: PopulationScope)
        async throws -> JSONValue
    {
        var builder = self
        try await builder.loadIncludes(from: page, database: database, scope: scope)
        return try builder.page(page, total: total)
    }

    /// A single-resource document like ``single(_:)``, with the includes loaded.
    func single(_ resource: Resource, loadingFrom database: DatabasePool, scope: PopulationScope)
        async throws -> JSONValue
    {
        var builder = self
        try await builder.loadIncludes(from: [resource], database: database, scope: scope)
        return try builder.single(resource)
    }

    /// Loads, level by level, the resources the include paths reach from `primary` that are
    /// not in the graph. A resource is reachable only through a relationship of one the caller
    /// may see, so the scope holds; what the store does not have stays out (ids only).
    mutating func loadIncludes(from primary: [Resource], database: DatabasePool, scope: PopulationScope)
        async throws
    {
        let paths = includePaths
        guard !paths.isEmpty, !primary.isEmpty else { return }
        var tried = Set<ResourceKey>()
        // Each round loads at least one more level; paths have at most 6 names (ListQuery).
        for _ in 0...ListQuery.maximumPathDepth {
            let missing = graph.missing(along: paths, from: primary).filter { !tried.contains($0) }
            guard !missing.isEmpty else { return }
            tried.formUnion(missing)
            let current = graph
            graph = try await database.read { db in
                var loader = GraphLoader(db: db, scope: scope, graph: current)
                try loader.load(missing)
                return loader.graph
            }
        }
    }
}

extension ResourceGraph {
    /// The identifiers that `paths` reach from `primary` and the graph does not hold, walking
    /// each path only through resources it holds.
    func missing(along paths: [[String]], from primary: [Resource]) -> [ResourceKey] {
        var missing: [ResourceKey] = []
        var seen = Set<ResourceKey>()
        for path in paths {
            var frontier = primary
            for segment in path {
                var next: [Resource] = []
                for resource in frontier {
                    let identifiers = Self.relationship(named: segment, in: resource)?.identifiers ?? []
                    for identifier in identifiers {
                        let key = ResourceKey(type: identifier.type, id: identifier.id)
                        if let found = self[key] {
                            next.append(found)
                        } else if seen.insert(key).inserted {
                            missing.append(key)
                        }
                    }
                }
                frontier = next
            }
        }
        return missing
    }
}

extension GraphLoader {
    /// Loads the resources `keys` name, by type, with the same shape as the routes give them.
    mutating func load(_ keys: [ResourceKey]) throws {
        let idsByType = Dictionary(grouping: keys, by: \.type).mapValues { $0.map(\.id) }
        for (type, ids) in idsByType.sorted(by: { $0.key < $1.key }) {
            switch type {
            case "Partner_Pconso": try loadPoints(ids)
            case "Partner_Contrat":
                for row in try Self.rows(db, "SELECT * FROM contrat WHERE contrat_id IN", ids) {
                    insertContract(row)
                }
            case "Partner_Personne": try loadSimple("personne", type, ids)
            case "Partner_Compteur": try loadMeters(ids)
            case "Partner_Pdessadr": try loadAddresses(ids)
            case "Partner_Voie": try loadStreets(ids)
            case "Partner_Commune": try loadSimple("commune", type, ids)
            case "Partner_Tournee": try loadSimple("tournee", type, ids)
            case "Partner_Natabo": try loadSimple("natabo", type, ids)
            case "Partner_Releve":
                for row in try Self.rows(db, "SELECT * FROM releve WHERE releve_id IN", ids) {
                    graph.insertReading(row)
                }
            case "Partner_Facture", "Partner_Contfact":
                let column = type == "Partner_Facture" ? "facture_id" : "contfact_id"
                let contracts = try Self.rows(db, "SELECT contrat_id FROM facture WHERE \(column) IN", ids)
                    .compactMap { $0["contrat_id"] as String? }
                _ = try DataQueries.invoices(db, contractIDs: Array(Set(contracts)), into: &graph)
            case "Partner_Enum", "Partner_Ligenum":
                _ = try DataQueries.enumerations(db, into: &graph)
            default:
                continue
            }
        }
    }
}

import Foundation
import GRDB
import Hummingbird
import JSONAPI

/// `/api/v1/partner/…` (Hawk, `ApiId` required): the documented partner API, each partner
/// limited to the population of its communes.
struct PartnerRoutes {
    let services: SandboxServices

    /// Default includes of a consumption point: meter, address (street, commune), the active
    /// contract with its occupant.
    static let pointIncludes: [[String]] = [
        ["compteur"], ["pdessadr", "voie", "commune"], ["contratactif", "occupant"],
    ]

    /// Registers the routes that need no signature (`test` needs only an `ApiId`).
    func registerOpen(on group: RouterGroup<SandboxRequestContext>) {
        group.get("test") { request, _ in
            guard let apiID = request.headers[.apiID], !apiID.isEmpty else {
                throw APIError.badRequest("the ApiId header is required")
            }
            return JSONAPIResponse.noContent()
        }
        group.get("test-404") { _, _ -> Response in throw APIError.notFound() }
    }

    /// Registers the Hawk-signed routes on `group` (behind the Hawk authenticator) and the
    /// demandes, which take a JSON:API body, on `documents`.
    func registerSigned(
        on group: RouterGroup<PartnerRequestContext>, documents: RouterGroup<PartnerRequestContext>
    ) {
        let demandes = DemandeRoutes(services: services)
        group.get("test-secured") { _, _ in JSONAPIResponse.noContent() }
        group.get("enum") { request, _ in try await enumerations(request) }
        group.get("commune") { request, context in
            try await list(request, try context.requireIdentity(), type: "Partner_Commune", includes: [])
        }
        group.get("voie") { request, context in
            try await list(
                request, try context.requireIdentity(), type: "Partner_Voie", includes: [["commune"]])
        }
        group.get("pdessadr") { request, context in
            try await list(
                request, try context.requireIdentity(), type: "Partner_Pdessadr",
                includes: [["voie", "commune"]])
        }
        group.get("pconso") { request, context in
            try await searchPoints(request, try context.requireIdentity())
        }
        group.get("pconso/:id") { request, context in
            try await list(
                request, try context.requireIdentity(), type: "Partner_Pconso", includes: Self.pointIncludes,
                id: context.parameters.get("id"))
        }
        group.get("compteur") { request, context in
            try await list(request, try context.requireIdentity(), type: "Partner_Compteur", includes: [])
        }
        group.get("facture") { request, context in
            try await invoices(request, try context.requireIdentity())
        }
        group.get("releve") { request, context in try await readings(request, try context.requireIdentity()) }
        group.get("facture/pour-paiement/:numcontrat") { request, context in
            try await payable(
                request, try context.requireIdentity(), number: context.parameters.get("numcontrat") ?? "")
        }
        group.get("message") { request, _ in
            try await MessagesEndpoint.respond(to: request, services: services)
        }
        demandes.register(on: group, documents: documents) { .partner($0) }
        documents.post("request/bill") { request, context in
            try await demandes.file(request, filer: .partner(try context.requireIdentity()), kind: .bill)
        }
    }

    private func scope(_ partner: AuthenticatedPartner) -> PopulationScope {
        DemandeFiler.partner(partner).populationScope
    }

    private func list(
        _ request: Request, _ partner: AuthenticatedPartner, type: String, includes: [[String]],
        id: String? = nil
    ) async throws -> Response {
        let query = try ListQuery.parse(request.uri.query)
        let scope = scope(partner)
        let (graph, candidates) = try await services.database.read { db -> (ResourceGraph, [Resource]) in
            var loader = GraphLoader(db: db, scope: scope)
            if type == "Partner_Pconso" {
                // One point: loaded alone, after checking it is in the partner's communes.
                let ids =
                    try id.map { try ScopeChecks.pointInScope(db, scope, $0) ? [$0] : [] }
                    ?? loader.pconsoIDs()
                try loader.loadPoints(ids)
                return (loader.graph, loader.graph.all(ofType: type))
            }
            let places = try loader.loadPlaces(type)
            return (loader.graph, places)
        }
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: includes, path: request.uri.path)
        if let id {
            guard let resource = graph[ResourceKey(type: type, id: id)] else { throw APIError.notFound() }
            return try JSONAPIResponse.make(
                try await builder.single(resource, loadingFrom: services.database, scope: scope))
        }
        // Ids in numeric order when they are numbers (Omega's ids are), then as text.
        let sorted = candidates.map { (Int($0.id ?? ""), $0) }.sorted { left, right in
            switch (left.0, right.0) {
            case (let a?, let b?): return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return (left.1.id ?? "") < (right.1.id ?? "")
            }
        }.map(\.1)
        return try JSONAPIResponse.make(
            try await builder.collection(sorted, loadingFrom: services.database, scope: scope))
    }

    /// The point search: in SQL when every filter and sort is translatable (large populations
    /// stay in SQLite, one page is loaded), in memory otherwise.
    private func searchPoints(_ request: Request, _ partner: AuthenticatedPartner) async throws -> Response {
        let query = try ListQuery.parse(request.uri.query)
        let scope = scope(partner)
        let columns = try await services.database.read { db in try PointSearchSQL.columns(db) }
        guard var search = PointSearchSQL.make(filter: query.filter, scope: scope, columns: columns) else {
            return try await list(request, partner, type: "Partner_Pconso", includes: Self.pointIncludes)
        }
        var order: [String] = []
        for field in query.sort {
            guard let column = search.column(field.path) else {
                return try await list(request, partner, type: "Partner_Pconso", includes: Self.pointIncludes)
            }
            order.append("\(column) \(field.descending ? "DESC" : "ASC")")
        }
        order += ["CAST(p.pconso_id AS INTEGER)", "p.pconso_id"]
        let from = search.fromClause
        let orderBy = order.joined(separator: ", ")
        let arguments = StatementArguments(search.arguments)
        let (total, graph, ids) = try await services.database.read { db in
            // The page and the total in one pass (a window count): every match is joined to
            // its contract and person once, not once to count and again to sort.
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT p.pconso_id, count(*) OVER () AS total \(from) ORDER BY \(orderBy) LIMIT ? OFFSET ?",
                arguments: arguments + [query.limit, query.offset])
            let ids = rows.compactMap { $0["pconso_id"] as String? }
            // A page past the end has no row to carry the total: counted apart.
            let total =
                try rows.first.flatMap { $0["total"] as Int? }
                ?? Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: arguments) ?? 0
            var loader = GraphLoader(db: db, scope: scope)
            try loader.loadPoints(ids)
            return (total, loader.graph, ids)
        }
        let page = ids.compactMap { graph[ResourceKey(type: "Partner_Pconso", id: $0)] }
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: Self.pointIncludes, path: request.uri.path)
        return try JSONAPIResponse.make(
            try await builder.page(page, total: total, loadingFrom: services.database, scope: scope))
    }

    private func enumerations(_ request: Request) async throws -> Response {
        let query = try ListQuery.parse(request.uri.query)
        let (graph, enums) = try await services.database.read { db in
            var graph = ResourceGraph()
            let enums = try DataQueries.enumerations(db, into: &graph)
            return (graph, enums)
        }
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: [["lignes"]], path: request.uri.path)
        return try JSONAPIResponse.make(try builder.collection(enums))
    }

    private func invoices(_ request: Request, _ partner: AuthenticatedPartner) async throws -> Response {
        var query = try ListQuery.parse(request.uri.query)
        let scope = scope(partner)
        // `contrat_id` narrows the load in SQL; other filters apply in memory on the invoices.
        let wanted = query.filter.takeEquality(on: "contrat_id")
        let (graph, invoices) = try await services.database.read { db in
            let loader = GraphLoader(db: db, scope: scope)
            var contracts: [String]
            if let communes = try loader.communeIDs() {
                contracts = try GraphLoader.rows(
                    db, "SELECT contrat_id AS id FROM contrat WHERE commune_id IN", communes
                )
                .compactMap { $0["id"] }
            } else {
                contracts = try String.fetchAll(db, sql: "SELECT contrat_id FROM contrat")
            }
            if let wanted { contracts = contracts.filter(wanted.contains) }
            var graph = ResourceGraph()
            let invoices = try DataQueries.invoices(db, contractIDs: contracts, into: &graph)
            return (graph, invoices)
        }
        if query.sort.isEmpty { query.sort = [(["datefact"], true)] }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        return try JSONAPIResponse.make(
            try await builder.collection(invoices, loadingFrom: services.database, scope: scope))
    }

    /// `partner/releve` (our extension, for the counter): the readings of one point
    /// (`filter[pconso_id][eq]`) or one contract's period (`filter[contrat_id][eq]`), newest first.
    private func readings(_ request: Request, _ partner: AuthenticatedPartner) async throws -> Response {
        var query = try ListQuery.parse(request.uri.query)
        let scope = scope(partner)
        let points = query.filter.takeEquality(on: "pconso_id")
        let contracts = query.filter.takeEquality(on: "contrat_id")
        guard points != nil || contracts != nil else {
            throw APIError.badRequest(
                "filter[pconso_id] or filter[contrat_id] is required", parameter: "filter")
        }
        let graph = try await services.database.read { db in
            var rows: [Row] = []
            if let contracts {
                let contractRows = try GraphLoader.rows(
                    db, "SELECT * FROM contrat WHERE contrat_id IN", Array(contracts)
                )
                .filter { try ScopeChecks.pointInScope(db, scope, $0["pconso_id"] ?? "") }
                rows = try DataQueries.readings(db, during: contractRows)
                if let points { rows = rows.filter { points.contains($0["pconso_id"] ?? "") } }
            } else if let points {
                let allowed = try points.filter { try ScopeChecks.pointInScope(db, scope, $0) }
                rows = try DataQueries.readings(db, pointIDs: Array(allowed))
            }
            var graph = ResourceGraph()
            for row in rows { graph.insertReading(row) }
            return graph
        }
        if query.sort.isEmpty { query.sort = [(["dateni"], true)] }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        return try JSONAPIResponse.make(
            try await builder.collection(
                graph.all(ofType: "Partner_Releve"), loadingFrom: services.database, scope: scope))
    }

    private func payable(_ request: Request, _ partner: AuthenticatedPartner, number: String) async throws
        -> Response
    {
        let scope = scope(partner)
        let invoice = try await services.database.read { db -> Resource? in
            guard
                let contract = try Row.fetchOne(
                    db, sql: "SELECT * FROM contrat WHERE numcontrat = ?", arguments: [number]),
                let point: String = contract["pconso_id"], try ScopeChecks.pointInScope(db, scope, point)
            else { return nil }
            return try DataQueries.payableInvoice(db, contract: contract)
        }
        guard let invoice else { throw APIError.notFound("no payable invoice for this contract") }
        var graph = ResourceGraph()
        graph.insert(invoice)
        let builder = DocumentBuilder(
            graph: graph, query: ListQuery(), defaultIncludes: [], path: request.uri.path)
        return try JSONAPIResponse.make(try builder.collection([invoice]))
    }
}

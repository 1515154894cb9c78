import Foundation
import GRDB
import Hummingbird
import JSONAPI

/// `/api/v1/subscriber/…` data endpoints (Bearer): a subscriber sees only the contracts where
/// his person is occupant or payer; anything else answers 404.
struct SubscriberRoutes {
    let services: SandboxServices

    /// Default includes of a contract: point, meter, address (street, commune), occupant, payer.
    static let contractIncludes: [[String]] = [
        ["pconso"], ["pconso", "compteur"], ["pconso", "pdessadr", "voie", "commune"], ["occupant"],
        ["redevable"],
    ]

    /// Registers the data routes on `group` (behind the JWT authenticator) and the demandes,
    /// which take a JSON:API body, on `documents` (the same, plus the media type check).
    func register(
        on group: RouterGroup<SubscriberRequestContext>, documents: RouterGroup<SubscriberRequestContext>
    ) {
        let demandes = DemandeRoutes(services: services)
        group.get("me") { request, context in try await me(request, try context.requireIdentity()) }
        group.get("contrat") { request, context in
            try await contracts(request, try context.requireIdentity(), id: nil)
        }
        group.get("contrat/:id") { request, context in
            try await contracts(request, try context.requireIdentity(), id: context.parameters.get("id"))
        }
        group.get("releve") { request, context in try await readings(request, try context.requireIdentity()) }
        group.get("facture") { request, context in
            try await invoices(request, try context.requireIdentity())
        }
        group.get("facture/pour-paiement/:numcontrat") { request, context in
            try await payable(
                request, try context.requireIdentity(), number: context.parameters.get("numcontrat") ?? "")
        }
        group.get("message") { request, _ in
            try await MessagesEndpoint.respond(to: request, services: services)
        }
        demandes.register(on: group, documents: documents) { .subscriber($0) }
    }

    /// The contracts of the subscriber with their surroundings.
    private func ownGraph(_ identity: SubscriberIdentity) async throws -> (ResourceGraph, [String]) {
        try await services.database.read { db in try Self.ownGraph(db, identity) }
    }

    private static func ownGraph(_ db: Database, _ identity: SubscriberIdentity) throws -> (
        ResourceGraph, [String]
    ) {
        var loader = GraphLoader(db: db, scope: .person(identity.personID))
        try loader.loadPoints(try loader.pconsoIDs())
        let contracts = try String.fetchAllCached(
            db, sql: "SELECT contrat_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
            arguments: [identity.personID, identity.personID])
        return (loader.graph, contracts)
    }

    /// What `subscriber/me` includes unless asked otherwise.
    static let meIncludes: [[String]] = [["personne"], ["contrats"]]

    /// The subscriber's contracts alone (their relationships name the rest).
    private static func ownContracts(_ db: Database, _ identity: SubscriberIdentity) throws -> (
        ResourceGraph, [String]
    ) {
        var loader = GraphLoader(db: db, scope: .person(identity.personID))
        let rows = try Row.fetchAllCached(
            db, sql: "SELECT * FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
            arguments: [identity.personID, identity.personID])
        for row in rows { try loader.insertContract(row) }
        return (loader.graph, rows.compactMap { $0["contrat_id"] })
    }

    private func me(_ request: Request, _ identity: SubscriberIdentity) async throws -> Response {
        let query = try ListQuery.parse(request.uri.query)
        // The contracts' surroundings only when an include path goes past them: the default
        // answer (person and contracts) is most of the traffic, and loading every point's
        // meter, address and last reading for it took a quarter of its time.
        let deep = (query.include ?? Self.meIncludes).contains { $0.count > 1 }
        // One read for everything: each read is two thread hops, the most of a small answer.
        let (graph, contracts, attributes, person) = try await services.database.read { db in
            let (graph, contracts) =
                deep ? try Self.ownGraph(db, identity) : try Self.ownContracts(db, identity)
            let account = try Row.fetchOneCached(
                db, sql: "SELECT * FROM account WHERE account_id = ?", arguments: [identity.accountID])
            let person = try Row.fetchOneCached(
                db, sql: "SELECT * FROM personne WHERE personne_id = ?", arguments: [identity.personID]
            ).flatMap { RowResources.resource($0, type: "Partner_Personne", idColumn: "personne_id") }
            return (
                graph, contracts,
                account.map { RowResources.attributes($0, excluding: ["password_hash"]) } ?? [:],
                person
            )
        }
        let resource = Resource(
            type: "Subscriber_Account", id: identity.accountID, attributes: attributes,
            relationships: [
                "personne": .toOne(ResourceKey(type: "Partner_Personne", id: identity.personID)),
                "contrats": .toMany(contracts.map { ResourceKey(type: "Partner_Contrat", id: $0) }),
            ])
        var withPerson = graph
        if let person { withPerson.insert(person) }
        let builder = DocumentBuilder(
            graph: withPerson, query: query, defaultIncludes: Self.meIncludes,
            path: request.uri.path)
        return try JSONAPIResponse.make(
            try await builder.single(
                resource, loadingFrom: services.database, scope: .person(identity.personID)))
    }

    private func contracts(_ request: Request, _ identity: SubscriberIdentity, id: String?) async throws
        -> Response
    {
        let query = try ListQuery.parse(request.uri.query)
        var (graph, contracts) = try await ownGraph(identity)
        guard let id else {
            let builder = DocumentBuilder(
                graph: graph, query: query, defaultIncludes: Self.contractIncludes, path: request.uri.path)
            return try JSONAPIResponse.make(
                try await builder.collection(
                    graph.all(ofType: "Partner_Contrat"), loadingFrom: services.database,
                    scope: .person(identity.personID)))
        }
        guard contracts.contains(id), var resource = graph[ResourceKey(type: "Partner_Contrat", id: id)]
        else { throw APIError.notFound() }
        // A single contract also returns its readings and invoices.
        let (readingGraph, invoices) = try await services.database.read { db in
            let contract = try Row.fetchAllCached(
                db, sql: "SELECT * FROM contrat WHERE contrat_id = ?", arguments: [id])
            let readings = try DataQueries.readings(db, during: contract)
            var readingGraph = ResourceGraph()
            for item in readings { readingGraph.insertReading(item) }
            var invoiceGraph = ResourceGraph()
            let invoices = try DataQueries.invoices(db, contractIDs: [id], into: &invoiceGraph)
            return (readingGraph, invoices)
        }
        let readings = readingGraph.all(ofType: "Partner_Releve")
        for item in readings { graph.insert(item) }
        for item in invoices { graph.insert(item) }
        resource.relationships["releves"] = .toMany(readings.compactMap(\.key))
        resource.relationships["factures"] = .toMany(invoices.compactMap(\.key))
        graph.insert(resource)
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: Self.contractIncludes + [["releves"], ["factures"]],
            path: request.uri.path)
        return try JSONAPIResponse.make(
            try await builder.single(
                resource, loadingFrom: services.database, scope: .person(identity.personID)))
    }

    private func readings(_ request: Request, _ identity: SubscriberIdentity) async throws -> Response {
        var query = try ListQuery.parse(request.uri.query)
        let wanted = query.filter.takeEquality(on: "contrat_id")
        if query.sort.isEmpty { query.sort = [(["dateni"], true)] }
        // The usual request (no other filter, sorted on the date) is sorted and paged by
        // SQLite, so only the page becomes resources; any other goes through the general
        // filters and sort of DocumentBuilder.
        let pagedInSQL = query.filter.isEmpty && query.sort.count == 1 && query.sort[0].path == ["dateni"]
        let (graph, page) = try await services.database.read { [query] db in
            var contracts = try Row.fetchAllCached(
                db, sql: "SELECT * FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
                arguments: [identity.personID, identity.personID])
            if let wanted {
                contracts = contracts.filter { wanted.contains(($0["contrat_id"] as String?) ?? "") }
            }
            var graph = ResourceGraph()
            guard pagedInSQL else {
                let rows = try DataQueries.readings(db, during: contracts)
                for item in rows { graph.insertReading(item) }
                return (graph, nil as (resources: [Resource], total: Int)?)
            }
            let (rows, total) = try DataQueries.readingsPage(
                db, contracts: contracts, descending: query.sort[0].descending, offset: query.offset,
                limit: query.limit)
            let resources = rows.compactMap(ResourceGraph.reading)
            for resource in resources { graph.insert(resource) }
            return (graph, (resources, total))
        }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        let scope = PopulationScope.person(identity.personID)
        let document =
            if let page {
                try await builder.page(
                    page.resources, total: page.total, loadingFrom: services.database, scope: scope)
            } else {
                try await builder.collection(
                    graph.all(ofType: "Partner_Releve"), loadingFrom: services.database, scope: scope)
            }
        return try JSONAPIResponse.make(document)
    }

    private func invoices(_ request: Request, _ identity: SubscriberIdentity) async throws -> Response {
        var query = try ListQuery.parse(request.uri.query)
        let (graph, invoices) = try await services.database.read { db in
            let contracts = try String.fetchAllCached(
                db, sql: "SELECT contrat_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?",
                arguments: [identity.personID, identity.personID])
            var graph = ResourceGraph()
            let invoices = try DataQueries.invoices(db, contractIDs: contracts, into: &graph)
            return (graph, invoices)
        }
        if query.sort.isEmpty { query.sort = [(["datefact"], true)] }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        return try JSONAPIResponse.make(
            try await builder.collection(
                invoices, loadingFrom: services.database, scope: .person(identity.personID)))
    }

    private func payable(_ request: Request, _ identity: SubscriberIdentity, number: String) async throws
        -> Response
    {
        let invoice = try await services.database.read { db -> Resource? in
            guard
                let contract = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT * FROM contrat WHERE numcontrat = ? AND (occupant_id = ? OR redevable_id = ?)",
                    arguments: [number, identity.personID, identity.personID])
            else { return nil }
            return try DataQueries.payableInvoice(db, contract: contract)
        }
        guard let invoice else { throw APIError.notFound("no payable invoice for this contract") }
        var graph = ResourceGraph()
        graph.insert(invoice)
        let builder = DocumentBuilder(
            graph: graph, query: ListQuery(), defaultIncludes: [], path: request.uri.path)
        return try JSONAPIResponse.make(try builder.single(invoice))
    }
}

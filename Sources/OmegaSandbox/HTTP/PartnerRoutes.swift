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

    func register(on group: RouterGroup<SandboxRequestContext>) {
        let demandes = DemandeRoutes(services: services)
        group.get("test") { request, _ in
            try requireApiID(request)
            return JSONAPIResponse.noContent()
        }
        group.get("test-404") { _, _ -> Response in throw APIError.notFound() }
        group.get("test-secured") { request, _ in
            _ = try await authenticate(request, body: [])
            return JSONAPIResponse.noContent()
        }
        group.get("enum") { request, _ in try await enumerations(request) }
        group.get("commune") { request, _ in try await list(request, type: "Partner_Commune", includes: []) }
        group.get("voie") { request, _ in
            try await list(request, type: "Partner_Voie", includes: [["commune"]])
        }
        group.get("pdessadr") { request, _ in
            try await list(request, type: "Partner_Pdessadr", includes: [["voie", "commune"]])
        }
        group.get("pconso") { request, _ in
            try await list(request, type: "Partner_Pconso", includes: Self.pointIncludes)
        }
        group.get("pconso/:id") { request, context in
            try await list(
                request, type: "Partner_Pconso", includes: Self.pointIncludes,
                id: context.parameters.get("id"))
        }
        group.get("compteur") { request, _ in try await list(request, type: "Partner_Compteur", includes: [])
        }
        group.get("facture") { request, _ in try await invoices(request) }
        group.get("facture/pour-paiement/:numcontrat") { request, context in
            try await payable(request, number: context.parameters.get("numcontrat") ?? "")
        }
        group.get("message") { request, _ in try await messages(request) }
        group.get("request") { request, _ in
            try await demandes.list(
                request, filer: .partner(try await authenticate(request, body: [])), id: nil)
        }
        group.get("request/:id") { request, context in
            try await demandes.list(
                request, filer: .partner(try await authenticate(request, body: [])),
                id: context.parameters.get("id") ?? "")
        }
        group.post("request/reading") { request, _ in
            let body = try await RequestBody.bytes(request)
            let filer = DemandeFiler.partner(try await authenticate(request, body: body))
            return try await demandes.file(request, filer: filer, kind: .reading, body: body)
        }
        group.put("request/personne/:id") { request, context in
            let body = try await RequestBody.bytes(request)
            let filer = DemandeFiler.partner(try await authenticate(request, body: body))
            return try await demandes.file(
                request, filer: filer, kind: .person(context.parameters.get("id") ?? ""), body: body)
        }
        group.post("request/bill") { request, _ in
            let body = try await RequestBody.bytes(request)
            let filer = DemandeFiler.partner(try await authenticate(request, body: body))
            return try await demandes.file(request, filer: filer, kind: .bill, body: body)
        }
    }

    private func requireApiID(_ request: Request) throws {
        guard let apiID = request.headers[.apiID], !apiID.isEmpty else {
            throw APIError.badRequest("the ApiId header is required")
        }
    }

    /// The Hawk-authenticated partner, whose `ApiId` must be its own.
    private func authenticate(_ request: Request, body: [UInt8]) async throws -> AuthenticatedPartner {
        try requireApiID(request)
        let signed = HawkVerifier.SignedRequest(
            method: request.method.rawValue, resource: request.uri.description,
            hostHeader: request.head.authority,
            authorization: request.headers[.authorization], contentType: request.headers[.contentType],
            body: body)
        let partner = try await services.hawk.authenticate(signed)
        guard request.headers[.apiID] == partner.partner.apiID else {
            throw APIError.unauthorized("the ApiId does not belong to these credentials")
        }
        return partner
    }

    private func scope(_ partner: AuthenticatedPartner) -> PopulationScope {
        DemandeFiler.partner(partner).populationScope
    }

    private func list(_ request: Request, type: String, includes: [[String]], id: String? = nil) async throws
        -> Response
    {
        let partner = try await authenticate(request, body: [])
        let query = try ListQuery.parse(request.uri.query)
        let scope = scope(partner)
        let graph = try await services.database.read { db in
            var loader = GraphLoader(db: db, scope: scope)
            try loader.loadPoints(try loader.pconsoIDs())
            return loader.graph
        }
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: includes, path: request.uri.path)
        if let id {
            guard let resource = graph[ResourceKey(type: type, id: id)] else { throw APIError.notFound() }
            return JSONAPIResponse.make(builder.single(resource))
        }
        let candidates = graph.all(ofType: type).sorted {
            ($0.id ?? "").localizedStandardCompare($1.id ?? "") == .orderedAscending
        }
        return JSONAPIResponse.make(builder.collection(candidates))
    }

    private func enumerations(_ request: Request) async throws -> Response {
        _ = try await authenticate(request, body: [])
        let query = try ListQuery.parse(request.uri.query)
        let (graph, enums) = try await services.database.read { db in
            var graph = ResourceGraph()
            let enums = try DataQueries.enumerations(db, into: &graph)
            return (graph, enums)
        }
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: [["lignes"]], path: request.uri.path)
        return JSONAPIResponse.make(builder.collection(enums))
    }

    private func invoices(_ request: Request) async throws -> Response {
        let partner = try await authenticate(request, body: [])
        var query = try ListQuery.parse(request.uri.query)
        let scope = scope(partner)
        let (graph, invoices) = try await services.database.read { db in
            var loader = GraphLoader(db: db, scope: scope)
            let points = try loader.pconsoIDs()
            try loader.loadPoints(points)
            var graph = loader.graph
            let contracts = graph.all(ofType: "Partner_Contrat").compactMap(\.id)
            let invoices = try DataQueries.invoices(db, contractIDs: contracts, into: &graph)
            return (graph, invoices)
        }
        if query.sort.isEmpty { query.sort = [(["datefact"], true)] }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        return JSONAPIResponse.make(builder.collection(invoices))
    }

    private func payable(_ request: Request, number: String) async throws -> Response {
        let partner = try await authenticate(request, body: [])
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
        return JSONAPIResponse.make(builder.collection([invoice]))
    }

    private func messages(_ request: Request) async throws -> Response {
        _ = try await authenticate(request, body: [])
        let query = try ListQuery.parse(request.uri.query)
        let messages = try await services.database.read { db in try DataQueries.messages(db, now: Date()) }
        var graph = ResourceGraph()
        for item in messages { graph.insert(item) }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        return JSONAPIResponse.make(builder.collection(messages))
    }
}

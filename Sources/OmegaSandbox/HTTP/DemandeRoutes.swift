import Foundation
import GRDB
import Hummingbird
import HummingbirdAuth
import JSONAPI

/// Filing and reading demandes, for subscribers and partners alike: dry run
/// (`Omega-DryRun: true`), `Idempotency-Key`, validation with field errors, 202 + the
/// `Partner_Request`.
struct DemandeRoutes {
    enum Kind {
        case reading
        case person(String)
        case bill
    }

    let services: SandboxServices

    /// Registers the routes every filer shares: `GET request[/:id]` on `group`, and the
    /// readings and person updates (JSON:API bodies) on `documents`. `filer` says who files,
    /// from the identity the group's authenticator found.
    func register<Context: AuthRequestContext>(
        on group: RouterGroup<Context>, documents: RouterGroup<Context>,
        filer: @escaping @Sendable (Context.Identity) -> DemandeFiler
    ) {
        group.get("request") { request, context in
            try await list(request, filer: filer(try context.requireIdentity()), id: nil)
        }
        group.get("request/:id") { request, context in
            try await list(
                request, filer: filer(try context.requireIdentity()), id: context.parameters.get("id") ?? "")
        }
        documents.post("request/reading") { request, context in
            try await file(request, filer: filer(try context.requireIdentity()), kind: .reading)
        }
        documents.put("request/personne/:id") { request, context in
            try await file(
                request, filer: filer(try context.requireIdentity()),
                kind: .person(context.parameters.get("id") ?? ""))
        }
    }

    func file(_ request: Request, filer: DemandeFiler, kind: Kind) async throws -> Response {
        let dryRun = request.headers[.omegaDryRun]?.lowercased() == "true"
        let body = try await JSONBody.bytes(request)
        let resource = try JSONBody.resource(body)
        let key = try Idempotency.key(request.headers[.idempotencyKey])
        let fingerprint = Idempotency.fingerprint(
            method: request.method.rawValue, path: request.uri.path, body: body)
        let scope = filer.populationScope
        let now = Date()
        if dryRun {
            let draft = try await services.database.read { db in
                try validate(kind, resource, scope: scope, db: db, now: now)
            }
            return try JSONAPIResponse.make(
                DemandeStore.preview(draft, filer: filer, now: now), headers: [.omegaDryRun: "true"])
        }
        let answer: (status: Int, body: Data) = try await services.database.write { db in
            if let key,
                let stored = try Idempotency.lookup(
                    db, scope: filer.idempotencyScope, key: key, fingerprint: fingerprint)
            {
                return (stored.status, stored.body)
            }
            let draft = try validate(kind, resource, scope: scope, db: db, now: now)
            let id = try DemandeStore.insert(db, draft: draft, filer: filer, now: now)
            let graph = try DemandeStore.load(db, filer: filer, id: id)
            guard let stored = graph[ResourceKey(type: "Partner_Request", id: id)] else {
                throw APIError(.internalServerError, title: "Internal Server Error")
            }
            let builder = DocumentBuilder(
                graph: graph, query: ListQuery(), defaultIncludes: [["history"]], path: request.uri.path)
            let data = try JSONAPIResponse.encode(try builder.single(stored))
            if let key {
                try Idempotency.save(
                    db, scope: filer.idempotencyScope, key: key, fingerprint: fingerprint, status: 202,
                    body: data)
            }
            return (202, data)
        }
        return JSONAPIResponse.response(answer.body, status: HTTPResponse.Status(code: answer.status))
    }

    private func validate(_ kind: Kind, _ resource: Resource, scope: PopulationScope, db: Database, now: Date)
        throws
        -> DemandeDraft
    {
        switch kind {
        case .reading:
            return try DemandeValidation.reading(resource.attributes, scope: scope, db: db, now: now)
        case .person(let personID):
            guard try ScopeChecks.personInScope(db, scope, personID) else { throw APIError.notFound() }
            return try DemandeValidation.person(resource.attributes, personID: personID)
        case .bill:
            return try DemandeValidation.bill(resource.attributes)
        }
    }

    /// `GET …/request[/:id]`: the filer's own requests, with `include=history` by default.
    func list(_ request: Request, filer: DemandeFiler, id: String?) async throws -> Response {
        let query = try ListQuery.parse(request.uri.query)
        let graph = try await services.database.read { db in try DemandeStore.load(db, filer: filer, id: id) }
        let builder = DocumentBuilder(
            graph: graph, query: query, defaultIncludes: [["history"]], path: request.uri.path)
        if let id {
            guard let resource = graph[ResourceKey(type: "Partner_Request", id: id)] else {
                throw APIError.notFound()
            }
            return try JSONAPIResponse.make(
                try await builder.single(
                    resource, loadingFrom: services.database, scope: filer.populationScope))
        }
        var listQuery = builder
        if query.sort.isEmpty { listQuery.query.sort = [(["req_ts"], true)] }
        return try JSONAPIResponse.make(
            try await listQuery.collection(
                graph.all(ofType: "Partner_Request"), loadingFrom: services.database,
                scope: filer.populationScope))
    }
}

/// The type of a header name (`HTTPField.Name`, reached through Hummingbird's `HTTPFields`).
typealias HeaderName = HTTPFields.Element.Name

extension HeaderName {
    /// `Omega-DryRun: true`: validate only.
    static let omegaDryRun = HeaderName("Omega-DryRun") ?? .accept
    /// `Idempotency-Key: <uuid>`.
    static let idempotencyKey = HeaderName("Idempotency-Key") ?? .accept
    /// `ApiId: <key>@<name>`: the partner integration.
    static let apiID = HeaderName("ApiId") ?? .accept
}

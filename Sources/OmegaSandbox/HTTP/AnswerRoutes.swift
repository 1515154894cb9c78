import Foundation
import GRDB
import Hummingbird
import HummingbirdAuth
import JSONAPI
import OmegaClient

/// `POST …/request/:id/answer` (our extension, docs/api.md): the subscriber — or the counter
/// agent for him — answers the question of a request in `CLIENT` ("Attente client"); the
/// answer becomes the comment of the move back to `OMEGA` ("En traitement"), and the water
/// service takes the request up again.
struct AnswerRoutes {
    /// The longest answer kept (characters, after trimming).
    static let maximumLength = 2000
    /// The member of the body holding the text.
    static let member = "answer"

    let services: SandboxServices

    /// Registers the route on the JSON:API group of a filer (subscriber or partner).
    func register<Context: AuthRequestContext>(
        on documents: RouterGroup<Context>, filer: @escaping @Sendable (Context.Identity) -> DemandeFiler
    ) {
        documents.post("request/:id/answer") { request, context in
            try await answer(
                request, filer: filer(try context.requireIdentity()), id: context.parameters.get("id") ?? "")
        }
    }

    /// The text checked (trimmed, not empty, not too long), the request checked (the filer's,
    /// waiting for him), then the move `CLIENT` -> `OMEGA` with the answer, in one transaction.
    func answer(_ request: Request, filer: DemandeFiler, id: String) async throws -> Response {
        let resource = try JSONBody.resource(try await JSONBody.bytes(request))
        let text = try Self.text(resource.attributes)
        let now = Date()
        let data: Data = try await services.database.write { db in
            guard DemandeStore.visible(db, filer: filer, id: id),
                let status = try String.fetchOne(
                    db, sql: "SELECT req_status FROM request WHERE req_id = ?", arguments: [id])
            else { throw APIError.notFound() }
            guard status == StatutDemande.attenteClient.rawValue else {
                throw APIError.refused(
                    RuleRefusal(
                        code: .requestNotWaiting, pointer: nil,
                        detail: "the request does not wait for an answer (status \(status))",
                        meta: ["status": .string(status)]), status: .conflict)
            }
            _ = try SandboxStore.appendEvent(
                db, requestId: id, status: .enTraitement, comment: text, agent: filer.agent,
                expected: .attenteClient, at: now)
            let graph = try DemandeStore.load(db, filer: filer, id: id)
            guard let stored = graph[ResourceKey(type: "Partner_Request", id: id)] else {
                throw APIError.notFound()
            }
            let builder = DocumentBuilder(
                graph: graph, query: ListQuery(), defaultIncludes: [["history"]], path: request.uri.path)
            return try JSONAPIResponse.encode(try builder.single(stored))
        }
        return JSONAPIResponse.response(data, status: .ok)
    }

    /// The answer's text, trimmed; refused when missing, blank or longer than the maximum.
    static func text(_ attributes: [String: JSONValue]) throws(APIError) -> String {
        let raw = attributes[member].flatMap(FilterEvaluation.text) ?? ""
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw APIError.refused(.attribute(member, .fieldRequired, "the answer is empty"))
        }
        guard text.count <= maximumLength else {
            throw APIError.refused(
                .attribute(
                    member, .fieldTooLong, "the answer is longer than \(maximumLength) characters",
                    meta: ["max": .number(Decimal(maximumLength))]))
        }
        return text
    }
}

extension DemandeStore {
    /// Whether `filer` may read request `id` (the same rule as the list).
    static func visible(_ db: Database, filer: DemandeFiler, id: String) -> Bool {
        guard let graph = try? load(db, filer: filer, id: id) else { return false }
        return graph[ResourceKey(type: "Partner_Request", id: id)] != nil
    }
}

import Foundation
import Hummingbird

/// `GET …/message`, the same for subscribers and partners: the service's messages in force
/// today (unscoped: every reader sees them all).
enum MessagesEndpoint {
    static func respond(to request: Request, services: SandboxServices) async throws -> Response {
        let query = try ListQuery.parse(request.uri.query)
        let messages = try await services.database.read { db in try DataQueries.messages(db, now: Date()) }
        var graph = ResourceGraph()
        for item in messages { graph.insert(item) }
        let builder = DocumentBuilder(graph: graph, query: query, defaultIncludes: [], path: request.uri.path)
        return try JSONAPIResponse.make(try builder.collection(messages))
    }
}

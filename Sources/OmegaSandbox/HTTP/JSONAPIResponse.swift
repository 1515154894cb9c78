import Foundation
import Hummingbird
import JSONAPI

/// Builds the sandbox's HTTP responses: every body is JSON:API (`application/vnd.api+json`).
enum JSONAPIResponse {
    static let mediaType = "application/vnd.api+json"

    /// The `jsonapi` member exactly as Omega sends it (`meta` is an empty *array*).
    static let jsonapiMember: JSONValue = .object(["version": .string("1.0"), "meta": .array([])])

    /// The top-level `meta` Omega puts on its documents.
    static let omegaMeta: JSONValue = .object([
        "copyright": .string("Copyright 2018 Jvs-Mairistem"),
        "authors": .array([.string("omega-sandbox")]),
    ])

    /// A response carrying `document`.
    static func make(
        _ document: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data(#"{"errors":[{"code":"500"}]}"#.utf8)
        var fields = headers
        fields[.contentType] = mediaType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An empty 204 answer.
    static func noContent(headers: HTTPFields = [:]) -> Response {
        Response(status: .noContent, headers: headers)
    }

    /// The error document of `error`.
    static func error(_ error: APIError) -> Response {
        make(error.document, status: error.status, headers: error.headers)
    }
}

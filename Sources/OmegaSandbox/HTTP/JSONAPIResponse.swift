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

    /// A response carrying `document`; a document that cannot be encoded is an error (the
    /// error middleware logs it and answers 500), never a 200 with something else.
    static func make(
        _ document: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) throws -> Response {
        response(try encode(document), status: status, headers: headers)
    }

    /// A response carrying an already encoded document.
    static func response(_ data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:])
        -> Response
    {
        var fields = headers
        fields[.contentType] = mediaType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The bytes of `document`: sorted keys, slashes unescaped, by the JSONAPI library's own
    /// writer (Foundation's `JSONEncoder` took a third of a `subscriber/me` answer's time).
    static func encode(_ document: JSONValue) throws -> Data {
        try document.jsonData()
    }

    /// An empty 204 answer.
    static func noContent(headers: HTTPFields = [:]) -> Response {
        Response(status: .noContent, headers: headers)
    }

    /// The error document of `error`. Error documents hold only strings, so encoding them
    /// cannot fail; the fallback keeps the status and the shape all the same.
    static func error(_ error: APIError) -> Response {
        let data =
            (try? encode(error.document))
            ?? Data(#"{"errors":[{"code":"\#(error.status.code)","status":"\#(error.status.code)"}]}"#.utf8)
        return response(data, status: error.status, headers: error.headers)
    }
}

import Foundation
import Hummingbird
import JSONAPI

/// A failure answered to the client as a JSON:API `errors` document.
///
/// Every handler throws this type (or lets `ErrorDocumentMiddleware` translate other errors
/// into it), so that no failure ever leaves the sandbox as anything but JSON:API.
struct APIError: Error, Sendable {
    /// One entry of the `errors` array.
    struct Entry: Sendable {
        var title: String
        var detail: String?
        var pointer: String?
        var parameter: String?
        /// The request header at fault (`source.header`, JSON:API 1.1).
        var header: String? = nil
    }

    var status: HTTPResponse.Status
    var entries: [Entry]
    var headers: HTTPFields

    init(
        _ status: HTTPResponse.Status, title: String, detail: String? = nil, pointer: String? = nil,
        parameter: String? = nil, header: String? = nil, headers: HTTPFields = [:]
    ) {
        self.status = status
        self.entries = [
            Entry(title: title, detail: detail, pointer: pointer, parameter: parameter, header: header)
        ]
        self.headers = headers
    }

    init(_ status: HTTPResponse.Status, entries: [Entry], headers: HTTPFields = [:]) {
        self.status = status
        self.entries = entries
        self.headers = headers
    }

    /// The document as Omega writes it: `links.about`, `code`, `title`, plus `status`,
    /// `detail` and `source` when known.
    var document: JSONValue {
        let errors = entries.map { entry -> JSONValue in
            var object: [String: JSONValue] = [
                "links": .object(["about": .string("http://jsonapi.org/format")]),
                "status": .string(String(status.code)),
                "code": .string(String(status.code)),
                "title": .string(entry.title),
            ]
            if let detail = entry.detail { object["detail"] = .string(detail) }
            var source: [String: JSONValue] = [:]
            if let pointer = entry.pointer { source["pointer"] = .string(pointer) }
            if let parameter = entry.parameter { source["parameter"] = .string(parameter) }
            if let header = entry.header { source["header"] = .string(header) }
            if !source.isEmpty { object["source"] = .object(source) }
            return .object(object)
        }
        return .object(["errors": .array(errors)])
    }
}

extension APIError {
    static func notFound(_ detail: String? = nil) -> APIError {
        APIError(.notFound, title: "Not Found!", detail: detail)
    }

    static func badRequest(_ detail: String, parameter: String? = nil) -> APIError {
        APIError(.badRequest, title: "Bad Request", detail: detail, parameter: parameter)
    }

    static func unauthorized(_ detail: String, headers: HTTPFields = [:]) -> APIError {
        APIError(.unauthorized, title: "Unauthorized", detail: detail, headers: headers)
    }

    static func forbidden(_ detail: String) -> APIError {
        APIError(.forbidden, title: "Forbidden", detail: detail)
    }

    static func conflict(_ detail: String) -> APIError {
        APIError(.conflict, title: "Conflict", detail: detail)
    }

    static func unprocessable(_ detail: String, pointer: String? = nil) -> APIError {
        APIError(.unprocessableContent, title: "Unprocessable Entity", detail: detail, pointer: pointer)
    }

    /// A 422 with one entry per invalid field, each pointing at `/data/attributes/<name>`.
    static func invalidFields(_ fields: [(name: String, message: String)]) -> APIError {
        APIError(
            .unprocessableContent,
            entries: fields.map {
                Entry(title: "Invalid Attribute", detail: $0.message, pointer: "/data/attributes/\($0.name)")
            })
    }
}

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
        /// The rule broken (``RefusalCode``); nil: the HTTP status, as Omega writes it.
        var code: String? = nil
        /// The values the client's sentence for `code` needs (`last_index`…).
        var meta: [String: JSONValue] = [:]
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
    /// `detail`, `source` and `meta` when known. `code` is the HTTP status (Omega's own
    /// errors) or, for a refusal, the stable code of the rule (ours, docs/api.md).
    var document: JSONValue {
        let errors = entries.map { entry -> JSONValue in
            var object: [String: JSONValue] = [
                "links": .object(["about": .string("http://jsonapi.org/format")]),
                "status": .string(String(status.code)),
                "code": .string(entry.code ?? String(status.code)),
                "title": .string(entry.title),
            ]
            if let detail = entry.detail { object["detail"] = .string(detail) }
            var source: [String: JSONValue] = [:]
            if let pointer = entry.pointer { source["pointer"] = .string(pointer) }
            if let parameter = entry.parameter { source["parameter"] = .string(parameter) }
            if let header = entry.header { source["header"] = .string(header) }
            if !source.isEmpty { object["source"] = .object(source) }
            if !entry.meta.isEmpty { object["meta"] = .object(entry.meta) }
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

    /// One refusal: 422 (or `status`) with the rule's code, pointer and values.
    static func refused(_ refusal: RuleRefusal, status: HTTPResponse.Status = .unprocessableContent)
        -> APIError
    {
        refused([refusal], status: status)
    }

    /// A 422 (or `status`) with one entry per rule broken, every problem at once.
    static func refused(_ refusals: [RuleRefusal], status: HTTPResponse.Status = .unprocessableContent)
        -> APIError
    {
        APIError(
            status,
            entries: refusals.map {
                Entry(
                    title: status == .conflict ? "Conflict" : "Invalid Attribute", detail: $0.detail,
                    pointer: $0.pointer, code: $0.code.rawValue, meta: $0.meta)
            })
    }
}

import Foundation
import JSONAPI

/// The one error type of the Omega client: HTTP answers, transport failures, timeouts and
/// unreadable documents, with the server's JSON:API error objects. It holds no sentence for
/// people: the application words each ``Kind`` in its own language tables.
public struct OmegaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 400: the request is malformed (a client bug or an unsupported parameter).
        case badRequest
        /// 401 outside login: the session or the partner signature is not accepted.
        case unauthorized
        /// 401 at login: wrong e-mail or password.
        case invalidCredentials
        /// The session has ended (no token, or the refresh token died): log in again.
        case sessionExpired
        /// 403 at login: the account's e-mail address is not verified yet.
        case accountNotVerified
        /// 403: not allowed.
        case forbidden
        /// 404: not found (or not yours).
        case notFound
        /// 409: a conflict (address not allowed, e-mail taken, idempotency key reused).
        case conflict
        /// 406/415: the server refuses our media type (a client bug).
        case unsupportedMediaType
        /// 422: the server refuses the values; see ``OmegaError/fieldErrors``.
        case validationFailed
        /// 429: too many attempts; see ``OmegaError/retryAfter``.
        case tooManyRequests
        /// 500: the server failed.
        case serverError
        /// 502/503/504: the service is down or overloaded.
        case serviceUnavailable
        /// Any other unexpected HTTP status.
        case unexpectedStatus
        /// The server could not be reached or closed the connection.
        case connectionFailed
        /// The server did not answer in time.
        case timeout
        /// The answer is not a readable JSON:API document.
        case decodingFailed
        /// The server's Hawk signature (`Server-Authorization`) is wrong: the answer is rejected.
        case invalidServerSignature
        /// The call was cancelled.
        case cancelled
    }

    /// The class of failure.
    public var kind: Kind
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// The server's error objects (code, title, detail, `source.pointer`), possibly empty.
    public var errors: [ErrorObject]
    /// How long the server asks to wait before trying again (`Retry-After`), in seconds.
    public var retryAfter: TimeInterval?
    /// Technical detail for logs (never shown as the message): the underlying error's text.
    public var technicalDetail: String?

    /// Creates an error.
    public init(
        _ kind: Kind, status: Int? = nil, errors: [ErrorObject] = [], retryAfter: TimeInterval? = nil,
        technicalDetail: String? = nil
    ) {
        self.kind = kind
        self.status = status
        self.errors = errors
        self.retryAfter = retryAfter
        self.technicalDetail = technicalDetail
    }

    /// The error for an HTTP status (and the JSON:API errors of its body).
    public init(status: Int, errors: [ErrorObject] = [], retryAfter: TimeInterval? = nil) {
        self.init(Self.kind(forStatus: status), status: status, errors: errors, retryAfter: retryAfter)
    }

    /// A decoding failure carrying the document error's description.
    public init(decoding error: DocumentDecodingError, status: Int? = nil) {
        self.init(.decodingFailed, status: status, technicalDetail: error.description)
    }

    /// The kind an HTTP status maps to.
    public static func kind(forStatus status: Int) -> Kind {
        switch status {
        case 400: .badRequest
        case 401: .unauthorized
        case 403: .forbidden
        case 404: .notFound
        case 409: .conflict
        case 406, 415: .unsupportedMediaType
        case 422: .validationFailed
        case 429: .tooManyRequests
        case 500: .serverError
        case 502, 503, 504: .serviceUnavailable
        default: .unexpectedStatus
        }
    }

    /// Field errors for forms: the attribute named by each error's `source.pointer`
    /// (`/data/attributes/ni` → `ni`, `/email` → `email`) mapped to its detail (or title).
    /// When several errors name one field, the first wins.
    public var fieldErrors: [String: String] {
        var fields: [String: String] = [:]
        for error in errors {
            guard let pointer = error.source?.pointer, let field = Self.fieldName(pointer: pointer),
                fields[field] == nil
            else { continue }
            fields[field] = error.detail ?? error.title ?? ""
        }
        return fields
    }

    /// The attribute a JSON Pointer designates: the member under `/data/attributes/` or
    /// `/data/relationships/`, or a top-level member of a plain JSON body.
    public static func fieldName(pointer: String) -> String? {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        if tokens.count >= 3, tokens[0] == "data", tokens[1] == "attributes" || tokens[1] == "relationships" {
            return tokens[2]
        }
        if tokens.count == 1, let name = tokens.first, !name.isEmpty, name != "data" { return name }
        return nil
    }

    /// Whether trying the same call again later may succeed (connection problems, timeouts,
    /// 429, 502/503/504). Whether the transport retries also depends on the method.
    public var isRetryable: Bool {
        switch kind {
        case .connectionFailed, .timeout, .tooManyRequests, .serviceUnavailable: true
        default: false
        }
    }

    /// A technical description for logs: kind, status, error codes and titles (never secrets).
    public var description: String {
        var text = "OmegaError.\(kind.rawValue)"
        if let status { text += " (HTTP \(status))" }
        let summaries = errors.map {
            [$0.code, $0.title, $0.detail].compactMap { $0 }.joined(separator: " ")
        }
        if !summaries.isEmpty { text += ": " + summaries.joined(separator: "; ") }
        if let technicalDetail { text += " [\(technicalDetail)]" }
        return text
    }
}

import Hummingbird

/// Requires, on a group of routes that take a body, the media type the contract gives them
/// (`subscriber-api.md`): 415 for any other, 400 for a body that is not UTF-8 (JSON must be;
/// decoding it leniently would store U+FFFD in place of the client's bytes).
struct MediaTypeMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The media types the sandbox reads.
    enum MediaType: String, Sendable {
        /// A plain JSON object: token, refresh, verification and password endpoints.
        case json = "application/json"
        /// A JSON:API document: account creation and demandes.
        case jsonAPI = "application/vnd.api+json"

        /// Whether a `Content-Type` names this type. JSON:API 1.0 forbids media type
        /// parameters on its type; plain JSON may say `charset=utf-8`.
        func matches(_ contentType: String?) -> Bool {
            guard let contentType else { return false }
            let parts = contentType.split(separator: ";").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard parts.first == rawValue else { return false }
            let parameters = parts.dropFirst()
            switch self {
            case .jsonAPI: return parameters.isEmpty
            case .json:
                return parameters.allSatisfy {
                    $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\"", with: "")
                        == "charset=utf-8"
                }
            }
        }
    }

    let accepted: MediaType

    init(_ accepted: MediaType) {
        self.accepted = accepted
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let body = try await JSONBody.collect(request.body)
        // A bodiless request gets the handler's own "the body must be…" answer.
        guard body.readableBytes > 0 || request.headers[.contentType] != nil else {
            return try await next(request, context)
        }
        guard accepted.matches(request.headers[.contentType]) else {
            throw APIError(
                .unsupportedMediaType, title: "Unsupported Media Type",
                detail: "send the body as Content-Type: \(accepted.rawValue)")
        }
        guard String(validating: body.readableBytesView, as: UTF8.self) != nil else {
            throw APIError.badRequest("the body is not valid UTF-8")
        }
        return try await next(request, context)
    }
}

/// The HTTP methods the Omega API uses.
public enum OmegaMethod: String, Sendable, Hashable {
    /// Reads; always safe to retry.
    case get = "GET"
    /// Creates (account, token, filed requests).
    case post = "POST"
    /// Replaces (person change requests, password).
    case put = "PUT"
    /// Partially updates (unused by Omega today).
    case patch = "PATCH"
    /// Deletes (logout).
    case delete = "DELETE"
}

/// How a call authenticates.
public enum OmegaAuthentication: Sendable {
    /// No authentication (account creation, login, password reset).
    case none
    /// A subscriber's access token (`Authorization: Bearer …`).
    case bearer(String)
    /// A partner's Hawk signature, with optional `ext` (e.g. `agent=<login>`), signed anew on
    /// every try.
    case hawk(HawkSigner, ext: String?)
}

/// The format of a request body.
public enum OmegaBodyFormat: String, Sendable, Hashable {
    /// A JSON:API document (`application/vnd.api+json`).
    case jsonAPI = "application/vnd.api+json"
    /// A plain JSON object (`application/json`), for the token and password endpoints.
    case json = "application/json"
}

/// One call to the API, before authentication.
public struct OmegaRequest: Sendable {
    /// The method.
    public var method: OmegaMethod
    /// The path relative to the configuration's base URL, e.g. `subscriber/releve`.
    public var path: String
    /// The percent-encoded query string without `?` (see JSONAPI's `Query`).
    public var query: String?
    /// The body bytes, if any.
    public var body: [UInt8]?
    /// The body's media type.
    public var bodyFormat: OmegaBodyFormat
    /// Sent as `Idempotency-Key`; makes a POST/PUT safe to retry (same key on every try).
    public var idempotencyKey: String?
    /// Sends `Omega-DryRun: true`: the server validates without acting.
    public var dryRun: Bool

    /// Creates a request.
    public init(
        _ method: OmegaMethod, _ path: String, query: String? = nil, body: [UInt8]? = nil,
        bodyFormat: OmegaBodyFormat = .jsonAPI, idempotencyKey: String? = nil, dryRun: Bool = false
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.bodyFormat = bodyFormat
        self.idempotencyKey = idempotencyKey
        self.dryRun = dryRun
    }

    /// Whether repeating the call cannot apply it twice: GETs, and writes with an idempotency key.
    public var isSafeToRetry: Bool {
        method == .get || (idempotencyKey != nil && (method == .post || method == .put))
    }
}

import Foundation

/// Where and how the client talks to OmegaWEB (or the sandbox).
public struct OmegaConfiguration: Sendable {
    /// The API root, ending with `/`, e.g. `http://127.0.0.1:8080/api/v1/`.
    public var baseURL: String
    /// The integration's identity sent as the `ApiId` header (`<key>@<name>`).
    public var apiId: String
    /// Longest wait for a TCP connection, in seconds.
    public var connectTimeout: TimeInterval
    /// Longest wait for one try of a request (sending, waiting and reading the answer to its
    /// last byte), in seconds.
    public var requestTimeout: TimeInterval
    /// Longest time one call may take in all, in seconds: every try, the waits between tries and
    /// the reading of each answer. Past it the call fails with ``OmegaError/Kind/timeout``, so a
    /// server that answers one byte at a time cannot keep a screen loading forever.
    public var totalTimeout: TimeInterval
    /// Retries of failed calls.
    public var retryPolicy: RetryPolicy
    /// Largest response body accepted, in bytes.
    public var maximumResponseSize: Int
    /// Whether partner answers must carry a valid `Server-Authorization` header.
    public var requireServerAuthorization: Bool

    /// Creates a configuration; `baseURL` gets a trailing `/` if it lacks one.
    public init(
        baseURL: String, apiId: String, connectTimeout: TimeInterval = 5, requestTimeout: TimeInterval = 20,
        totalTimeout: TimeInterval = 30, retryPolicy: RetryPolicy = .standard,
        maximumResponseSize: Int = 16 * 1024 * 1024,
        requireServerAuthorization: Bool = false
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.apiId = apiId
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.totalTimeout = totalTimeout
        self.retryPolicy = retryPolicy
        self.maximumResponseSize = maximumResponseSize
        self.requireServerAuthorization = requireServerAuthorization
    }

    /// The full URL of `path` (relative to ``baseURL``, without leading `/`) with an
    /// already percent-encoded `query` (without `?`).
    public func url(path: String, query: String? = nil) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let query, !query.isEmpty else { return baseURL + trimmed }
        return baseURL + trimmed + "?" + query
    }
}

import AsyncHTTPClient
import Foundation
import JSONAPI
import Logging
import NIOCore
import NIOHTTP1

/// The HTTP layer of the client: JSON:API headers, `ApiId`, authentication, timeouts,
/// retries with backoff, and the mapping of every failure to ``OmegaError``.
///
/// Bodies and the `Authorization` header are never logged.
public final class OmegaTransport: Sendable {
    /// Where and how to call.
    public let configuration: OmegaConfiguration
    let httpClient: HTTPClient
    private let ownsHTTPClient: Bool
    let logger: Logger

    /// Creates a transport. With no `httpClient`, it creates its own, configured with the
    /// connect timeout: call ``shutdown()`` before releasing the transport (async-http-client
    /// stops debug builds that release a running client). A borrowed client stays the
    /// caller's to shut down.
    public init(configuration: OmegaConfiguration, httpClient: HTTPClient? = nil, logger: Logger? = nil) {
        self.configuration = configuration
        self.logger = logger ?? Logger(label: "omega.client.transport")
        if let httpClient {
            self.httpClient = httpClient
            self.ownsHTTPClient = false
        } else {
            var clientConfiguration = HTTPClient.Configuration()
            clientConfiguration.timeout = .init(connect: Self.timeAmount(configuration.connectTimeout))
            clientConfiguration.redirectConfiguration = .disallow
            self.httpClient = HTTPClient(
                eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
            self.ownsHTTPClient = true
        }
    }

    /// Shuts down the HTTP client if this transport created it. Call once, when done.
    public func shutdown() async throws {
        if ownsHTTPClient { try await httpClient.shutdown() }
    }

    /// Sends `request`, retrying what is safe to retry, and returns the 2xx answer.
    ///
    /// A Hawk call that gets a verified stale-timestamp 401 is signed again once with the
    /// corrected clock. Non-2xx answers become an ``OmegaError`` carrying the JSON:API errors.
    public func send(_ request: OmegaRequest, authentication: OmegaAuthentication = .none)
        async throws(OmegaError)
        -> OmegaResponse
    {
        let url = configuration.url(path: request.path, query: request.query)
        let policy = configuration.retryPolicy
        let clock = ContinuousClock()
        let callDeadline = clock.now + Self.duration(configuration.totalTimeout)
        var attempt = 0
        var clockCorrected = false
        while true {
            attempt += 1
            let (httpRequest, signature) = try prepare(request, url: url, authentication: authentication)
            let tryDeadline = min(clock.now + Self.duration(configuration.requestTimeout), callDeadline)
            let outcome: Result<OmegaResponse, OmegaError>
            do {
                outcome = .success(try await execute(httpRequest, until: tryDeadline))
            } catch {
                outcome = .failure(error)
            }
            let failure: OmegaError
            switch outcome {
            case .success(let response) where (200..<300).contains(response.status):
                try verifyServerAuthorization(response, signature: signature, authentication: authentication)
                logger.debug("\(request.method.rawValue) \(request.path) → \(response.status)")
                return response
            case .success(let response):
                if response.status == 401, !clockCorrected, case .hawk(let signer, _) = authentication,
                    let header = response.header("WWW-Authenticate"),
                    (try? signer.adjustClock(wwwAuthenticate: header, url: url)) == true
                {
                    // Not counted as a try: the server told us its time, so sign again.
                    clockCorrected = true
                    attempt -= 1
                    continue
                }
                failure = Self.error(for: response)
            case .failure(let error):
                failure = error
            }
            logger.debug("\(request.method.rawValue) \(request.path) failed: \(failure.kind.rawValue)")
            guard request.isSafeToRetry, failure.isRetryable, failure.kind != .cancelled,
                attempt < policy.maximumAttempts
            else { throw failure }
            let wait = failure.retryAfter ?? policy.delay(afterAttempt: attempt)
            // A try that could not start before the call's deadline is not made.
            guard wait <= policy.maximumRetryAfter, clock.now + Self.duration(wait) < callDeadline else {
                throw failure
            }
            do {
                try await Task.sleep(for: Self.duration(wait))
            } catch {
                throw OmegaError(.cancelled)
            }
        }
    }

    private func prepare(_ request: OmegaRequest, url: String, authentication: OmegaAuthentication)
        throws(OmegaError) -> (HTTPClientRequest, HawkSignature?)
    {
        var httpRequest = HTTPClientRequest(url: url)
        httpRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        httpRequest.headers.add(name: "Accept", value: Self.accept(for: request.bodyFormat))
        httpRequest.headers.add(name: "ApiId", value: configuration.apiId)
        if let body = request.body {
            httpRequest.headers.add(name: "Content-Type", value: request.bodyFormat.rawValue)
            httpRequest.body = .bytes(ByteBuffer(bytes: body))
        }
        if let key = request.idempotencyKey { httpRequest.headers.add(name: "Idempotency-Key", value: key) }
        if request.dryRun { httpRequest.headers.add(name: "Omega-DryRun", value: "true") }
        var signature: HawkSignature?
        switch authentication {
        case .none:
            break
        case .bearer(let token):
            httpRequest.headers.add(name: "Authorization", value: "Bearer \(token)")
        case .hawk(let signer, let ext):
            do {
                let signed = try signer.sign(
                    method: request.method.rawValue, url: url, payload: request.body,
                    contentType: request.body == nil ? nil : request.bodyFormat.rawValue, ext: ext)
                httpRequest.headers.add(name: "Authorization", value: signed.header)
                signature = signed
            } catch {
                throw OmegaError(.badRequest, technicalDetail: error.description)
            }
        }
        return (httpRequest, signature)
    }

    /// JSON:API asks for its media type without parameters; plain-JSON endpoints also
    /// accept `application/json` (their answers), and their errors are JSON:API.
    private static func accept(for format: OmegaBodyFormat) -> String {
        switch format {
        case .jsonAPI: OmegaBodyFormat.jsonAPI.rawValue
        case .json: "\(OmegaBodyFormat.jsonAPI.rawValue), \(OmegaBodyFormat.json.rawValue)"
        }
    }

    /// One try: sends `request` and reads the whole answer before `deadline`.
    ///
    /// async-http-client's own deadline stops at the response head; the body is read in a task
    /// that the deadline cancels, so an answer trickling in byte by byte cannot outlast it.
    private func execute(_ request: HTTPClientRequest, until deadline: ContinuousClock.Instant)
        async throws(OmegaError) -> OmegaResponse
    {
        let remaining = ContinuousClock.now.duration(to: deadline)
        let headDeadline = NIODeadline.now() + .nanoseconds(Self.nanoseconds(remaining))
        let (client, logger, limit) = (httpClient, logger, configuration.maximumResponseSize)
        do {
            return try await Self.withDeadline(deadline) {
                let response = try await client.execute(request, deadline: headDeadline, logger: logger)
                let buffer = try await response.body.collect(upTo: limit)
                var headers: [String: String] = [:]
                for (name, value) in response.headers {
                    let key = name.lowercased()
                    headers[key] = headers[key].map { "\($0), \(value)" } ?? value
                }
                return OmegaResponse(
                    status: Int(response.status.code), headers: headers, body: Array(buffer.readableBytesView)
                )
            }
        } catch is NIOTooManyBytesError {
            // Not retried: the same answer would come back, as large.
            throw OmegaError(.decodingFailed, technicalDetail: "the answer is larger than \(limit) bytes")
        } catch {
            throw Self.transportError(error)
        }
    }

    /// Runs `operation`, cancelled and replaced by a ``OmegaError/Kind/timeout`` error if it
    /// has not finished at `deadline`.
    static func withDeadline<T: Sendable>(
        _ deadline: ContinuousClock.Instant, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask(operation: operation)
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                throw OmegaError(.timeout, technicalDetail: "no complete answer before the deadline")
            }
            // Whichever ends first decides; the other is cancelled (the HTTP request with it).
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    private func verifyServerAuthorization(
        _ response: OmegaResponse, signature: HawkSignature?, authentication: OmegaAuthentication
    ) throws(OmegaError) {
        guard case .hawk(let signer, _) = authentication, let signature else { return }
        let serverAuthorization = response.header("Server-Authorization")
        // The body is checked when the server signed its hash; the MAC is always checked.
        let signsPayload = serverAuthorization?.contains("hash=\"") ?? false
        do {
            try signer.verifyResponse(
                serverAuthorization: serverAuthorization, signature: signature,
                payload: signsPayload ? response.body : nil,
                contentType: response.header("Content-Type"),
                required: configuration.requireServerAuthorization)
        } catch {
            throw OmegaError(
                .invalidServerSignature, status: response.status, technicalDetail: error.description)
        }
    }

    static func timeAmount(_ seconds: TimeInterval) -> TimeAmount {
        .nanoseconds(nanoseconds(duration(seconds)))
    }

    /// A wait in seconds as a `Duration`, bounded to [0, one day] whatever the value (negative,
    /// NaN, or absurd), so that no conversion can trap.
    static func duration(_ seconds: TimeInterval) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .nanoseconds(Int64(min(seconds, 86_400) * 1_000_000_000))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        guard duration > .zero else { return 0 }
        let (seconds, attoseconds) = min(duration, .seconds(86_400)).components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

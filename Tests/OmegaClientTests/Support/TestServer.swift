import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OmegaClient

/// A real HTTP server on 127.0.0.1 (port chosen by the system) built from a Hummingbird
/// router, for transport tests: never a mocked client.
enum TestServer {
    /// Runs a server with the routes `configure` adds, calls `body` with its base URL
    /// (`http://127.0.0.1:<port>/api/v1/`), then stops the server.
    static func with<T: Sendable>(
        _ configure: (Router<BasicRequestContext>) -> Void,
        _ body: @Sendable (String) async throws -> T
    ) async throws -> T {
        let router = Router()
        configure(router)
        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: Self.quietLogger
        )
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await app.run()
                return nil
            }
            var iterator = portStream.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw TestServerError.noPort
            }
            let result = try await body("http://127.0.0.1:\(port)/api/v1/")
            group.cancelAll()
            return result
        }
    }

    /// Hummingbird logs its start and its cancellation at info/error level: not test output.
    static let quietLogger: Logger = {
        var logger = Logger(label: "omega-tui.test-server")
        logger.logLevel = .critical
        return logger
    }()

    enum TestServerError: Error {
        case noPort
    }
}

/// A counter and recorder shared between handlers and the test.
final class Recorder: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var values: [String: [String]] = [:]

    /// Adds one to `name` and returns the new count.
    @discardableResult
    func increment(_ name: String) -> Int {
        lock.withLock {
            counts[name, default: 0] += 1
            return counts[name, default: 0]
        }
    }

    func count(_ name: String) -> Int { lock.withLock { counts[name, default: 0] } }

    func record(_ name: String, _ value: String) { lock.withLock { values[name, default: []].append(value) } }

    func values(_ name: String) -> [String] { lock.withLock { values[name, default: []] } }
}

extension Response {
    /// A JSON:API answer with `status` and a JSON `body`.
    static func jsonAPI(_ status: Int, _ body: String, headers extra: [(String, String)] = []) -> Response {
        var headers: HTTPFields = [.contentType: "application/vnd.api+json"]
        for (name, value) in extra {
            if let fieldName = HTTPField.Name(name) { headers[fieldName] = value }
        }
        return Response(
            status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A plain JSON answer.
    static func json(_ status: Int, _ body: String) -> Response {
        Response(
            status: .init(code: status), headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

extension Request {
    /// The value of header `name`.
    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }

    /// The body as bytes.
    mutating func bodyBytes() async throws -> [UInt8] {
        let buffer = try await body.collect(upTo: 1_000_000)
        return Array(buffer.readableBytesView)
    }
}

/// A transport for tests: fast retries so tests stay quick; the production timeouts, so that a
/// loaded machine does not turn a slow answer into a failure (tests of timeouts set their own).
func makeTransport(
    _ baseURL: String,
    retry: RetryPolicy = RetryPolicy(maximumAttempts: 3, baseDelay: 0.01, maximumDelay: 0.05),
    requestTimeout: TimeInterval = 20,
    totalTimeout: TimeInterval = 30
) -> OmegaTransport {
    OmegaTransport(
        configuration: OmegaConfiguration(
            baseURL: baseURL, apiId: "test-key@omega-tui-tests", connectTimeout: 2,
            requestTimeout: requestTimeout, totalTimeout: totalTimeout,
            retryPolicy: retry))
}

/// Runs a test server with `routes` and a transport to it (shut down afterwards).
func serve(
    _ routes: (Router<BasicRequestContext>) -> Void,
    retry: RetryPolicy = RetryPolicy(maximumAttempts: 3, baseDelay: 0.01, maximumDelay: 0.05),
    requestTimeout: TimeInterval = 20,
    totalTimeout: TimeInterval = 30,
    _ body: @Sendable (OmegaTransport) async throws -> Void
) async throws {
    try await TestServer.with(routes) { baseURL in
        let transport = makeTransport(
            baseURL, retry: retry, requestTimeout: requestTimeout, totalTimeout: totalTimeout)
        do {
            try await body(transport)
        } catch {
            try? await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
    }
}

/// The routes a test server serves.
typealias Routes = (Router<BasicRequestContext>) -> Void

import Foundation
import Logging
import OmegaClient
import OmegaSandbox
import Testing

/// Every log line the client and async-http-client write at `trace` during a login, a refresh,
/// data calls and a logout, searched for the password and the tokens.
@Suite("Secrets never reach the log")
struct SecretsNotLoggedTests {
    /// Collects every message and its metadata, as text.
    final class Capture: @unchecked Sendable {
        // @unchecked: every access goes through `lock`.
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var text: String { lock.withLock { lines.joined(separator: "\n") } }
        var count: Int { lock.withLock { lines.count } }
    }

    struct CaptureHandler: LogHandler {
        let capture: Capture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append("\(event.level) \(event.message) \(merged)")
        }
    }

    @Test("a login, a refresh, data calls and a logout at trace level log neither password nor token")
    func traceLogHoldsNoSecret() async throws {
        let capture = Capture()
        let logger = Logger(label: "secrets") { _ in CaptureHandler(capture: capture) }
        var quiet = Logger(label: "sandbox")
        quiet.logLevel = .critical
        let server = try await SandboxServer(
            configuration: .init(port: 0, seed: 7, subscribers: 5, reviewMode: .manual, logger: quiet))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "secrets"),
            logger: logger)
        let tokens = RecordingTokenStore()
        let session = SubscriberSession(transport: transport, tokenStore: tokens, logger: logger)
        let api = SubscriberAPI(session: session)
        do {
            try await api.login(email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
            _ = try await api.me()
            _ = try await api.contrats()
            await session.logout()
        } catch {
            try? await transport.shutdown()
            await server.shutdown()
            throw error
        }
        try await transport.shutdown()
        await server.shutdown()

        #expect(capture.count > 0, "trace logging was captured")
        let log = capture.text
        #expect(!log.contains(DemoDataGenerator.demoPassword))
        let refresh = try #require(tokens.saved.first)
        #expect(!log.contains(refresh))
        #expect(!log.contains("Bearer "))
        #expect(!log.contains("eyJ"), "no JWT (base64 of '{\"') in the log")
    }
}

/// A token store that keeps what it was given, so the test knows the refresh token.
final class RecordingTokenStore: TokenStore, @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var tokens: [String] = []

    var saved: [String] { lock.withLock { tokens } }
    func load() throws -> String? { lock.withLock { tokens.last } }
    func save(_ refreshToken: String) throws { lock.withLock { tokens.append(refreshToken) } }
    func clear() throws {}
}

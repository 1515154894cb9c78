import Foundation
import GRDB
import Hummingbird
import Logging
import NIOCore

/// A local Omega-compatible server (JSON:API over HTTP, SQLite through GRDB), used in-process
/// by `omega-tui --demo`, by the `omega-sandbox` executable and by tests.
///
/// ```swift
/// let server = try await SandboxServer(configuration: .init(port: 0, seed: 1, subscribers: 20))
/// let port = try await server.start()   // bound, ready for requests
/// …
/// await server.shutdown()               // stops, then closes the database
/// ```
public final class SandboxServer: Sendable {
    /// How a server is set up.
    public struct Configuration: Sendable {
        /// Address to listen on; loopback unless said otherwise.
        public var host: String
        /// Port; 0 picks a free one (``SandboxServer/start()`` returns it).
        public var port: Int
        /// SQLite file; nil keeps the data in a temporary file removed at shutdown.
        public var databasePath: String?
        /// Seed of the demo data generator (the same seed gives the same population).
        public var seed: UInt64
        /// Number of generated subscribers.
        public var subscribers: Int
        /// Who plays the water service: automatic rules or an operator (`omega-sandbox review`).
        public var reviewMode: ReviewMode
        /// Partners accepted on `/api/v1/partner/`; empty means one generated demo partner.
        public var partners: [PartnerCredential]
        /// Delays of the automatic review (`--review auto`).
        public var reviewTiming: ReviewService.AutoTiming
        /// Where structured request logs go.
        public var logger: Logger
        /// Faults to inject on purpose (`--chaos`); nil serves every request faithfully.
        public var chaos: ChaosConfiguration?
        /// A connection left idle this long is closed. The default, 75 s, is longer than
        /// async-http-client's 60 s pool idle time, so a client never races the server's close
        /// of a connection it is about to reuse.
        public var idleTimeout: Duration
        /// Whether our extensions to Omega are served: the request kinds beyond `J_RELEVE`,
        /// `J_MAJPER` and `J_FACTURE`, and `request-kind` that lists them. Off
        /// (`--no-extensions`), the sandbox answers 404 there, as a real OmegaWEB does.
        public var extensions = true
        /// Called as each request arrives (awaited before it is served) and as its answer is
        /// ready: tests hold requests there to count a client's round trips, `omega-bench`
        /// sleeps there to play a distant server. Nil: nothing is called.
        public var requestTap: (@Sendable (RequestTapEvent) async -> Void)?

        /// Creates a configuration; every value has the documented default.
        public init(
            host: String = "127.0.0.1", port: Int = 8080, databasePath: String? = nil, seed: UInt64 = 1,
            subscribers: Int = 200, reviewMode: ReviewMode = .auto, partners: [PartnerCredential] = [],
            reviewTiming: ReviewService.AutoTiming = ReviewService.AutoTiming(),
            logger: Logger = Logger(label: "omega-sandbox"), chaos: ChaosConfiguration? = nil,
            idleTimeout: Duration = .seconds(75),
            requestTap: (@Sendable (RequestTapEvent) async -> Void)? = nil
        ) {
            self.requestTap = requestTap
            self.chaos = chaos
            self.idleTimeout = idleTimeout
            self.reviewTiming = reviewTiming
            self.host = host
            self.port = port
            self.databasePath = databasePath
            self.seed = seed
            self.subscribers = subscribers
            self.reviewMode = reviewMode
            self.partners = partners
            self.logger = logger
        }
    }

    /// Who decides on filed requests.
    public enum ReviewMode: String, Sendable, CaseIterable {
        /// Rules move requests to `OMEGA` within seconds, then close, refuse or ask the client.
        case auto
        /// Requests wait for `omega-sandbox review`.
        case manual
    }

    /// The configuration the server runs with (partners filled in when none were given).
    public let configuration: Configuration
    /// The partners accepted, including the generated demo partner when none were configured.
    public var partners: [PartnerCredential] { configuration.partners }
    /// The database file (a temporary one unless ``Configuration/databasePath`` was given):
    /// open it with `SandboxStore(path:)` or sqlite3 to count what was filed.
    public let databasePath: String

    let services: SandboxServices
    private let lifecycle = ServerLifecycle()
    private let temporaryDatabase: String?

    /// Opens (or creates and fills) the database and prepares the routes; does not listen yet.
    public init(configuration: Configuration) async throws {
        var configuration = configuration
        if configuration.partners.isEmpty { configuration.partners = [PartnerKeyFile.demoPartner()] }
        let path: String
        if let given = configuration.databasePath {
            path = given
            temporaryDatabase = nil
        } else {
            path =
                FileManager.default.temporaryDirectory
                .appendingPathComponent("omega-sandbox-\(UUID().uuidString).sqlite").path
            temporaryDatabase = path
        }
        self.configuration = configuration
        databasePath = path
        let store = try await SandboxDatabase.open(
            path: path, seed: configuration.seed, subscribers: configuration.subscribers)
        services = await SandboxServices(
            store: store, partners: configuration.partners, reviewMode: configuration.reviewMode,
            reviewTiming: configuration.reviewTiming, logger: configuration.logger,
            extensions: configuration.extensions)
    }

    /// Binds and starts serving in the background; returns the port actually bound.
    public func start() async throws -> Int {
        let port = try await lifecycle.start(logger: configuration.logger) { onListening in
            makeApplication(onListening: onListening)
        }
        await services.startBackgroundWork()
        return port
    }

    /// Binds and serves until SIGINT/SIGTERM (graceful: in-flight requests finish), then
    /// closes the database. `onListening` receives the bound port first.
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let app = makeApplication { port in onListening(port) }
        await services.startBackgroundWork()
        try await app.runService()
        await services.stopBackgroundWork()
        try services.store.close()
        removeTemporaryDatabase()
    }

    /// Stops a server started with ``start()``: stops listening, waits for the server task,
    /// then closes the database (every committed write is already in SQLite's WAL).
    public func shutdown() async {
        await lifecycle.stop()
        await services.stopBackgroundWork()
        try? services.store.close()
        removeTemporaryDatabase()
    }

    private func makeApplication(onListening: @escaping @Sendable (Int) -> Void) -> any ApplicationProtocol {
        let router = SandboxRouter.make(
            services: services, chaos: configuration.chaos, tap: configuration.requestTap)
        var logger = configuration.logger
        logger[metadataKey: "component"] = "http"
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: Self.timeAmount(configuration.idleTimeout))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                onListening(channel.localAddress?.port ?? 0)
            },
            logger: logger)
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let parts = duration.components
        return .nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
    }

    private func removeTemporaryDatabase() {
        guard let temporaryDatabase else { return }
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: temporaryDatabase + suffix)
        }
    }
}

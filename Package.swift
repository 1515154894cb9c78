// swift-tools-version: 6.1
// The shape of the package is the architecture: see docs/architecture.md.
import PackageDescription

let package = Package(
    name: "omega-tui",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "omega-tui", targets: ["omega-tui"]),
        .executable(name: "omega-sandbox", targets: ["omega-sandbox"]),
        .executable(name: "omega-bench", targets: ["omega-bench"]),
        .library(name: "JSONAPI", targets: ["JSONAPI"]),
        .library(name: "OmegaClient", targets: ["OmegaClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.3.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        // Tests only: readable state diffs.
        .package(url: "https://github.com/pointfreeco/swift-custom-dump.git", from: "1.3.0"),
    ],
    targets: [
        // System library: ncursesw with a shim header (see docs/architecture.md, decisions).
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // JSON:API 1.0 documents, lenient Omega scalars, query builder. Pure: no I/O.
        .target(name: "JSONAPI"),
        // Omega models, HTTP transport, JWT session, Hawk signer, errors.
        .target(
            name: "OmegaClient",
            dependencies: [
                "JSONAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A local Omega-compatible server: the `--demo` default and the test peer.
        .target(
            name: "OmegaSandbox",
            dependencies: [
                "JSONAPI",
                "OmegaClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Store/README.md", "HTTP/README.md"]
        ),
        // View-models: one folder per feature (state, actions, reducer, effects), the store
        // and its effect runner. No terminal, no HTTP, no Omega types, no sentences.
        .target(name: "SelfService"),
        // SelfService's data sources implemented over OmegaClient: the only place that knows
        // both the view-models' records and Omega's wire models.
        .target(
            name: "OmegaAdapter",
            dependencies: [
                "SelfService", "OmegaClient", "JSONAPI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Canvas, widgets, themes, input, sanitising. ncurses is one canvas among others.
        .target(
            name: "TerminalUI",
            dependencies: ["CNCursesW", .product(name: "TOMLKit", package: "TOMLKit")],
            exclude: ["README.md"]
        ),
        // Screens per feature, the one event loop, every word (French and English).
        .target(
            name: "OmegaTUI",
            dependencies: ["SelfService", "TerminalUI"]
        ),
        .executableTarget(
            name: "omega-tui",
            dependencies: [
                "OmegaTUI", "OmegaAdapter", "OmegaSandbox", "SelfService", "TerminalUI", "OmegaClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "omega-sandbox",
            dependencies: [
                "OmegaSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The yardstick of `omega-bench tui`: a bare ncurses program drawing the login title.
        .executableTarget(name: "bare-ncurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // Writes the French manual pages (omega-tui.1, omega-sandbox.1) from the executables'
        // argument parsers, accents kept; scripts/install-man runs it. Foundation only.
        .executableTarget(name: "omega-manual"),
        // Benchmarks print figures; see docs/performance.md. Never timed unit tests.
        .executableTarget(
            name: "omega-bench",
            dependencies: [
                "JSONAPI", "OmegaClient", "OmegaAdapter", "OmegaSandbox", "SelfService", "TerminalUI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "JSONAPITests", dependencies: ["JSONAPI"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "OmegaClientTests",
            dependencies: [
                "OmegaClient", "JSONAPI", "OmegaSandbox",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "OmegaSandboxTests",
            dependencies: [
                "OmegaSandbox", "OmegaClient", "JSONAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The exhaustive test store, fakes and fixtures shared by the view-model and screen tests.
        .target(
            name: "SelfServiceTestSupport",
            dependencies: [
                "SelfService",
                .product(name: "CustomDump", package: "swift-custom-dump"),
            ],
            path: "Tests/SelfServiceTestSupport"
        ),
        .testTarget(
            name: "SelfServiceTests",
            dependencies: [
                "SelfService", "SelfServiceTestSupport",
            ]
        ),
        .testTarget(
            name: "OmegaAdapterTests",
            dependencies: [
                "OmegaAdapter", "SelfService", "OmegaSandbox", "OmegaClient", "JSONAPI",
                // Raw SQL on the sandbox's pool: rows Omega sends but the client cannot read.
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CNCursesW"]),
        .testTarget(
            name: "OmegaTUITests",
            dependencies: [
                "OmegaTUI", "TerminalUI", "SelfService", "SelfServiceTestSupport", "OmegaAdapter", "OmegaSandbox",
                "OmegaClient",
            ],
            // The JSON schemas of the exports are read by path from the source tree.
            exclude: ["Export/Schemas"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: [], exclude: ["Scripts"]),
    ],
    swiftLanguageModes: [.v6]
)

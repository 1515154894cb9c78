import ArgumentParser
import Foundation
import Logging
import OmegaSandbox

/// `omega-sandbox`: a local Omega-compatible server, its outbox and its review desk.
@main
struct OmegaSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omega-sandbox",
        abstract: "A local Omega-compatible server (JSON:API, demo data, review of requests).",
        subcommands: [Serve.self, Outbox.self, Review.self],
        defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the Omega API on loopback.")

    @Option(help: "Address to listen on (loopback unless you say otherwise).") var host = "127.0.0.1"
    @Option(help: "Port; 0 picks a free one.") var port = 8080
    @Option(help: "SQLite database file (default: a temporary file).") var db: String?
    @Option(help: "Seed of the demo data.") var seed: UInt64 = 1
    @Option(help: "Number of generated subscribers.") var subscribers = 200
    @Option(help: "Who reviews requests: auto or manual.") var review: SandboxServer.ReviewMode = .auto
    @Option(name: .customLong("partner-keys"), help: "TOML file of [[partner]] id, key, api_id, communes.")
    var partnerKeys: String?
    @Option(
        help: """
            Share of requests (0…1) that get an injected fault: 500/502/503, a delay, a trickled \
            or cut body, or a reset after the request was applied.
            """)
    var chaos: Double?
    @Option(name: .customLong("chaos-seed"), help: "Seed of the fault sequence (same seed, same faults).")
    var chaosSeed: UInt64 = 1
    @Flag(
        name: .customLong("no-extensions"),
        help: "Serve Omega's request kinds only, as a real OmegaWEB: request-kind and our kinds answer 404.")
    var noExtensions = false

    func validate() throws {
        if let chaos, !(0...1).contains(chaos) { throw ValidationError("--chaos takes a rate from 0 to 1") }
    }

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var partners: [PartnerCredential] = []
        if let partnerKeys {
            do {
                partners = try PartnerKeyFile.load(path: partnerKeys)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        var configuration = SandboxServer.Configuration(
            host: host, port: port, databasePath: db, seed: seed, subscribers: subscribers,
            reviewMode: review,
            partners: partners, chaos: chaos.map { ChaosConfiguration(rate: $0, seed: chaosSeed) })
        configuration.extensions = !noExtensions
        let server = try await SandboxServer(configuration: configuration)
        let generated = partnerKeys == nil ? server.partners.first : nil
        let host = self.host
        try await server.run { port in
            // The first stdout line is the address (scripts and tests read it).
            var lines = ["listening on http://\(host):\(port)"]
            lines.append(
                "demo subscriber: \(DemoDataGenerator.demoEmail) / \(DemoDataGenerator.demoPassword)")
            if let chaos {
                lines.append(
                    "chaos: \(Int((chaos * 100).rounded())) % of requests get a fault (seed \(chaosSeed))")
            }
            if let generated {
                lines.append(
                    "demo partner: id=\(generated.id) key=\(generated.key) api_id=\(generated.apiID)")
            }
            // Written unbuffered, so a parent reading a pipe sees it at once.
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}

extension SandboxServer.ReviewMode: ExpressibleByArgument {}

struct Outbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the e-mails the sandbox would have sent.")

    @Option(help: "SQLite database file.") var db: String

    func run() async throws {
        let store = try SandboxStore(path: db)
        for line in try await SandboxAdmin.outbox(store: store) { print(line) }
        try store.close()
    }
}

struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play the water service: list, approve, refuse or question requests.")

    @Option(help: "SQLite database file.") var db: String
    @Argument(help: "list | approve ID | refuse ID | ask ID") var action: String
    @Argument(help: "The request id (req_id).") var id: String?
    @Option(help: "A comment for the subscriber (required by refuse and ask).") var comment: String?

    func run() async throws {
        let store = try SandboxStore(path: db)
        defer { try? store.close() }
        let decision: SandboxAdmin.Decision
        switch action {
        case "list":
            for line in try await SandboxAdmin.pendingRequests(store: store) { print(line) }
            return
        case "approve": decision = .approve
        case "refuse": decision = .refuse
        case "ask": decision = .ask
        default: throw ValidationError("unknown action \(action): use list, approve, refuse or ask")
        }
        guard let id else { throw ValidationError("\(action) needs a request id") }
        if decision != .approve, comment?.isEmpty ?? true {
            throw ValidationError("\(action) needs --comment")
        }
        print(try await SandboxAdmin.decide(store: store, id: id, decision: decision, comment: comment))
    }
}

import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Testing

@testable import OmegaSandbox

/// An in-process sandbox with counter partners: one that sees every commune, and one per
/// commune of the small demo population (to check that a partner sees only its own).
struct CounterSandbox {
    /// The communes of a demo population under 400 subscribers (the first three of the demo list).
    static let communes = ["Alès", "Saint-Christol-lès-Alès", "Saint-Martin-de-Valgalgues"]
    static let agent = "agent.dupont"

    let server: SandboxServer
    let baseURL: String
    let services: CounterServices

    static func credentials(_ id: String) -> PartnerCredentials {
        // One ApiId for all: the partners then share one transport (its `ApiId` header).
        PartnerCredentials(id: id, key: "key-\(id)-0123456789abcdef", apiId: "guichet@tests")
    }

    static var partners: [PartnerCredential] {
        let all = credentials("guichet-tout")
        var result = [PartnerCredential(id: all.id, key: all.key, apiID: all.apiId, communes: .all)]
        for (index, commune) in communes.enumerated() {
            let limited = credentials("guichet-\(index)")
            result.append(
                PartnerCredential(
                    id: limited.id, key: limited.key, apiID: limited.apiId,
                    communes: .named([commune.lowercased()])))
        }
        return result
    }

    /// Runs `body` against a fresh sandbox, then stops it.
    static func with(
        subscribers: Int = 20, audit: AuditLog? = nil, _ body: (CounterSandbox) async throws -> Void
    ) async throws {
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: subscribers, reviewMode: .manual, partners: partners,
                logger: MiniPopulation.quietLogger))
        let port = try await server.start()
        let baseURL = "http://127.0.0.1:\(port)/api/v1/"
        let services = CounterServices(
            baseURL: baseURL, credentials: credentials("guichet-tout"), agent: agent, audit: audit)
        let sandbox = CounterSandbox(server: server, baseURL: baseURL, services: services)
        do {
            try await body(sandbox)
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    private func stop() async {
        try? await services.transport.shutdown()
        await server.shutdown()
    }

    /// Services for another partner of the same sandbox, sharing the transport.
    func services(partner id: String) -> CounterServices {
        CounterServices(
            baseURL: baseURL, credentials: Self.credentials(id), agent: Self.agent, audit: nil,
            transport: services.transport)
    }

    /// The demo subscriber's row, found by contract number.
    func demoRow() async throws -> SubscriberSearchResult {
        let number = try #require(DemoDataGenerator.demoContractNumbers.first)
        let page = try await services.directory.search(
            SubscriberSearchRequest(kind: .contractNumber, text: number))
        return try #require(page.results.first { $0.numeroContrat == number }, "contract \(number) not found")
    }

    /// Opens the demo subscriber as the agent does: its subject and the data source scoped to it.
    func openDemo() async throws -> (
        row: SubscriberSearchResult, subject: CounterSubject, source: any SubscriberDataSource
    ) {
        let row = try await demoRow()
        let subject = try #require(CounterSubject(row))
        let source = try await services.directory.open(subject)
        return (row, subject, source)
    }
}

/// Temporary files the counter tests write: audit logs and credentials files.
enum TemporaryFiles {
    /// An audit log at a new path under the temporary directory.
    static func auditLog() -> AuditLog {
        AuditLog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent(
                "audit-\(UUID().uuidString).jsonl"
            )
            .path)
    }

    /// The lines of `log`, each decoded as a JSON object.
    static func lines(_ log: AuditLog) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: log.path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// Writes `text` to a fresh `partner.toml` with `mode` and returns its path.
    static func credentialsFile(_ text: String, mode: Int) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("omega-counter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("partner.toml")
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        return url.path
    }
}

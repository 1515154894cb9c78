import Foundation
import OmegaAdapter
import Testing

@Suite("Counter startup checks")
struct CounterStartupTests {
    let environment = [
        "OMEGA_PARTNER_ID": "g", "OMEGA_PARTNER_KEY": "secret-key", "OMEGA_PARTNER_API_ID": "g@x",
    ]

    @Test("a world-readable credentials file stops the start, with its reason")
    func openFileRefused() throws {
        let path = try TemporaryFiles.credentialsFile(
            "id = \"g\"\nkey = \"k\"\napi_id = \"g@x\"\n", mode: 0o644)
        let options = CounterStartup.Options(serverURL: "http://127.0.0.1:9/api/v1/", credentialsPath: path)
        let error = try #require(throws: CounterStartupError.self) {
            try CounterStartup.prepare(options, environment: environment)
        }
        // The reason is the code the front end words ("chmod 600"), not a sentence.
        #expect(error == .credentials(.tooOpen(path: path, mode: 0o644)))
    }

    @Test("without a file option, the environment gives the credentials; the agent rides in ext")
    func environmentAndAgent() async throws {
        let log = TemporaryFiles.auditLog()
        let options = CounterStartup.Options(serverURL: "http://127.0.0.1:9/api/v1/", auditLogPath: log.path)
        let services = try CounterStartup.prepare(options, environment: environment)
        #expect(services.api.signer.credentials.id == "g")
        #expect(services.api.ext == "agent=\(services.agent)")
        #expect(CounterAgent.isValidLogin(services.agent))
        #expect(FileManager.default.fileExists(atPath: log.path))
        try await services.transport.shutdown()
    }

    @Test("an audit log that cannot be opened stops the start")
    func auditLogRefused() throws {
        let path = "/nonexistent-\(UUID().uuidString)/audit.jsonl"
        let options = CounterStartup.Options(serverURL: "http://127.0.0.1:9/api/v1/", auditLogPath: path)
        let error = try #require(throws: CounterStartupError.self) {
            try CounterStartup.prepare(options, environment: environment)
        }
        guard case .auditLog(let cause) = error else {
            Issue.record("not an audit log refusal: \(error)")
            return
        }
        #expect(cause.path == path)
    }

    @Test("logins that cannot travel in Hawk ext are refused")
    func logins() {
        #expect(CounterAgent.isValidLogin("m.dupont-2"))
        for bad in ["", "a b", "a\"b", "a\\b", "a,b", "é", String(repeating: "a", count: 65)] {
            #expect(!CounterAgent.isValidLogin(bad), "\(bad)")
        }
    }
}

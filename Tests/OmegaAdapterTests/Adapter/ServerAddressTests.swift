import OmegaAdapter
import OmegaClient
import Testing

@testable import OmegaSandbox

/// Issue 12: `--server http://host:port` (a bare origin) reaches the API; any other path is
/// kept as the person typed it.
@Suite struct ServerAddressTests {
    @Test(
        arguments: [
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v1/"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/api/v1/"),
            (" https://omega.example.fr ", "https://omega.example.fr/api/v1/"),
            ("https://omega.example.fr/api/v1", "https://omega.example.fr/api/v1/"),
            ("https://omega.example.fr/api/v1/", "https://omega.example.fr/api/v1/"),
            ("https://omega.example.fr/omegaweb/api/v1", "https://omega.example.fr/omegaweb/api/v1/"),
            // Not an http(s) address: left alone, the client refuses it with its own message.
            ("omega.example.fr", "omega.example.fr"),
            ("ftp://omega.example.fr", "ftp://omega.example.fr"),
        ])
    func apiRoot(typed: String, root: String) {
        #expect(ServerAddress.apiRoot(typed) == root)
    }

    @Test("a bare origin logs in against the sandbox")
    func bareOriginLogsIn() async throws {
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: 5, reviewMode: .manual, logger: MiniPopulation.quietLogger))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: ServerAddress.apiRoot("http://127.0.0.1:\(port)"), apiId: "tests@adapter"))
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        var failure: (any Error)?
        do {
            try await api.login(email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword)
            #expect(try await !api.contrats().items.isEmpty)
        } catch {
            failure = error
        }
        await server.shutdown()
        try? await transport.shutdown()
        if let failure { throw failure }
    }
}

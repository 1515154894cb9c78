import AsyncHTTPClient
import Foundation
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

/// A real sandbox on 127.0.0.1 (port 0) over the fixed ``MiniPopulation``, and a plain HTTP
/// client to talk to it: every test goes through real HTTP.
struct SandboxHarness {
    /// The HTTP methods the tests use.
    enum Method: String {
        case get = "GET"
        case post = "POST"
        case put = "PUT"
        case delete = "DELETE"
    }

    struct Reply {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: Data

        /// The first value of header `name` (case-insensitive).
        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var json: JSONValue { (try? JSONDecoder().decode(JSONValue.self, from: body)) ?? .null }
        var data: [JSONValue] { json["data"]?.arrayValue ?? [] }
        var ids: [String] { data.compactMap { $0["id"]?.stringValue } }
        func errorPointers() -> [String] {
            (json["errors"]?.arrayValue ?? []).compactMap { $0["source"]?["pointer"]?.stringValue }
        }
    }

    static let partner = PartnerCredential(
        id: "ales-partner", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", apiID: "cle@ales",
        communes: .named(["alès"]))
    static let allPartner = PartnerCredential(
        id: "all-partner", key: "a-very-long-key-for-the-all-communes-partner", apiID: "cle@tous",
        communes: .all)

    let server: SandboxServer
    let port: Int
    let client: HTTPClient

    /// Starts a server; `body` runs with it, and everything is stopped afterwards.
    /// `prepare` may change the population before the server opens it.
    static func with<T>(
        review: SandboxServer.ReviewMode = .manual, chaos: ChaosConfiguration? = nil,
        idleTimeout: Duration = .seconds(75), extensions: Bool = true,
        prepare: (SandboxStore) async throws -> Void = { _ in },
        _ body: (SandboxHarness) async throws -> T
    ) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sbh-\(UUID().uuidString).sqlite"
        ).path
        let store = try SandboxStore(path: path)
        try await MiniPopulation.seed(store)
        try await prepare(store)
        try store.close()
        var configuration = SandboxServer.Configuration(
            port: 0, databasePath: path, reviewMode: review, partners: [partner, allPartner],
            reviewTiming: .init(
                toProcessing: .milliseconds(100), toDecision: .milliseconds(200), poll: .milliseconds(100)
            ),
            logger: MiniPopulation.quietLogger, chaos: chaos, idleTimeout: idleTimeout)
        configuration.extensions = extensions
        let server = try await SandboxServer(configuration: configuration)
        let port = try await server.start()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let harness = SandboxHarness(server: server, port: port, client: client)
        do {
            let result = try await body(harness)
            try await client.shutdown()
            await server.shutdown()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return result
        } catch {
            try? await client.shutdown()
            await server.shutdown()
            throw error
        }
    }

    /// Sends a request; `accept` defaults to JSON:API.
    func send(
        _ method: Method, _ path: String, body: [UInt8]? = nil, headers: [(String, String)] = [],
        accept: String? = "application/vnd.api+json", contentType: String = "application/vnd.api+json"
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .init(rawValue: method.rawValue)
        if let accept { request.headers.add(name: "Accept", value: accept) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(body)
        }
        let response = try await client.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 10 * 1024 * 1024)
        return Reply(
            status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
            body: Data(buffer.readableBytesView)
        )
    }

    func json(_ object: [String: String]) -> [UInt8] {
        Array((try? JSONEncoder().encode(object)) ?? Data())
    }

    /// A JSON:API document with one resource of `type` and these attributes.
    func document(_ type: String, _ attributes: [String: String]) -> [UInt8] {
        let value: JSONValue = .object([
            "data": .object([
                "type": .string(type), "attributes": .object(attributes.mapValues(JSONValue.string)),
            ])
        ])
        return Array((try? JSONEncoder().encode(value)) ?? Data())
    }

    /// Logs in and returns (access token, refresh token).
    func login(_ email: String = "marie@omega.test", password: String = MiniPopulation.password) async throws
        -> (String, String)
    {
        let reply = try await send(
            .post, "/api/v1/subscriber/token", body: json(["email": email, "password": password]),
            contentType: "application/json")
        try #require(reply.status == 200, "login answered \(reply.status)")
        let access = try #require(reply.json["access_token"]?.stringValue)
        let refresh = try #require(reply.json["refresh_token"]?.stringValue)
        return (access, refresh)
    }

    func bearer(_ token: String) -> [(String, String)] { [("Authorization", "Bearer \(token)")] }

    /// `PUT subscriber/password` as `token`'s subscriber: the current password, then the new one.
    func changePassword(_ token: String, _ old: String, _ new: String) async throws -> Reply {
        try await send(
            .put, "/api/v1/subscriber/password", body: json(["old_password": old, "password": new]),
            headers: bearer(token), contentType: "application/json")
    }

    /// Hawk headers for a request, signed with the client library's signer primitives.
    func hawk(
        _ method: String, _ resource: String, partner: PartnerCredential = SandboxHarness.partner,
        ts: Int? = nil,
        nonce: String = UUID().uuidString.prefix(6).description, body: [UInt8]? = nil,
        contentType: String = "application/vnd.api+json", ext: String? = nil, apiID: String? = nil
    ) -> [(String, String)] {
        let hash = body.map {
            HawkCrypto.payloadHash(payload: $0, contentType: contentType, algorithm: .sha256)
        }
        let artifacts = HawkArtifacts(
            ts: ts ?? Int(Date().timeIntervalSince1970), nonce: nonce, method: method, resource: resource,
            host: "127.0.0.1", port: port, hash: hash, ext: ext)
        let mac = HawkCrypto.mac(type: .header, credentials: partner.hawkCredentials, artifacts: artifacts)
        let header = HawkHeader.authorization(id: partner.id, artifacts: artifacts, mac: mac)
        return [("Authorization", header), ("ApiId", apiID ?? partner.apiID)]
    }
}

import AsyncHTTPClient
import Foundation
import JSONAPI
import NIOCore
import Testing

@testable import OmegaSandbox

/// The login limit holds under parallel attempts: the check and the count are one step, per
/// account strictly, per address only once many accounts fail (issue 10).
@Suite("Login rate limit under parallel attempts")
struct LoginRateLimitTests {
    @Test(
        "200 parallel wrong passwords for one account: exactly 5 answers 401, the rest 429 with Retry-After")
    func parallelWrongPasswords() async throws {
        try await SandboxHarness.with { sandbox in
            // Many connections, so that the attempts really run side by side.
            var configuration = HTTPClient.Configuration()
            configuration.connectionPool = .init(
                idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            let statuses: [(Int, String?)]
            do {
                statuses = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
                    for _ in 0..<200 {
                        group.addTask {
                            try await Self.login(
                                client, port: sandbox.port, email: "paul@omega.test",
                                password: "wrong-password-1")
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                try await client.shutdown()
            } catch {
                try? await client.shutdown()
                throw error
            }
            var unauthorized = 0
            var retryAfters: [Int?] = []
            for (status, retryAfter) in statuses {
                if status == 401 { unauthorized += 1 }
                if status == 429 { retryAfters.append(retryAfter.flatMap { Int($0) }) }
            }
            #expect(unauthorized == LoginRateLimiter.maximumFailuresPerAccount)
            #expect(retryAfters.count == 200 - LoginRateLimiter.maximumFailuresPerAccount)
            #expect(retryAfters.allSatisfy { ($0 ?? 0) > 0 && ($0 ?? 0) <= 900 })
            // The storm locked Paul's account, not the address it came from.
            _ = try await sandbox.login("marie@omega.test")
            let paul = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: sandbox.json(["email": "paul@omega.test", "password": MiniPopulation.password]),
                contentType: "application/json")
            #expect(paul.status == 429)
        }
    }

    @Test("an address is locked once many different accounts fail from it, with Retry-After")
    func addressThreshold() async throws {
        try await SandboxHarness.with { sandbox in
            for index in 0..<LoginRateLimiter.maximumFailingAccountsPerAddress {
                let reply = try await sandbox.send(
                    .post, "/api/v1/subscriber/token",
                    body: sandbox.json(["email": "nobody\(index)@omega.test", "password": "wrong-password-1"]
                    ),
                    contentType: "application/json")
                #expect(reply.status == 401)
            }
            let locked = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: sandbox.json(["email": "marie@omega.test", "password": MiniPopulation.password]),
                contentType: "application/json")
            #expect(locked.status == 429)
            #expect(locked.header("Retry-After").flatMap(Int.init) != nil)
        }
    }

    /// One login attempt; returns the status and `Retry-After`.
    static func login(_ client: HTTPClient, port: Int, email: String, password: String) async throws
        -> (Int, String?)
    {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/subscriber/token")
        request.method = .POST
        request.headers.add(name: "Accept", value: "application/vnd.api+json")
        request.headers.add(name: "Content-Type", value: "application/json")
        let body = try JSONEncoder().encode(["email": email, "password": password])
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .seconds(60))
        _ = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), response.headers.first(name: "Retry-After"))
    }
}

import AsyncHTTPClient
import Foundation
import GRDB
import JSONAPI
import NIOCore
import Testing

@testable import OmegaSandbox

/// `--chaos`: every kind of fault appears, the seed fixes the sequence, and a write repeated
/// with its `Idempotency-Key` after a reset that followed processing is filed once.
@Suite("Chaos faults over HTTP")
struct ChaosTests {
    /// What a client saw of one request.
    enum Outcome: Equatable {
        /// A head and a whole body, in `pieces` reads.
        case answered(status: Int, fault: String?, retryAfter: String?, pieces: Int)
        /// A head, then the connection closed before the announced body was complete.
        case cutInBody(status: Int, fault: String?)
        /// No head at all: the connection died first.
        case noAnswer

        /// The fault this outcome shows, nil for a plain answer.
        var fault: ChaosConfiguration.Fault? {
            switch self {
            case .answered(_, let fault, _, _): fault.flatMap(ChaosConfiguration.Fault.init(rawValue:))
            case .cutInBody: .cut
            case .noAnswer: .reset
            }
        }
    }

    static let quick = ChaosConfiguration(
        rate: 0.8, seed: 42, maximumDelay: .milliseconds(150), trickleInterval: .milliseconds(30),
        trickleSteps: 6)

    @Test("with a fixed seed every fault kind appears, in the order the seed gives")
    func everyFaultKind() async throws {
        let count = 60
        let expected = await Self.schedule(Self.quick, count: count)
        #expect(Set(expected.compactMap { $0 }) == Set(ChaosConfiguration.Fault.allCases))
        let outcomes = try await SandboxHarness.with(chaos: Self.quick) { sandbox in
            var outcomes: [Outcome] = []
            for _ in 0..<count { outcomes.append(try await Self.probe(sandbox, "/api/v1/partner/test-404")) }
            return outcomes
        }
        #expect(outcomes.map(\.fault) == expected)
        for (outcome, fault) in zip(outcomes, expected) {
            switch (fault, outcome) {
            case (nil, .answered(let status, nil, _, _)), (.delay, .answered(let status, "delay", _, _)):
                #expect(status == 404)
            case (.trickle, .answered(let status, "trickle", _, let pieces)):
                #expect(status == 404)
                #expect(pieces > 1)
            case (.unavailable, .answered(let status, "503", let retryAfter, _)):
                #expect(status == 503)
                #expect(retryAfter == "1")
            case (.internalError, .answered(let status, "500", _, _)): #expect(status == 500)
            case (.badGateway, .answered(let status, "502", _, _)): #expect(status == 502)
            case (.cut, .cutInBody(let status, "cut")): #expect(status == 404)
            case (.reset, .noAnswer): break
            default: Issue.record("fault \(String(describing: fault)) showed as \(outcome)")
            }
        }
    }

    @Test("a reading repeated with its Idempotency-Key after a reset that followed processing is filed once")
    func idempotencyAcrossReset() async throws {
        // A seed whose first request is reset after processing and whose second is served.
        var seed: UInt64 = 1
        while await Self.schedule(ChaosConfiguration(rate: 0.5, seed: seed), count: 2) != [.reset, nil] {
            seed += 1
        }
        try await SandboxHarness.with(chaos: ChaosConfiguration(rate: 0.5, seed: seed)) { sandbox in
            let path = "/api/v1/partner/request/reading"
            let body = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1625", "dateni": "2025-12-01"])
            let key = [("Idempotency-Key", UUID().uuidString)]
            await #expect(throws: (any Error).self) {
                _ = try await sandbox.send(
                    .post, path, body: body, headers: sandbox.hawk("POST", path, body: body) + key)
            }
            #expect(try await Self.filedReadings(sandbox) == 1)
            let again = try await sandbox.send(
                .post, path, body: body, headers: sandbox.hawk("POST", path, body: body) + key)
            #expect(again.status == 202)
            #expect(try await Self.filedReadings(sandbox) == 1)
            let stored = try await sandbox.server.services.database.read { db in
                try String.fetchOne(db, sql: "SELECT req_id FROM request")
            }
            #expect(again.json["data"]?["id"]?.stringValue == stored)
        }
    }

    /// The faults `configuration` gives to its first `count` requests.
    static func schedule(_ configuration: ChaosConfiguration, count: Int) async -> [ChaosConfiguration.Fault?]
    {
        let schedule = ChaosSchedule(configuration)
        var faults: [ChaosConfiguration.Fault?] = []
        for _ in 0..<count { faults.append(await schedule.next()?.fault) }
        return faults
    }

    /// The rows of the `request` table: what was really filed.
    static func filedReadings(_ sandbox: SandboxHarness) async throws -> Int {
        try await sandbox.server.services.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM request WHERE req_code = 'J_RELEVE'") ?? -1
        }
    }

    /// A GET read piece by piece, reporting how far it got.
    static func probe(_ sandbox: SandboxHarness, _ path: String) async throws -> Outcome {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(sandbox.port)\(path)")
        request.headers.add(name: "Accept", value: "application/vnd.api+json")
        let response: HTTPClientResponse
        do {
            response = try await sandbox.client.execute(request, timeout: .seconds(30))
        } catch {
            return .noAnswer
        }
        let status = Int(response.status.code)
        let fault = response.headers.first(name: "Omega-Chaos")
        var pieces = 0
        var body = ByteBuffer()
        do {
            for try await piece in response.body {
                pieces += 1
                body.writeImmutableBuffer(piece)
            }
        } catch {
            return .cutInBody(status: status, fault: fault)
        }
        let decoded = try? JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView))
        #expect(decoded?["errors"] != nil, "a whole JSON:API body")
        return .answered(
            status: status, fault: fault, retryAfter: response.headers.first(name: "Retry-After"),
            pieces: pieces)
    }
}

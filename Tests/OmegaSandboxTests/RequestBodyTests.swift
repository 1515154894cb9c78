import AsyncHTTPClient
import Foundation
import GRDB
import JSONAPI
import NIOCore
import Testing

@testable import OmegaSandbox

/// Bodies are limited in size, typed and UTF-8 (issue 10): 413, 415 and 400 answers as
/// JSON:API errors, and nothing filed.
@Suite("Request bodies: size, media type and encoding")
struct RequestBodyTests {
    static let tenMiB = [UInt8](repeating: UInt8(ascii: " "), count: 10 << 20)

    @Test("10 MiB bodies answer 413 with a JSON:API error, on every kind of endpoint")
    func oversizedBodies() async throws {
        try await SandboxHarness.with { sandbox in
            let token = try await sandbox.send(
                .post, "/api/v1/subscriber/token", body: Self.tenMiB, contentType: "application/json")
            Self.expectError(token, 413)
            let (access, _) = try await sandbox.login()
            let reading = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading", body: Self.tenMiB,
                headers: sandbox.bearer(access))
            Self.expectError(reading, 413)
            let path = "/api/v1/partner/request/reading"
            let partner = try await sandbox.send(
                .post, path, body: Self.tenMiB, headers: sandbox.hawk("POST", path, body: Self.tenMiB))
            Self.expectError(partner, 413)
            // The server is still there and the connection pool still works.
            #expect(
                try await sandbox.send(.get, "/api/v1/subscriber/me", headers: sandbox.bearer(access)).status
                    == 200)
        }
    }

    @Test("a chunked body without Content-Length is cut at the limit with 413")
    func chunkedOversizedBody() async throws {
        try await SandboxHarness.with { sandbox in
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(sandbox.port)/api/v1/subscriber/token")
            request.method = .POST
            request.headers.add(name: "Accept", value: "application/vnd.api+json")
            request.headers.add(name: "Content-Type", value: "application/json")
            let chunks = (0..<64).map { _ in ByteBuffer(bytes: [UInt8](repeating: 0x20, count: 16 * 1024)) }
            let stream = AsyncStream<ByteBuffer> { continuation in
                for chunk in chunks { continuation.yield(chunk) }
                continuation.finish()
            }
            request.body = .stream(stream, length: .unknown)
            let response = try await sandbox.client.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 1 << 20)
            #expect(response.status.code == 413)
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView))
            #expect(json["errors"]?.arrayValue?.first?["code"]?.stringValue == "413")
        }
    }

    @Test("a body just under the limit is read")
    func bodyUnderTheLimit() async throws {
        try await SandboxHarness.with { sandbox in
            let padding = String(repeating: "x", count: JSONBody.maximumSize - 200)
            let body = sandbox.json(["email": "marie@omega.test", "password": "wrong", "padding": padding])
            #expect(body.count < JSONBody.maximumSize)
            let reply = try await sandbox.send(
                .post, "/api/v1/subscriber/token", body: body, contentType: "application/json")
            #expect(reply.status == 401)
        }
    }

    @Test("the wrong media type is 415: text/plain on token, a form on a reading, none on a document")
    func mediaTypes() async throws {
        try await SandboxHarness.with { sandbox in
            let credentials = sandbox.json(["email": "marie@omega.test", "password": MiniPopulation.password])
            let plain = try await sandbox.send(
                .post, "/api/v1/subscriber/token", body: credentials, contentType: "text/plain")
            Self.expectError(plain, 415)
            let (access, _) = try await sandbox.login()
            let form = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading",
                body: Array("pconso_id=P1&ni=1630&dateni=2025-12-01".utf8), headers: sandbox.bearer(access),
                contentType: "application/x-www-form-urlencoded")
            Self.expectError(form, 415)
            let document = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2025-12-01"])
            let plainJSON = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading", body: document, headers: sandbox.bearer(access),
                contentType: "application/json")
            Self.expectError(plainJSON, 415)
            // The JSON:API media type takes no parameters on a request (JSON:API 1.0).
            let withCharset = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading", body: document, headers: sandbox.bearer(access),
                contentType: "application/vnd.api+json; charset=utf-8")
            Self.expectError(withCharset, 415)
            let path = "/api/v1/partner/request/reading"
            let partnerForm = Array("pconso_id=P1".utf8)
            let partner = try await sandbox.send(
                .post, path, body: partnerForm,
                headers: sandbox.hawk(
                    "POST", path, body: partnerForm, contentType: "application/x-www-form-urlencoded"),
                contentType: "application/x-www-form-urlencoded")
            Self.expectError(partner, 415)
            let filed = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(access))
            #expect(filed.data.isEmpty)
            // Plain JSON with a charset is fine where plain JSON is expected.
            let charset = try await sandbox.send(
                .post, "/api/v1/subscriber/token", body: credentials,
                contentType: "application/json; charset=utf-8")
            #expect(charset.status == 200)
        }
    }

    @Test("invalid UTF-8 is a 400, never stored as U+FFFD")
    func invalidUTF8() async throws {
        try await SandboxHarness.with { sandbox in
            let token = try await sandbox.send(
                .post, "/api/v1/subscriber/token",
                body: Array(#"{"email":"marie@omega.test","password":""#.utf8) + [0xFF, 0xFE]
                    + Array(#""}"#.utf8),
                contentType: "application/json")
            Self.expectError(token, 400)
            let (access, _) = try await sandbox.login()
            let reading =
                Array(#"{"data":{"type":"Partner_Releve","attributes":{"pconso_id":"P1","ni":"1630","#.utf8)
                + Array(#""dateni":"2025-12-01","comlib":"caf"#.utf8) + [0xC3, 0x28] + Array(#""}}}"#.utf8)
            let filed = try await sandbox.send(
                .post, "/api/v1/subscriber/request/reading", body: reading, headers: sandbox.bearer(access))
            Self.expectError(filed, 400)
            let stored = try await sandbox.server.services.database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM request") ?? -1
            }
            #expect(stored == 0)
        }
    }

    /// A JSON:API error document with `status` as its code.
    static func expectError(
        _ reply: SandboxHarness.Reply, _ status: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(reply.status == status, sourceLocation: sourceLocation)
        #expect(reply.header("Content-Type") == "application/vnd.api+json", sourceLocation: sourceLocation)
        let error = reply.json["errors"]?.arrayValue?.first
        #expect(error?["code"]?.stringValue == String(status), sourceLocation: sourceLocation)
        #expect(error?["title"]?.stringValue?.isEmpty == false, sourceLocation: sourceLocation)
    }
}

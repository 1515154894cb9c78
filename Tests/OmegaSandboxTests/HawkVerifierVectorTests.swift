import Foundation
import Testing

@testable import OmegaSandbox

/// The server-side verifier against reference vectors (mozilla/hawk and tent.io, copied from
/// hawk-vectors.json so that the tests need no shared folder).
@Suite("HawkVerifier on reference vectors")
struct HawkVerifierVectorTests {
    struct Vector {
        var id: String
        var key: String
        var ts: Int
        var method: String
        var resource: String
        var host: String
        var payload: String?
        var contentType: String?
        var header: String
    }

    static let vectors = [
        Vector(
            id: "dh37fgj492je", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", ts: 1_353_832_234,
            method: "GET",
            resource: "/resource/1?b=1&a=2", host: "example.com:8000", payload: nil, contentType: nil,
            header: #"Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", "#
                + #"mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=""#),
        Vector(
            id: "dh37fgj492je", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", ts: 1_353_832_234,
            method: "POST",
            resource: "/resource/1?b=1&a=2", host: "example.com:8000", payload: "Thank you for flying Hawk",
            contentType: "text/plain",
            header: #"Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", "#
                + #"hash="Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=", ext="some-app-ext-data", "#
                + #"mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=""#),
        Vector(
            id: "123456", key: "2983d45yun89q", ts: 1_353_809_207, method: "POST",
            resource: "/somewhere/over/the/rainbow",
            host: "example.net:443", payload: "", contentType: "text/plain",
            header: #"Hawk id="123456", ts="1353809207", nonce="Ygvqdz", "#
                + #"hash="q/t+NNAkQZNlq/aAD6PlexImwQTxwgT2MahfTa9XRLA=", "#
                + #"mac="U5k16YEzn3UnBHKeBzsDXn067Gu3R4YaY6xOt9PYRZM=""#),
    ]

    private func request(_ vector: Vector, header: String? = nil, payload: String? = nil)
        -> HawkVerifier.SignedRequest
    {
        HawkVerifier.SignedRequest(
            method: vector.method, resource: vector.resource, hostHeader: vector.host,
            authorization: header ?? vector.header, contentType: vector.contentType,
            body: Array((payload ?? vector.payload ?? "").utf8),
            hasBody: (payload ?? vector.payload) != nil)
    }

    private func verifier(_ vector: Vector) -> HawkVerifier {
        HawkVerifier(partners: [
            PartnerCredential(id: vector.id, key: vector.key, apiID: "x@y", communes: .all)
        ])
    }

    @Test("each vector is accepted at its own time, once", arguments: vectors.indices)
    func acceptsVector(index: Int) async throws {
        let vector = Self.vectors[index]
        let verifier = verifier(vector)
        let now = Date(timeIntervalSince1970: TimeInterval(vector.ts))
        let partner = try await verifier.authenticate(request(vector), now: now)
        #expect(partner.partner.id == vector.id)
        await #expect(throws: APIError.self) { try await verifier.authenticate(request(vector), now: now) }
    }

    @Test("a changed payload or timestamp is refused", arguments: vectors.indices)
    func refusesTampering(index: Int) async throws {
        let vector = Self.vectors[index]
        let now = Date(timeIntervalSince1970: TimeInterval(vector.ts))
        let shifted = vector.header.replacingOccurrences(
            of: "ts=\"\(vector.ts)\"", with: "ts=\"\(vector.ts + 1)\"")
        await #expect(throws: APIError.self) {
            try await verifier(vector).authenticate(request(vector, header: shifted), now: now)
        }
        if vector.payload != nil {
            await #expect(throws: APIError.self) {
                try await verifier(vector).authenticate(request(vector, payload: "tampered"), now: now)
            }
        }
    }
}

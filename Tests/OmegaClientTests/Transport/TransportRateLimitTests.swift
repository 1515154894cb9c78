import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OmegaClient
import Testing

/// A 429 is a 429 whatever readable `Retry-After` it holds, and an answer the HTTP layer cannot
/// read is never "the server does not answer".
@Suite("Transport: 429 with a damaged or absurd Retry-After")
struct TransportRateLimitTests {
    /// A 429 with `Retry-After` set to `value` byte for byte (only CR, LF and NUL are replaced
    /// by the server's HTTP layer; other control characters go out as they are).
    static func limited(_ recorder: Recorder, retryAfter value: [UInt8]) -> Routes {
        { router in
            router.get("api/v1/limited") { _, _ in
                recorder.increment("attempts")
                var headers: HTTPFields = [.contentType: "application/vnd.api+json"]
                headers.append(HTTPField(name: .retryAfter, lenientValue: value))
                return Response(
                    status: .tooManyRequests, headers: headers,
                    body: .init(byteBuffer: ByteBuffer(string: #"{"errors":[{"status":"429"}]}"#)))
            }
        }
    }

    @Test(
        "a Retry-After that cannot be read still gives tooManyRequests, with no wait",
        arguments: [
            [0xFF, 0xFE], Array("1\t2".utf8), Array("in a minute".utf8), Array("1.5".utf8),
            Array("Fri, 99 Foo 2026 25:61:61 GMT".utf8), Array("+5".utf8),
        ])
    func unreadableValue(_ value: [UInt8]) async throws {
        let recorder = Recorder()
        try await serve(Self.limited(recorder, retryAfter: value), retry: .never) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "limited"))
            }
            #expect(error?.kind == .tooManyRequests)
            #expect(error?.status == 429)
            #expect(error?.retryAfter == nil)
        }
        #expect(recorder.count("attempts") == 1)
    }

    /// Control characters (other than tab) in a header value are refused by the HTTP layer
    /// itself (swift-nio's parser, under async-http-client), before the status reaches the
    /// client: the answer is reported as unreadable, not as a server that does not answer, and
    /// it is not asked for again (a rate limiter would only count more attempts).
    @Test(
        "control characters in Retry-After give an unreadable answer, not 'does not answer', not retried",
        arguments: [
            Array("\u{01}".utf8), Array("12\u{7F}".utf8), Array("\u{1B}[2J5".utf8), [0x31, 0x08, 0x32],
        ])
    func controlCharacters(_ value: [UInt8]) async throws {
        let recorder = Recorder()
        try await serve(Self.limited(recorder, retryAfter: value)) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "limited"))
            }
            #expect(error?.kind == .decodingFailed)
            #expect(error?.technicalDetail?.contains("not valid HTTP") == true)
        }
        #expect(recorder.count("attempts") == 1)
    }

    @Test("an absurd Retry-After is bounded to an hour and returned to the caller, not waited out")
    func absurdValueIsBounded() async throws {
        let recorder = Recorder()
        let huge = Array("99999999999999999999999999999999".utf8)
        try await serve(Self.limited(recorder, retryAfter: huge)) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "limited"))
            }
            #expect(error?.kind == .tooManyRequests)
            #expect(error?.retryAfter == 3600)
        }
        #expect(recorder.count("attempts") == 1)
    }
}

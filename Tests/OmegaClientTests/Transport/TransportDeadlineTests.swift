import Foundation
import Hummingbird
import NIOCore
import OmegaClient
import Testing

/// A server that answers at once but then sends its body one byte at a time must not keep a
/// call waiting forever: every call has a deadline for the whole answer, and one for all its
/// tries together.
@Suite("Transport: deadlines cover the whole answer")
struct TransportDeadlineTests {
    /// A 200 whose JSON body arrives one byte every quarter of a second (about a minute in all).
    /// Deadlines in these tests are over a second, so that a loaded machine still reaches the
    /// handler before them, and far below the minute.
    static func trickle(_ recorder: Recorder, fastFrom attempt: Int = .max) -> Routes {
        { router in
            router.get("api/v1/trickle") { _, _ in
                let number = recorder.increment("attempts")
                let body = #"{"data":[],"meta":{"padding":"\#(String(repeating: ".", count: 200))"}}"#
                guard number < attempt else { return Response.jsonAPI(200, body) }
                return Response(
                    status: .ok, headers: [.contentType: "application/vnd.api+json"],
                    body: ResponseBody { writer in
                        for byte in body.utf8 {
                            try await writer.write(ByteBuffer(bytes: [byte]))
                            try await Task.sleep(nanoseconds: 250_000_000)
                        }
                        try await writer.finish(nil)
                    })
            }
        }
    }

    @Test("a body trickling slower than the request timeout gives a timeout error")
    func tricklingBodyTimesOut() async throws {
        let recorder = Recorder()
        try await serve(Self.trickle(recorder), retry: .never, requestTimeout: 1.5) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "trickle"))
            }
            #expect(error?.kind == .timeout)
        }
        #expect(recorder.count("attempts") == 1)
    }

    @Test("a try cut by its deadline is retried as before, and a later quick answer is taken")
    func timedOutTryIsRetried() async throws {
        let recorder = Recorder()
        // Spare tries: on a loaded machine a try may be cut before the server even sees it.
        let retry = RetryPolicy(maximumAttempts: 6, baseDelay: 0.01, maximumDelay: 0.05)
        try await serve(Self.trickle(recorder, fastFrom: 3), retry: retry, requestTimeout: 3) { transport in
            let response = try await transport.send(OmegaRequest(.get, "trickle"))
            #expect(response.status == 200)
        }
        #expect(recorder.count("attempts") == 3)
    }

    @Test("the total deadline ends the call, tries and waits included, with a timeout error")
    func totalDeadlineStopsRetries() async throws {
        let recorder = Recorder()
        // Each try alone could last 20 s, and three are allowed: the total deadline cuts the first.
        try await serve(Self.trickle(recorder), requestTimeout: 20, totalTimeout: 1.5) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "trickle"))
            }
            #expect(error?.kind == .timeout)
        }
        #expect(recorder.count("attempts") == 1)
    }

    @Test("the total deadline is part of the configuration, 30 s unless set")
    func defaultTotalDeadline() {
        let configuration = OmegaConfiguration(baseURL: "http://127.0.0.1:1/api/v1/", apiId: "k@n")
        #expect(configuration.totalTimeout == 30)
        #expect(configuration.requestTimeout <= configuration.totalTimeout)
    }
}

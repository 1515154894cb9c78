import Foundation
import Hummingbird
import OmegaClient
import Testing

@Suite("Transport: headers and retries against a real HTTP server")
struct TransportRetryTests {
    static let emptyCollection = #"{"data":[]}"#

    @Test("GET is retried after 503 until it succeeds, with the JSON:API headers on every try")
    func retriesGetAfter503() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/flaky") { request, _ in
                recorder.record("accept", request.header("Accept") ?? "")
                recorder.record("apiid", request.header("ApiId") ?? "")
                let attempt = recorder.increment("attempts")
                return attempt < 3
                    ? Response.jsonAPI(503, #"{"errors":[{"status":"503","title":"Busy"}]}"#)
                    : Response.jsonAPI(200, Self.emptyCollection)
            }
        }
        try await serve(routes) { transport in
            let response = try await transport.send(OmegaRequest(.get, "flaky"))
            #expect(response.status == 200)
        }
        #expect(recorder.count("attempts") == 3)
        #expect(recorder.values("accept") == Array(repeating: "application/vnd.api+json", count: 3))
        #expect(recorder.values("apiid") == Array(repeating: "test-key@omega-tui-tests", count: 3))
    }

    @Test("GET gives up after the policy's number of tries and reports 503")
    func givesUpAfterMaximumAttempts() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/down") { _, _ in
                recorder.increment("attempts")
                return Response.jsonAPI(503, "")
            }
        }
        try await serve(routes) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "down"))
            }
            #expect(error?.kind == .serviceUnavailable)
            #expect(error?.status == 503)
            #expect(error?.isRetryable == true)
        }
        #expect(recorder.count("attempts") == 3)
    }

    @Test("POST without an idempotency key is never retried")
    func postWithoutKeyIsNotRetried() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.post("api/v1/request/reading") { _, _ in
                recorder.increment("attempts")
                return Response.jsonAPI(503, "")
            }
        }
        try await serve(routes) { transport in
            let request = OmegaRequest(.post, "request/reading", body: Array(#"{"data":{"type":"x"}}"#.utf8))
            let error = await #expect(throws: OmegaError.self) { try await transport.send(request) }
            #expect(error?.kind == .serviceUnavailable)
        }
        #expect(recorder.count("attempts") == 1)
    }

    @Test("POST with an idempotency key is retried with the same key and body each time")
    func postWithKeyIsRetriedWithSameKey() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.post("api/v1/request/reading") { request, _ in
                var request = request
                recorder.record("key", request.header("Idempotency-Key") ?? "<none>")
                recorder.record("body", String(decoding: try await request.bodyBytes(), as: UTF8.self))
                recorder.record("contentType", request.header("Content-Type") ?? "")
                let attempt = recorder.increment("attempts")
                return attempt < 3
                    ? Response.jsonAPI(502, "")
                    : Response.jsonAPI(202, #"{"data":{"type":"Partner_Request","id":"7"}}"#)
            }
        }
        try await serve(routes) { transport in
            let request = OmegaRequest(
                .post, "request/reading", body: Array(#"{"data":{"type":"Partner_Releve"}}"#.utf8),
                idempotencyKey: "5E1A6F7C-0000-4000-8000-000000000001")
            let response = try await transport.send(request)
            #expect(response.status == 202)
        }
        #expect(recorder.count("attempts") == 3)
        #expect(recorder.values("key") == Array(repeating: "5E1A6F7C-0000-4000-8000-000000000001", count: 3))
        #expect(Set(recorder.values("body")) == [#"{"data":{"type":"Partner_Releve"}}"#])
        #expect(recorder.values("contentType").allSatisfy { $0 == "application/vnd.api+json" })
    }

    @Test("429 with a short Retry-After is waited out; a long one is returned with retryAfter")
    func honoursRetryAfter() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/limited") { _, _ in
                let attempt = recorder.increment("limited")
                return attempt == 1
                    ? Response.jsonAPI(
                        429, #"{"errors":[{"status":"429"}]}"#, headers: [("Retry-After", "1")])
                    : Response.jsonAPI(200, Self.emptyCollection)
            }
            router.get("api/v1/locked") { _, _ in
                recorder.increment("locked")
                return Response.jsonAPI(
                    429, #"{"errors":[{"status":"429","title":"Too many attempts"}]}"#,
                    headers: [("Retry-After", "900")])
            }
        }
        try await serve(routes) { transport in
            let started = Date()
            let response = try await transport.send(OmegaRequest(.get, "limited"))
            #expect(response.status == 200)
            // The server asked for one second: the retry must not come earlier.
            #expect(Date().timeIntervalSince(started) >= 0.9)

            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "locked"))
            }
            #expect(error?.kind == .tooManyRequests)
            #expect(error?.retryAfter == 900)
        }
        #expect(recorder.count("limited") == 2)
        #expect(recorder.count("locked") == 1)
    }

    @Test("dry run sends Omega-DryRun and reads the echo")
    func dryRunHeader() async throws {
        let routes: Routes = { router in
            router.post("api/v1/request/reading") { request, _ in
                let dryRun = request.header("Omega-DryRun") ?? ""
                return Response.jsonAPI(
                    200, #"{"data":{"type":"Partner_Request","attributes":{"req_code":"J_RELEVE"}}}"#,
                    headers: [("Omega-DryRun", dryRun)])
            }
        }
        try await serve(routes) { transport in
            let body = Array(#"{"data":{"type":"Partner_Releve"}}"#.utf8)
            let response = try await transport.send(
                OmegaRequest(.post, "request/reading", body: body, dryRun: true))
            #expect(response.isDryRun)
            let plain = try await transport.send(OmegaRequest(.post, "request/reading", body: body))
            #expect(!plain.isDryRun)
        }
    }
}

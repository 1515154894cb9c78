import Foundation
import Hummingbird
import OmegaClient
import Testing

@Suite("Transport: an answer larger than the limit")
struct TransportSizeLimitTests {
    @Test("is an unreadable answer after one try, not 'the server does not answer' three times")
    func oversizedAnswer() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/huge") { _, _ in
                recorder.increment("attempts")
                return Response.jsonAPI(
                    200, #"{"data":[],"meta":{"pad":""# + String(repeating: "x", count: 4_096) + #""}}"#)
            }
        }
        try await TestServer.with(routes) { baseURL in
            let transport = OmegaTransport(
                configuration: OmegaConfiguration(
                    baseURL: baseURL, apiId: "test-key@omega-tui-tests",
                    retryPolicy: RetryPolicy(maximumAttempts: 3, baseDelay: 0.01, maximumDelay: 0.05),
                    maximumResponseSize: 1_024))
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "huge"))
            }
            try await transport.shutdown()
            #expect(error?.kind == .decodingFailed)
            #expect(error?.technicalDetail?.contains("1024") == true)
        }
        #expect(recorder.count("attempts") == 1)
    }
}

import Foundation
import Hummingbird
import OmegaClient
import Testing

@Suite("Transport: every failure becomes an OmegaError")
struct TransportErrorTests {
    @Test("415 maps to unsupportedMediaType, not retried, even for GET")
    func unsupportedMediaType() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/strict") { _, _ in
                recorder.increment("attempts")
                return Response.jsonAPI(
                    415, #"{"errors":[{"status":"415","title":"Unsupported Media Type"}]}"#)
            }
        }
        try await serve(routes) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "strict"))
            }
            #expect(error?.kind == .unsupportedMediaType)
            #expect(error?.errors.first?.title == "Unsupported Media Type")
            #expect(error?.isRetryable == false)
        }
        #expect(recorder.count("attempts") == 1)
    }

    @Test("422 carries the error objects and field errors from source.pointer")
    func validationWithFieldErrors() async throws {
        let body = """
            {"errors":[
              {"status":"422","code":"NI_TOO_LOW","title":"Index trop bas",
               "detail":"Le nouvel index doit être au moins 1234.","source":{"pointer":"/data/attributes/ni"}},
              {"status":"422","title":"Date invalide","source":{"pointer":"/data/attributes/dateni"}},
              {"status":"422","detail":"Sans pointeur"}
            ]}
            """
        let routes: Routes = { router in
            router.post("api/v1/request/reading") { _, _ in Response.jsonAPI(422, body) }
        }
        try await serve(routes) { transport in
            let request = OmegaRequest(
                .post, "request/reading", body: Array(#"{"data":{"type":"Partner_Releve"}}"#.utf8))
            let error = await #expect(throws: OmegaError.self) { try await transport.send(request) }
            #expect(error?.kind == .validationFailed)
            #expect(error?.status == 422)
            #expect(error?.errors.count == 3)
            #expect(error?.errors.first?.code == "NI_TOO_LOW")
            #expect(
                error?.fieldErrors == [
                    "ni": "Le nouvel index doit être au moins 1234.", "dateni": "Date invalide",
                ])
        }
    }

    @Test("error bodies that are empty or not JSON still give the status's error")
    func tolerantErrorBodies() async throws {
        let routes: Routes = { router in
            router.get("api/v1/html") { _, _ in
                Response(
                    status: .notFound, headers: [.contentType: "text/html"],
                    body: .init(byteBuffer: ByteBuffer(string: "<html>Not here</html>")))
            }
            router.get("api/v1/empty") { _, _ in Response(status: .forbidden) }
            router.get("api/v1/conflict") { _, _ in
                Response.jsonAPI(
                    409,
                    #"{"errors":[{"links":{"about":"http://jsonapi.org/format"},"code":"409","title":"Conflict!"}]}"#
                )
            }
        }
        try await serve(routes) { transport in
            let notFound = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "html"))
            }
            #expect(notFound?.kind == .notFound)
            #expect(notFound?.errors.isEmpty == true)
            let forbidden = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "empty"))
            }
            #expect(forbidden?.kind == .forbidden)
            let conflict = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "conflict"))
            }
            #expect(conflict?.kind == .conflict)
            #expect(conflict?.errors.first?.code == "409")
        }
    }

    @Test("a handler slower than the request timeout gives a timeout error")
    func timeout() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/slow") { _, _ in
                recorder.increment("attempts")
                try await Task.sleep(nanoseconds: 10_000_000_000)
                return Response.jsonAPI(200, #"{"data":[]}"#)
            }
        }
        // Over a second, so that a loaded machine still reaches the handler before the deadline.
        try await serve(routes, retry: .never, requestTimeout: 1.5) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "slow"))
            }
            #expect(error?.kind == .timeout)
        }
        #expect(recorder.count("attempts") == 1)
    }

    @Test("a connection cut in the middle of the answer gives connectionFailed, retried for GET")
    func cutConnection() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            router.get("api/v1/cut") { _, _ in
                recorder.increment("attempts")
                return Response(
                    status: .ok, headers: [.contentType: "application/vnd.api+json"],
                    body: ResponseBody { writer in
                        try await writer.write(ByteBuffer(string: #"{"data":[{"type":"Partner_"#))
                        throw CancellationError()
                    })
            }
        }
        try await serve(routes) { transport in
            let error = await #expect(throws: OmegaError.self) {
                try await transport.send(OmegaRequest(.get, "cut"))
            }
            #expect(error?.kind == .connectionFailed)
        }
        #expect(recorder.count("attempts") == 3)
    }

    @Test("nobody listening gives connectionFailed with the French and English sentences")
    func connectionRefused() async throws {
        // Port 1 on loopback: nothing listens there in a test environment.
        let transport = makeTransport("http://127.0.0.1:1/api/v1/", retry: .never)
        let error = await #expect(throws: OmegaError.self) {
            try await transport.send(OmegaRequest(.get, "test"))
        }
        try await transport.shutdown()
        #expect(error?.kind == .connectionFailed)
    }

    @Test("malformed JSON in a 200 gives a decoding error naming the problem")
    func malformedJSON() async throws {
        let routes: Routes = { router in
            router.get("api/v1/broken") { _, _ in Response.jsonAPI(200, #"{"data":[{"type":"#) }
            router.get("api/v1/notype") { _, _ in Response.jsonAPI(200, #"{"data":[{"id":"1"}]}"#) }
        }
        try await serve(routes) { transport in
            let broken = try await transport.send(OmegaRequest(.get, "broken"))
            let error = #expect(throws: OmegaError.self) { try broken.document() }
            #expect(error?.kind == .decodingFailed)
            #expect(error?.technicalDetail?.contains("notJSON") == true)
            let noType = try await transport.send(OmegaRequest(.get, "notype"))
            let typeError = #expect(throws: OmegaError.self) { try noType.document() }
            #expect(typeError?.technicalDetail?.contains("data[0]") == true)
        }
    }

    @Test("Content-Type with parameters is accepted")
    func contentTypeWithParameters() async throws {
        let routes: Routes = { router in
            router.get("api/v1/charset") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "application/vnd.api+json; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(string: #"{"data":[],"meta":{"total":0}}"#)))
            }
        }
        try await serve(routes) { transport in
            let document = try await transport.send(OmegaRequest(.get, "charset")).document()
            #expect(document.total == 0)
        }
    }
}

import Foundation
import Hummingbird
import JSONAPI
import OmegaClient
import Testing

@Suite("Hawk over HTTP: the server recomputes what the client signs")
struct HawkTransportTests {
    static let credentials = HawkCredentials(
        id: "partner-42", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn")

    /// A route that authenticates with `HawkServer` like a real partner server would, with
    /// its clock `serverSkew` seconds ahead, and signs its answer unless told to forge it.
    static func secured(
        _ router: Router<BasicRequestContext>, _ path: String, method: HTTPRequest.Method, recorder: Recorder,
        serverSkew: Int = 0, forgeAnswer: Bool = false, forgeTimestampMAC: Bool = false
    ) {
        router.on(RouterPath(path), method: method) {
            (request: Request, _: BasicRequestContext) -> Response in
            var request = request
            let payload = try await request.bodyBytes()
            recorder.increment("calls")
            let authority = request.head.authority ?? ""
            let parts = authority.split(separator: ":")
            let host = parts.first.map(String.init) ?? ""
            let port = parts.count > 1 ? Int(parts[1]) ?? 80 : 80
            let now = Int(Date().timeIntervalSince1970) + serverSkew
            do throws(HawkAuthenticationFailure) {
                let (credentials, artifacts) = try HawkServer.authenticate(
                    authorization: request.header("Authorization"), method: request.method.rawValue,
                    resource: request.head.path ?? "", host: host, port: port,
                    payload: payload.isEmpty ? nil : payload, contentType: request.header("Content-Type"),
                    now: now, credentials: { $0 == Self.credentials.id ? Self.credentials : nil })
                recorder.record("ext", artifacts.ext ?? "")
                recorder.record("ts", String(artifacts.ts))
                let body = #"{"data":[],"meta":{"total":0}}"#
                let signedBody = forgeAnswer ? #"{"data":[{"type":"forged","id":"1"}]}"# : body
                let serverAuthorization = HawkServer.serverAuthorization(
                    credentials: credentials, requestArtifacts: artifacts, payload: Array(signedBody.utf8),
                    contentType: "application/vnd.api+json")
                return Response.jsonAPI(200, body, headers: [("Server-Authorization", serverAuthorization)])
            } catch {
                recorder.record("failure", error.message)
                var www = error.wwwAuthenticate ?? ""
                if forgeTimestampMAC, www.contains("tsm=") {
                    www = HawkHeader.staleTimestamp(
                        now: now, credentials: HawkCredentials(id: "x", key: "wrong key"))
                }
                return Response.jsonAPI(
                    error.status, #"{"errors":[{"status":"\#(error.status)","title":"\#(error.message)"}]}"#,
                    headers: www.isEmpty ? [] : [("WWW-Authenticate", www)])
            }
        }
    }

    @Test("a signed GET with a filter query and agent ext is accepted, and its answer verified")
    func signedGet() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            Self.secured(router, "api/v1/partner/pconso", method: .get, recorder: recorder)
        }
        try await serve(routes) { transport in
            let api = PartnerAPI(
                transport: transport, signer: HawkSigner(credentials: Self.credentials), agent: "mdupont")
            let page = try await api.pointsConso(
                Query(filters: [Filter("contratActif.occupant.nom", .like, ["DUP%"])]))
            #expect(page.items.isEmpty)
            #expect(page.total == 0)
        }
        #expect(recorder.values("ext") == ["agent=mdupont"])
        #expect(recorder.values("failure").isEmpty)
    }

    @Test("a signed POST covers the body's hash")
    func signedPost() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            Self.secured(router, "api/v1/partner/request/reading", method: .post, recorder: recorder)
        }
        try await serve(routes) { transport in
            let signer = HawkSigner(credentials: Self.credentials)
            let body = Array(#"{"data":{"type":"Partner_Releve","attributes":{"ni":"1250"}}}"#.utf8)
            let response = try await transport.send(
                OmegaRequest(.post, "partner/request/reading", body: body),
                authentication: .hawk(signer, ext: nil))
            #expect(response.status == 200)
        }
        #expect(recorder.values("failure").isEmpty)
        #expect(recorder.count("calls") == 1)
    }

    @Test("a stale timestamp is corrected once from a verified tsm, without touching the system clock")
    func staleTimestampCorrection() async throws {
        let recorder = Recorder()
        let clock = HawkClock()
        let routes: Routes = { router in
            Self.secured(
                router, "api/v1/partner/test-secured", method: .get, recorder: recorder, serverSkew: 3600)
        }
        try await serve(routes) { transport in
            let api = PartnerAPI(
                transport: transport, signer: HawkSigner(credentials: Self.credentials, clock: clock))
            let response = try await api.testSecured()
            #expect(response.status == 200)
            let server = try #require(URL(string: transport.configuration.baseURL))
            let offset = clock.offset(for: "127.0.0.1:\(server.port ?? 0)")
            #expect(abs(offset - 3600) < 5)
            #expect(clock.offset(for: "other.example:443") == 0)
        }
        #expect(recorder.count("calls") == 2)
        #expect(recorder.values("failure") == ["Stale timestamp"])
    }

    @Test("a forged tsm is not believed: no clock change, 401 returned")
    func forgedTimestampMAC() async throws {
        let recorder = Recorder()
        let clock = HawkClock()
        let routes: Routes = { router in
            Self.secured(
                router, "api/v1/partner/test-secured", method: .get, recorder: recorder, serverSkew: 3600,
                forgeTimestampMAC: true)
        }
        try await serve(routes) { transport in
            let api = PartnerAPI(
                transport: transport, signer: HawkSigner(credentials: Self.credentials, clock: clock))
            let error = await #expect(throws: OmegaError.self) { try await api.testSecured() }
            #expect(error?.kind == .unauthorized)
            let server = try #require(URL(string: transport.configuration.baseURL))
            #expect(clock.offset(for: "127.0.0.1:\(server.port ?? 0)") == 0)
        }
        #expect(recorder.count("calls") == 1)
    }

    @Test("an answer whose Server-Authorization does not match the body is rejected")
    func forgedAnswer() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            Self.secured(
                router, "api/v1/partner/test-secured", method: .get, recorder: recorder, forgeAnswer: true)
        }
        try await serve(routes) { transport in
            let api = PartnerAPI(transport: transport, signer: HawkSigner(credentials: Self.credentials))
            let error = await #expect(throws: OmegaError.self) { try await api.testSecured() }
            #expect(error?.kind == .invalidServerSignature)
            #expect(error?.technicalDetail == "Bad response payload mac")
        }
    }

    @Test("wrong credentials get the server's 401")
    func wrongKey() async throws {
        let recorder = Recorder()
        let routes: Routes = { router in
            Self.secured(router, "api/v1/partner/test-secured", method: .get, recorder: recorder)
        }
        try await serve(routes) { transport in
            let signer = HawkSigner(credentials: HawkCredentials(id: Self.credentials.id, key: "not the key"))
            let error = await #expect(throws: OmegaError.self) {
                try await PartnerAPI(transport: transport, signer: signer).testSecured()
            }
            #expect(error?.kind == .unauthorized)
            #expect(error?.errors.first?.title == "Bad mac")
        }
        #expect(recorder.values("failure") == ["Bad mac"])
    }
}

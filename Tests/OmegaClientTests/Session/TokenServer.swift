import Foundation
import Hummingbird
import OmegaClient

/// A small token server for session tests: issues `access-N`/`refresh-N` pairs, rotates
/// refresh tokens (a used one dies), counts refreshes, and serves one protected collection.
final class TokenServer: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var counter = 0
    private var validAccess: Set<String> = []
    private var validRefresh: Set<String> = []
    let recorder = Recorder()
    /// `expires_in` of the pairs issued at login.
    let loginExpiresIn: Int
    /// How long a refresh takes, so that concurrent callers overlap it.
    let refreshDelay: UInt64

    init(loginExpiresIn: Int = 1200, refreshDelayNanoseconds: UInt64 = 200_000_000) {
        self.loginExpiresIn = loginExpiresIn
        self.refreshDelay = refreshDelayNanoseconds
    }

    private func issue(expiresIn: Int) -> String {
        lock.withLock {
            counter += 1
            validAccess.insert("access-\(counter)")
            validRefresh.insert("refresh-\(counter)")
            return """
                {"access_token":"access-\(counter)","expires_in":\(expiresIn),"refresh_token":"refresh-\(counter)",\
                "refresh_expires_in":7200,"token_type":"bearer"}
                """
        }
    }

    /// Makes every access token invalid, as a server restart or a revocation would.
    func revokeAccessTokens() { lock.withLock { validAccess.removeAll() } }

    private func useRefresh(_ token: String) -> Bool { lock.withLock { validRefresh.remove(token) != nil } }

    private func isValidAccess(_ header: String?) -> Bool {
        guard let header, header.hasPrefix("Bearer ") else { return false }
        return lock.withLock { validAccess.contains(String(header.dropFirst(7))) }
    }

    private static let unauthorized = Response.jsonAPI(
        401, #"{"errors":[{"status":"401","title":"Unauthorized"}]}"#)

    func routes(_ router: Router<BasicRequestContext>) {
        router.post("api/v1/subscriber/token") { request, _ in
            var request = request
            let body = try await request.bodyBytes()
            self.recorder.record("loginContentType", request.header("Content-Type") ?? "")
            let fields = (try? JSONDecoder().decode([String: String].self, from: Data(body))) ?? [:]
            switch (fields["email"], fields["password"]) {
            case ("ana@example.org", "correct horse"):
                return Response.json(200, self.issue(expiresIn: self.loginExpiresIn))
            case ("new@example.org", _): return Response.jsonAPI(403, #"{"errors":[{"status":"403"}]}"#)
            default: return Self.unauthorized
            }
        }
        router.post("api/v1/subscriber/token/refresh") { request, _ in
            var request = request
            self.recorder.increment("refresh")
            let body = try await request.bodyBytes()
            let fields = (try? JSONDecoder().decode([String: String].self, from: Data(body))) ?? [:]
            try await Task.sleep(nanoseconds: self.refreshDelay)
            guard let token = fields["refresh_token"], self.useRefresh(token) else {
                return Self.unauthorized
            }
            return Response.json(200, self.issue(expiresIn: 1200))
        }
        router.delete("api/v1/subscriber/token") { request, _ in
            self.recorder.increment("logout")
            guard self.isValidAccess(request.header("Authorization")) else { return Self.unauthorized }
            self.lock.withLock {
                self.validAccess.removeAll()
                self.validRefresh.removeAll()
            }
            return Response(status: .noContent)
        }
        router.get("api/v1/subscriber/contrat") { request, _ in
            self.recorder.increment("data")
            guard self.isValidAccess(request.header("Authorization")) else { return Self.unauthorized }
            return Response.jsonAPI(
                200,
                #"{"data":[{"type":"Partner_Contrat","id":"343025705","attributes":{"numcontrat":"343025705","actif":"1"}}],"meta":{"total":1}}"#
            )
        }
    }
}

/// Why a server refuses a Hawk request, with the status and `WWW-Authenticate` to answer.
public struct HawkAuthenticationFailure: Error, Sendable, Hashable {
    /// 400 (bad header), 401 (bad credentials, MAC, nonce or timestamp) or 500 (bad setup).
    public var status: Int
    /// The reference implementation's message (e.g. "Bad mac", "Stale timestamp").
    public var message: String
    /// The `WWW-Authenticate` header to send with a 401, nil otherwise.
    public var wwwAuthenticate: String?
}

/// Server-side Hawk verification in the reference implementation's order (used by the
/// sandbox and by tests that check what the client signs).
public enum HawkServer {
    /// Authenticates a request. `payload` is checked against the `hash` attribute when given;
    /// `isFreshNonce` returns false for a replay. Returns the credentials and artifacts, which
    /// `serverAuthorization` needs to sign the answer.
    public static func authenticate(
        authorization: String?, method: String, resource: String, host: String, port: Int,
        payload: [UInt8]? = nil, contentType: String? = nil, now: Int, timestampSkew: Int = 60,
        credentials lookup: (String) -> HawkCredentials?,
        isFreshNonce: (HawkCredentials, String, Int) -> Bool = { _, _, _ in true }
    ) throws(HawkAuthenticationFailure) -> (credentials: HawkCredentials, artifacts: HawkArtifacts) {
        guard let authorization else { throw unauthorized(nil) }
        let attributes: [String: String]
        do {
            attributes = try HawkHeader.parse(authorization, allowedKeys: HawkHeader.authorizationKeys)
        } catch .notHawkScheme {
            throw unauthorized(nil)
        } catch {
            throw HawkAuthenticationFailure(status: 400, message: error.description, wwwAuthenticate: nil)
        }
        guard let id = attributes["id"], let tsText = attributes["ts"], let nonce = attributes["nonce"],
            let mac = attributes["mac"]
        else {
            throw HawkAuthenticationFailure(status: 400, message: "Missing attributes", wwwAuthenticate: nil)
        }
        guard let credentials = lookup(id) else { throw unauthorized("Unknown credentials") }
        guard let ts = Int(tsText) else { throw unauthorized("Bad mac") }
        let artifacts = HawkArtifacts(
            ts: ts, nonce: nonce, method: method, resource: resource, host: host, port: port,
            hash: attributes["hash"], ext: attributes["ext"], app: attributes["app"], dlg: attributes["dlg"])
        let expected = HawkCrypto.mac(type: .header, credentials: credentials, artifacts: artifacts)
        guard HawkCrypto.constantTimeEquals(mac, expected) else { throw unauthorized("Bad mac") }
        if let payload {
            guard let hash = attributes["hash"] else { throw unauthorized("Missing required payload hash") }
            let computed = HawkCrypto.payloadHash(
                payload: payload, contentType: contentType, algorithm: credentials.algorithm)
            guard HawkCrypto.constantTimeEquals(hash, computed) else {
                throw unauthorized("Bad payload hash")
            }
        }
        guard isFreshNonce(credentials, nonce, ts) else { throw unauthorized("Invalid nonce") }
        // Checked last, so only a caller holding the key learns the server's time.
        // Compared without subtracting `ts`: it comes from outside and may be Int.min or Int.max.
        guard ts >= now - timestampSkew, ts <= now + timestampSkew else {
            throw HawkAuthenticationFailure(
                status: 401, message: "Stale timestamp",
                wwwAuthenticate: HawkHeader.staleTimestamp(now: now, credentials: credentials))
        }
        return (credentials, artifacts)
    }

    /// The `Server-Authorization` header for an answer to an authenticated request.
    public static func serverAuthorization(
        credentials: HawkCredentials, requestArtifacts: HawkArtifacts, payload: [UInt8]?,
        contentType: String?, ext: String? = nil
    ) -> String {
        var artifacts = requestArtifacts
        artifacts.hash = payload.map {
            HawkCrypto.payloadHash(payload: $0, contentType: contentType, algorithm: credentials.algorithm)
        }
        artifacts.ext = ext
        let mac = HawkCrypto.mac(type: .response, credentials: credentials, artifacts: artifacts)
        return HawkHeader.serverAuthorization(mac: mac, hash: artifacts.hash, ext: ext)
    }

    private static func unauthorized(_ message: String?) -> HawkAuthenticationFailure {
        guard let message else {
            return HawkAuthenticationFailure(
                status: 401, message: "Missing credentials", wwwAuthenticate: "Hawk")
        }
        return HawkAuthenticationFailure(
            status: 401, message: message, wwwAuthenticate: "Hawk error=\"\(message)\"")
    }
}

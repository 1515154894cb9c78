import Foundation

/// A signed request: the `Authorization` header and the artifacts needed to check the
/// server's answer.
public struct HawkSignature: Sendable, Hashable {
    /// The value of the `Authorization` header.
    public var header: String
    /// What the MAC covers.
    public var artifacts: HawkArtifacts
    /// The request MAC.
    public var mac: String

    /// Creates a signature (the signer makes them; tests and servers may rebuild one).
    public init(header: String, artifacts: HawkArtifacts, mac: String) {
        self.header = header
        self.artifacts = artifacts
        self.mac = mac
    }
}

/// Signs partner requests with Hawk and checks the server's answers.
public struct HawkSigner: Sendable {
    /// The partner's credentials.
    public let credentials: HawkCredentials
    /// Time source with per-server offsets.
    public let clock: HawkClock

    /// Creates a signer; share one `clock` between signers talking to the same server.
    public init(credentials: HawkCredentials, clock: HawkClock = HawkClock()) {
        self.credentials = credentials
        self.clock = clock
    }

    /// Signs a request to `url`. `payload` (with its `contentType`) is hashed when given;
    /// `ext` (e.g. `agent=<login>`) is covered by the MAC. `timestamp` and `nonce` are for
    /// reproducible tests; by default they come from the clock and a random 12-character nonce.
    /// - Throws: ``HawkError/invalidURL(_:)``, or ``HawkError/invalidHeader(_:)`` when the id or
    ///   `ext` holds characters a Hawk header cannot carry (`"`, `\`, non-ASCII, controls).
    public func sign(
        method: String, url: String, payload: [UInt8]? = nil, contentType: String? = nil,
        ext: String? = nil, timestamp: Int? = nil, nonce: String? = nil
    ) throws(HawkError) -> HawkSignature {
        let target = try HawkTarget(url: url)
        // A value the header cannot carry would be refused by the server: fail here instead.
        guard HawkHeader.isValidAttributeValue(credentials.id) else {
            throw .invalidHeader("Bad attribute value: id")
        }
        if let ext, !ext.isEmpty, !HawkHeader.isValidAttributeValue(ext) {
            throw .invalidHeader("Bad attribute value: ext")
        }
        var artifacts = HawkArtifacts(
            ts: timestamp ?? clock.timestamp(for: target.serverKey),
            nonce: nonce ?? Self.randomNonce(),
            method: method, resource: target.resource, host: target.host, port: target.port,
            ext: ext
        )
        if let payload {
            artifacts.hash = HawkCrypto.payloadHash(
                payload: payload, contentType: contentType, algorithm: credentials.algorithm)
        }
        let mac = HawkCrypto.mac(type: .header, credentials: credentials, artifacts: artifacts)
        return HawkSignature(
            header: HawkHeader.authorization(id: credentials.id, artifacts: artifacts, mac: mac),
            artifacts: artifacts, mac: mac)
    }

    /// Checks a `Server-Authorization` header against the request's artifacts. When the
    /// response `payload` is given, the header must carry its hash (computed with the
    /// response's content type). A missing header is accepted unless `required`.
    public func verifyResponse(
        serverAuthorization: String?, signature: HawkSignature, payload: [UInt8]? = nil,
        contentType: String? = nil, required: Bool = false
    ) throws(HawkError) {
        guard let serverAuthorization else {
            if required { throw .missingServerAuthorization }
            return
        }
        let attributes = try HawkHeader.parse(
            serverAuthorization, allowedKeys: HawkHeader.serverAuthorizationKeys)
        var artifacts = signature.artifacts
        artifacts.hash = attributes["hash"]
        artifacts.ext = attributes["ext"]
        let expected = HawkCrypto.mac(type: .response, credentials: credentials, artifacts: artifacts)
        guard let mac = attributes["mac"], HawkCrypto.constantTimeEquals(mac, expected) else {
            throw .badResponseMAC
        }
        guard let payload else { return }
        guard let hash = attributes["hash"] else { throw .missingResponseHash }
        let computed = HawkCrypto.payloadHash(
            payload: payload, contentType: contentType, algorithm: credentials.algorithm)
        guard HawkCrypto.constantTimeEquals(hash, computed) else { throw .badResponsePayloadHash }
    }

    /// Reads a 401's `WWW-Authenticate`; if it carries a `ts` whose `tsm` proves the server
    /// holds our key, records the offset for that server and returns true (the caller then
    /// retries once with a fresh nonce). Returns false when the header has no timestamp.
    @discardableResult
    public func adjustClock(wwwAuthenticate: String, url: String) throws(HawkError) -> Bool {
        let attributes = try HawkHeader.parse(wwwAuthenticate, allowedKeys: HawkHeader.wwwAuthenticateKeys)
        guard let tsText = attributes["ts"] else { return false }
        guard let ts = Int(tsText), let tsm = attributes["tsm"],
            HawkCrypto.constantTimeEquals(tsm, HawkCrypto.timestampMAC(ts: ts, credentials: credentials))
        else { throw .invalidServerTimestampHash }
        clock.adjust(server: try HawkTarget(url: url).serverKey, serverTimestamp: ts)
        return true
    }

    /// Characters in a nonce: 12 from 62 (≈71 bits). The reference client's 6 (≈36 bits)
    /// collided twice in 300 000 honest requests of 100 desks under one key (sandbox soak).
    public static let nonceLength = 12

    /// ``nonceLength`` random letters and digits.
    public static func randomNonce() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String(
            (0..<nonceLength).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
    }
}

/// Host, port and resource of a URL as Hawk signs them, and as async-http-client sends them
/// (percent-encoded path, `/` when empty, then `?query`).
struct HawkTarget {
    var host: String
    var port: Int
    var resource: String

    var serverKey: String { "\(host):\(port)" }

    init(url text: String) throws(HawkError) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { throw .invalidURL(text) }
        self.host = host.lowercased()
        self.port = url.port ?? (scheme == "https" ? 443 : 80)
        var path = URLComponents(url: url, resolvingAgainstBaseURL: true)?.percentEncodedPath ?? url.path
        if path.isEmpty { path = "/" }
        if let query = url.query { path += "?" + query }
        self.resource = path
    }
}

import Foundation
import Hummingbird
import OmegaClient

/// A partner authenticated by Hawk, with the agent named in `ext` (`agent=<login>`), if any.
struct AuthenticatedPartner: Sendable {
    var partner: PartnerCredential
    var agent: String?
}

/// Verifies Hawk-signed partner requests with the client library's `HawkServer` (one Hawk
/// implementation for both sides), adding what a server must keep: the partner table and a
/// replay cache of `key + ts + nonce`.
actor HawkVerifier {
    /// The accepted clock difference in seconds (the reference default, ±60 s).
    static let allowedSkew = 60

    private let partners: [String: PartnerCredential]
    private var seenNonces: [SeenNonce: Int] = [:]

    /// A nonce as the replay cache keeps it. The timestamp is part of it: a replay repeats the
    /// signed header, timestamp included, while six random characters (the reference client's
    /// nonce) do collide between honest requests at a few hundred per second under one key
    /// (the soak saw it). The key's string is shared, and a short nonce is stored inline, so
    /// an entry allocates nothing of its own.
    private struct SeenNonce: Hashable {
        var key: String
        var ts: Int
        var nonce: String
    }
    private var lastPrune = 0

    init(partners: [PartnerCredential]) {
        self.partners = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The request as Hawk sees it.
    struct SignedRequest: Sendable {
        var method: String
        var resource: String
        var hostHeader: String?
        var authorization: String?
        var contentType: String?
        var body: [UInt8]
        /// Whether the request carries a body (a POST/PUT/PATCH, or any non-empty body): then
        /// the payload hash is required, or a valid MAC would vouch for any body at all.
        var hasBody: Bool
    }

    /// The widest timestamp accepted before the skew check: ±2^40 s (some 35 000 years) keeps
    /// `ts - now` far from `Int` overflow whatever a key holder signs.
    static let timestampMagnitude = 1 << 40

    /// The partner behind `request`, or a 400/401 ``APIError`` like the reference server's.
    func authenticate(_ request: SignedRequest, now: Date = Date()) throws(APIError) -> AuthenticatedPartner {
        guard let (host, port) = Self.hostAndPort(request.hostHeader) else {
            throw APIError.badRequest("Invalid Host header")
        }
        let nowSeconds = Int(now.timeIntervalSince1970)
        pruneNonces(now: nowSeconds)
        try Self.checkTimestampRange(request.authorization)
        // A body must be hashed, and the hash is checked whenever one is sent (a valid MAC
        // alone only proves that the hash attribute was not altered, not the body).
        let sentHash = request.authorization?.contains("hash=\"") ?? false
        let checksPayload = request.hasBody || sentHash
        let outcome:
            Result<(credentials: HawkCredentials, artifacts: HawkArtifacts), HawkAuthenticationFailure>
        do {
            outcome = .success(
                try HawkServer.authenticate(
                    authorization: request.authorization, method: request.method, resource: request.resource,
                    host: host, port: port, payload: checksPayload ? request.body : nil,
                    contentType: request.contentType,
                    now: nowSeconds, timestampSkew: Self.allowedSkew,
                    credentials: { partners[$0]?.hawkCredentials },
                    isFreshNonce: { credentials, nonce, ts in
                        let seen = SeenNonce(key: credentials.key, ts: ts, nonce: nonce)
                        guard seenNonces[seen] == nil else { return false }
                        seenNonces[seen] = nowSeconds
                        return true
                    }))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let verified):
            guard let partner = partners[verified.credentials.id] else {
                throw APIError.unauthorized("Unknown credentials")
            }
            return AuthenticatedPartner(partner: partner, agent: Self.agent(in: verified.artifacts.ext))
        case .failure(let failure):
            var headers = HTTPFields()
            if let challenge = failure.wwwAuthenticate { headers[.wwwAuthenticate] = challenge }
            let status = HTTPResponse.Status(code: failure.status)
            throw APIError(status, title: status.reasonPhrase, detail: failure.message, headers: headers)
        }
    }

    /// Refuses a `ts` attribute that is a number too far from any real clock (400, as the
    /// reference answers a bad attribute value): `HawkServer` subtracts it from the time.
    private static func checkTimestampRange(_ authorization: String?) throws(APIError) {
        guard let authorization,
            let attributes = try? HawkHeader.parse(authorization, allowedKeys: HawkHeader.authorizationKeys),
            let ts = attributes["ts"].flatMap({ Int($0) })
        else { return }
        guard (-timestampMagnitude...timestampMagnitude).contains(ts) else {
            throw APIError.badRequest("Bad attribute value: ts")
        }
    }

    /// Forgets nonces old enough that their timestamps would be refused as stale anyway.
    private func pruneNonces(now: Int) {
        guard now - lastPrune > Self.allowedSkew else { return }
        seenNonces = seenNonces.filter { now - $0.value <= 4 * Self.allowedSkew }
        lastPrune = now
    }

    /// `agent=<login>` from `ext` (other `;`- or `&`-separated pairs are ignored).
    static func agent(in ext: String?) -> String? {
        guard let ext else { return nil }
        for pair in ext.split(whereSeparator: { $0 == ";" || $0 == "&" || $0 == "," }) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "agent" {
                let login = parts[1].trimmingCharacters(in: .whitespaces)
                return login.isEmpty ? nil : login
            }
        }
        return nil
    }

    private static let validPorts = 0...65535

    /// Host (without port) and port of a `Host` header; the port defaults to 80 (plain HTTP).
    static func hostAndPort(_ header: String?) -> (String, Int)? {
        guard let header, !header.isEmpty, header.utf8.count <= 4096, !header.contains("/") else {
            return nil
        }
        if header.hasPrefix("[") {
            guard let close = header.firstIndex(of: "]") else { return nil }
            let host = String(header[...close])
            let rest = header[header.index(after: close)...]
            if rest.isEmpty { return (host, 80) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()), validPorts.contains(port) else {
                return nil
            }
            return (host, port)
        }
        let parts = header.split(separator: ":", omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty, parts.count <= 2 else { return nil }
        if parts.count == 1 { return (String(host), 80) }
        guard let port = Int(parts[1]), validPorts.contains(port) else { return nil }
        return (String(host), port)
    }
}

import Crypto
import Foundation
import JWTKit

/// The claims of a subscriber access token: `sub` (account id), `iat`, `exp`, `jti`.
struct AccessTokenClaims: JWTPayload {
    var sub: SubjectClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    var jti: IDClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }
}

/// Signs and verifies the sandbox's JWT access tokens (HS256).
///
/// The HMAC key is 32 random bytes drawn at each server start, so tokens never survive a
/// restart and no key ever sits on disk. jwt-kit checks the header's `alg` against the key,
/// which rejects `alg: none` and tokens signed by anyone else.
struct AccessTokenIssuer: Sendable {
    /// Access tokens live 20 minutes (`expires_in: 1200`).
    static let lifetime: TimeInterval = 20 * 60

    private let keys: JWTKeyCollection

    init() async {
        let key = SymmetricKey(size: .bits256)
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(key: key), digestAlgorithm: .sha256)
        self.keys = keys
    }

    /// A signed token for `accountID`, valid from `now` for ``lifetime``.
    func issue(accountID: String, now: Date = Date()) async throws -> String {
        let claims = AccessTokenClaims(
            sub: SubjectClaim(value: accountID),
            iat: IssuedAtClaim(value: now),
            exp: ExpirationClaim(value: now.addingTimeInterval(Self.lifetime)),
            jti: IDClaim(value: UUID().uuidString))
        return try await keys.sign(claims)
    }

    /// The claims of `token` when it is signed by this server and not expired, else nil.
    func verify(_ token: String) async -> AccessTokenClaims? {
        guard Self.headerAlgorithm(of: token) == "HS256" else { return nil }
        return try? await keys.verify(token, as: AccessTokenClaims.self)
    }

    /// The `alg` of a compact JWT's header, read before verification so that anything but
    /// HS256 (notably `none`) is refused outright.
    private static func headerAlgorithm(of token: String) -> String? {
        guard let header = token.split(separator: ".", omittingEmptySubsequences: false).first else {
            return nil
        }
        var base64 = header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["alg"] as? String
    }
}

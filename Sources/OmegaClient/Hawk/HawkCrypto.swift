import Crypto
import Foundation

/// Hawk's cryptographic functions: payload hash, MACs, timestamp MAC, constant-time compare.
///
/// These are pure functions, so the sandbox server can verify what the client signs with the
/// very same code.
public enum HawkCrypto {
    /// The content type as Hawk hashes it: lower-cased, cut at the first `;`, trimmed.
    public static func normalizedContentType(_ contentType: String?) -> String {
        guard let contentType else { return "" }
        let beforeParameters =
            contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
            .first.map(String.init) ?? ""
        return beforeParameters.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The exact input of the payload hash: `hawk.1.payload\n<content type>\n<body>\n`.
    public static func payloadHashInput(payload: some Collection<UInt8>, contentType: String?) -> [UInt8] {
        var input = Array("hawk.1.payload\n\(normalizedContentType(contentType))\n".utf8)
        input.append(contentsOf: payload)
        input.append(UInt8(ascii: "\n"))
        return input
    }

    /// base64(H(payload hash input)); an empty body is still hashed.
    public static func payloadHash(
        payload: some Collection<UInt8>, contentType: String?, algorithm: HawkAlgorithm
    ) -> String {
        let input = payloadHashInput(payload: payload, contentType: contentType)
        switch algorithm {
        case .sha1: return Data(Insecure.SHA1.hash(data: input)).base64EncodedString()
        case .sha256: return Data(SHA256.hash(data: input)).base64EncodedString()
        }
    }

    /// base64(HMAC(key as UTF-8, message)).
    public static func hmac(_ message: String, credentials: HawkCredentials) -> String {
        let key = SymmetricKey(data: Array(credentials.key.utf8))
        let bytes = Array(message.utf8)
        switch credentials.algorithm {
        case .sha1:
            return Data(HMAC<Insecure.SHA1>.authenticationCode(for: bytes, using: key)).base64EncodedString()
        case .sha256:
            return Data(HMAC<SHA256>.authenticationCode(for: bytes, using: key)).base64EncodedString()
        }
    }

    /// The MAC of a request (`.header`), a response (`.response`) or a bewit.
    public static func mac(type: HawkMACType, credentials: HawkCredentials, artifacts: HawkArtifacts)
        -> String
    {
        hmac(artifacts.normalizedString(type: type), credentials: credentials)
    }

    /// The timestamp MAC a server sends with a stale-timestamp answer: HMAC(`hawk.1.ts\n<ts>\n`).
    public static func timestampMAC(ts: Int, credentials: HawkCredentials) -> String {
        hmac("hawk.1.ts\n\(ts)\n", credentials: credentials)
    }

    /// Compares two strings in time that depends only on their lengths, never on where they
    /// first differ, so a MAC cannot be guessed byte by byte.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
        for index in 0..<max(left.count, right.count) {
            let leftByte = index < left.count ? left[index] : 0
            let rightByte = index < right.count ? right[index] : 0
            difference |= leftByte ^ rightByte
        }
        return difference == 0 && left.count == right.count
    }
}

/// The HMAC algorithms Hawk allows (the reference implementation knows these two only).
public enum HawkAlgorithm: String, Sendable, Hashable, Codable, CaseIterable {
    /// HMAC-SHA1, kept for old integrations.
    case sha1
    /// HMAC-SHA256, what Omega partners use.
    case sha256
}

/// A partner's Hawk credentials, issued by the vendor.
///
/// The key is used as raw UTF-8 bytes (it is **not** base64-decoded), as the reference does.
/// Its `description` never shows the key, so credentials can be logged safely by mistake.
public struct HawkCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The public identifier sent in the `id` attribute.
    public var id: String
    /// The shared secret. Never shown to end users, never logged.
    public var key: String
    /// The MAC algorithm agreed with the server.
    public var algorithm: HawkAlgorithm

    /// Creates credentials from the vendor's id and key.
    public init(id: String, key: String, algorithm: HawkAlgorithm = .sha256) {
        self.id = id
        self.key = key
        self.algorithm = algorithm
    }

    /// A description without the key.
    public var description: String { "HawkCredentials(id: \(id), algorithm: \(algorithm.rawValue))" }
}

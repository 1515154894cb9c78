import OmegaClient

/// The partner integration the counter signs with: Hawk `id` and `key`, and the `ApiId`
/// header value (`api_id`), as issued by the vendor.
///
/// The key is never shown: `description` leaves it out, so logging a value by mistake is safe.
public struct PartnerCredentials: Sendable, Equatable, CustomStringConvertible {
    /// The Hawk id.
    public var id: String
    /// The Hawk key (raw UTF-8). Never shown, never logged.
    public var key: String
    /// The value of the `ApiId` header (`<key>@<name>`).
    public var apiId: String

    /// Creates credentials from their three parts.
    public init(id: String, key: String, apiId: String) {
        self.id = id
        self.key = key
        self.apiId = apiId
    }

    /// The Hawk credentials (SHA-256) to sign with.
    public var hawk: HawkCredentials { HawkCredentials(id: id, key: key, algorithm: .sha256) }

    /// A description without the key.
    public var description: String { "PartnerCredentials(id: \(id), apiId: \(apiId))" }
}

import Foundation
import OmegaClient

/// One partner integration the sandbox accepts: its Hawk credentials, the `ApiId` it must
/// send, and the communes whose population it may see.
public struct PartnerCredential: Sendable, Hashable {
    /// The communes a partner may see: all of them, or those named (compared case-insensitively).
    public enum Communes: Sendable, Hashable {
        /// Every commune (`communes = ["*"]`).
        case all
        /// Only these commune names, lower-cased.
        case named(Set<String>)

        /// True when the commune called `name` is within reach.
        public func contains(_ name: String) -> Bool {
            switch self {
            case .all: return true
            case .named(let names): return names.contains(name.lowercased())
            }
        }
    }

    /// The Hawk id.
    public var id: String
    /// The Hawk key (raw UTF-8). Never logged.
    public var key: String
    /// The value expected in the `ApiId` header (`<key>@<name>`).
    public var apiID: String
    /// The communes this partner may see.
    public var communes: Communes

    /// Creates a partner from its parts.
    public init(id: String, key: String, apiID: String, communes: Communes) {
        self.id = id
        self.key = key
        self.apiID = apiID
        self.communes = communes
    }

    /// The Hawk credentials (SHA-256) of this partner.
    public var hawkCredentials: HawkCredentials { HawkCredentials(id: id, key: key, algorithm: .sha256) }
}

extension PartnerCredential: CustomStringConvertible {
    /// A description without the key.
    public var description: String { "PartnerCredential(id: \(id), apiID: \(apiID))" }
}

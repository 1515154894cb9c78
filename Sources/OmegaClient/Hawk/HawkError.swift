/// What can go wrong with Hawk, named after the reference implementation's messages.
public enum HawkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A header does not follow Hawk's attribute syntax (with the reference's reason).
    case invalidHeader(String)
    /// The header uses another scheme than Hawk (the server answers a plain `WWW-Authenticate: Hawk`).
    case notHawkScheme
    /// The URL to sign has no host or an unsupported scheme.
    case invalidURL(String)
    /// The server's `Server-Authorization` MAC does not match ("Bad response mac").
    case badResponseMAC
    /// The response hash is required but absent ("Missing response hash attribute").
    case missingResponseHash
    /// The response body does not match its hash ("Bad response payload mac").
    case badResponsePayloadHash
    /// The server sent a `tsm` that does not prove it holds our key ("Invalid server timestamp hash").
    case invalidServerTimestampHash
    /// `Server-Authorization` is required but missing.
    case missingServerAuthorization

    /// The reference implementation's message for this error.
    public var description: String {
        switch self {
        case .invalidHeader(let reason): return reason
        case .notHawkScheme: return "Not a Hawk header"
        case .invalidURL(let url): return "Invalid URL for Hawk signing: \(url)"
        case .badResponseMAC: return "Bad response mac"
        case .missingResponseHash: return "Missing response hash attribute"
        case .badResponsePayloadHash: return "Bad response payload mac"
        case .invalidServerTimestampHash: return "Invalid server timestamp hash"
        case .missingServerAuthorization: return "Missing Server-Authorization header"
        }
    }
}

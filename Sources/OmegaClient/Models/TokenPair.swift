/// The answer of `POST /api/v1/subscriber/token` and `…/token/refresh` (plain JSON, as an
/// OAuth2 token endpoint answers): an access token (a JWT) and a rotating refresh token.
///
/// Its `description` hides both tokens, so logging the value leaks nothing.
public struct TokenPair: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The JWT to send as `Authorization: Bearer …`.
    public var accessToken: String
    /// Lifetime of the access token in seconds (1200).
    public var expiresIn: Int
    /// The refresh token (opaque); it dies when used.
    public var refreshToken: String
    /// Lifetime of the refresh token in seconds (7200).
    public var refreshExpiresIn: Int
    /// Always `bearer`.
    public var tokenType: String

    /// A pair as the server issues it.
    public init(
        accessToken: String, expiresIn: Int, refreshToken: String, refreshExpiresIn: Int,
        tokenType: String = "bearer"
    ) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
        self.refreshExpiresIn = refreshExpiresIn
        self.tokenType = tokenType
    }

    /// The token type and lifetimes only, never the tokens.
    public var description: String {
        "TokenPair(\(tokenType), expiresIn: \(expiresIn), refreshExpiresIn: \(refreshExpiresIn))"
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
        case refreshExpiresIn = "refresh_expires_in"
        case tokenType = "token_type"
    }
}

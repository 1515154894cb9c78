import SelfService

/// The exit statuses of `omega-tui` (docs/scripting.md): scripts branch on them.
enum ScriptExit {
    /// Success.
    static let success: Int32 = 0
    /// Anything not listed below (the server's own error, an unreadable answer).
    static let other: Int32 = 1
    /// The command line is wrong (unknown option, bad value).
    static let usage: Int32 = 2
    /// The service refused (a refusal of the index, a conflict, not found, too many tries).
    static let refused: Int32 = 3
    /// The server cannot be reached, took too long, or is unavailable.
    static let network: Int32 = 4
    /// Not logged in: no remembered session and no terminal to type the password, wrong
    /// password, expired session (`EX_NOPERM`).
    static let notLoggedIn: Int32 = 77
    /// The configuration is wrong: no server, unreadable config.toml, partner credentials
    /// (`EX_CONFIG`).
    static let configuration: Int32 = 78

    /// The exit status of a failure.
    static func code(for reason: ServiceFailure.Reason) -> Int32 {
        switch reason {
        case .unreachable, .timeout, .unavailable:
            return network
        case .notAuthorized, .invalidCredentials, .sessionExpired, .accountNotVerified, .notLoggedIn:
            return notLoggedIn
        case .badRequest, .forbidden, .notFound, .conflict, .refused, .tooManyRequests, .noMeter,
            .nothingChanged, .outsideSubscriber:
            return refused
        case .auditLogUnwritable:
            return configuration
        case .emptySearch:
            return usage
        case .unsupportedFormat, .serverError, .unexpectedAnswer, .unreadableAnswer, .forgedAnswer,
            .cancelled,
            .contactNotLoaded:
            return other
        }
    }
}

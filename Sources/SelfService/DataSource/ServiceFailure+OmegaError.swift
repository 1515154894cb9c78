import OmegaClient

extension ServiceFailure {
    /// The failure the screens show for a client error: its messages in both languages, its
    /// field errors, and whether the session is gone (401 after a failed refresh).
    public init(_ error: OmegaError) {
        let kind: Kind
        switch error.kind {
        case .sessionExpired, .unauthorized: kind = .authenticationExpired
        case .validationFailed: kind = .validation
        case .cancelled: kind = .cancelled
        default: kind = .other
        }
        self.init(
            kind: kind, french: error.message(in: .fr), english: error.message(in: .en),
            fieldErrors: error.fieldErrors)
    }

    /// Like `init(_:)`, for the login and account calls, where a 401 means wrong
    /// credentials, never an expired session.
    static func account(_ error: OmegaError) -> ServiceFailure {
        var failure = ServiceFailure(error)
        if failure.kind == .authenticationExpired { failure.kind = .other }
        return failure
    }
}

import JSONAPI
import OmegaClient
import SelfService

extension ServiceFailure {
    /// The failure the view-models keep for a client error: why, the wait asked for, and the
    /// service's refusals (field from `source.pointer`, stable `code`, its text, the values
    /// of `meta` the text refers to).
    public init(_ error: OmegaError) {
        self.init(
            Self.reason(of: error.kind), retryAfter: error.retryAfter,
            refusals: error.errors.map(Self.refusal))
    }

    /// Like `init(_:)`, for the login and account calls, where a 401 means wrong
    /// credentials, never an expired session.
    static func account(_ error: OmegaError) -> ServiceFailure {
        var failure = ServiceFailure(error)
        if failure.reason == .notAuthorized || failure.reason == .sessionExpired {
            failure.reason = .invalidCredentials
        }
        return failure
    }

    static func reason(of kind: OmegaError.Kind) -> Reason {
        switch kind {
        case .badRequest: return .badRequest
        case .unauthorized: return .notAuthorized
        case .invalidCredentials: return .invalidCredentials
        case .sessionExpired: return .sessionExpired
        case .accountNotVerified: return .accountNotVerified
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        case .conflict: return .conflict
        case .unsupportedMediaType: return .unsupportedFormat
        case .validationFailed: return .refused
        case .tooManyRequests: return .tooManyRequests
        case .serverError: return .serverError
        case .serviceUnavailable: return .unavailable
        case .unexpectedStatus: return .unexpectedAnswer
        case .connectionFailed: return .unreachable
        case .timeout: return .timeout
        case .decodingFailed: return .unreadableAnswer
        case .invalidServerSignature: return .forgedAnswer
        case .cancelled: return .cancelled
        }
    }

    static func refusal(_ error: ErrorObject) -> Refusal {
        var values: [String: String] = [:]
        for (name, value) in error.meta ?? [:] {
            switch value {
            case .string(let text): values[name] = text
            case .number(let number): values[name] = "\(number)"
            case .bool(let flag): values[name] = flag ? "true" : "false"
            default: continue
            }
        }
        return Refusal(
            field: error.source?.pointer.flatMap(OmegaError.fieldName(pointer:)), code: error.code,
            text: error.detail ?? error.title ?? "", values: values)
    }
}

/// Runs a client call, turning its error into the view-models' failure.
func adapt<T>(_ body: () async throws(OmegaError) -> T) async throws(ServiceFailure) -> T {
    do {
        return try await body()
    } catch {
        throw ServiceFailure(error)
    }
}

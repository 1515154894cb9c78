import Foundation

/// A failure as the view-models keep it: why (a code the front end words in the user's
/// language), the wait the server asked for, and what the service refused, field by field.
///
/// Built by the data sources from the client's errors, so states stay `Equatable` and hold
/// no sentence: the language can change while a failure is shown.
public struct ServiceFailure: Error, Equatable, Sendable {
    /// Why it failed.
    public enum Reason: Equatable, Hashable, Sendable {
        // The service's answers.
        /// The service did not understand the request (a client bug or an unsupported parameter).
        case badRequest
        /// The access was not recognised (outside login).
        case notAuthorized
        /// Wrong e-mail or password.
        case invalidCredentials
        /// The session ended: log in again.
        case sessionExpired
        /// The account's e-mail is not verified yet.
        case accountNotVerified
        /// Not allowed.
        case forbidden
        /// Not found (or not yours).
        case notFound
        /// In conflict with an earlier operation.
        case conflict
        /// The service refuses the request's format.
        case unsupportedFormat
        /// The service refused the values: see ``ServiceFailure/refusals``.
        case refused
        /// Too many attempts: see ``ServiceFailure/retryAfter``.
        case tooManyRequests
        /// The service failed.
        case serverError
        /// The service is down or overloaded.
        case unavailable
        /// An answer the client did not expect.
        case unexpectedAnswer
        /// The server could not be reached.
        case unreachable
        /// The server took too long.
        case timeout
        /// The answer could not be read.
        case unreadableAnswer
        /// The answer's signature was wrong: it was ignored.
        case forgedAnswer
        /// Cancelled (Esc): nothing to show.
        case cancelled

        // The application's own.
        /// No subscriber is logged in (or chosen at the counter).
        case notLoggedIn
        /// The contract has no meter: no index can be filed.
        case noMeter
        /// The contact details are not loaded yet.
        case contactNotLoaded
        /// The form holds no change.
        case nothingChanged
        /// The counter's search has nothing to search for.
        case emptySearch
        /// The counter's audit log cannot be written: the action is refused.
        case auditLogUnwritable(path: String)
        /// The item does not belong to the subscriber open at the counter.
        case outsideSubscriber
        /// The server does not offer this operation (an extension it lacks): ask the water
        /// service directly.
        case notOffered
    }

    /// Why it failed.
    public var reason: Reason
    /// How long the server asked to wait before trying again, in seconds.
    public var retryAfter: TimeInterval?
    /// What the service refused, in its order.
    public var refusals: [Refusal]

    /// Creates a failure.
    public init(_ reason: Reason, retryAfter: TimeInterval? = nil, refusals: [Refusal] = []) {
        self.reason = reason
        self.retryAfter = retryAfter
        self.refusals = refusals
    }

    /// The session is gone: back to the login screen.
    public var isSessionGone: Bool { reason == .sessionExpired || reason == .notAuthorized }

    /// The values were refused: the form goes back to editing.
    public var isRefusal: Bool { reason == .refused }

    /// A cancellation (Esc): reducers drop it silently.
    public var isCancellation: Bool { reason == .cancelled }

    /// The refusals that name a field of a form, as that form's problems: `field` maps a wire
    /// name to the form's field (nil: not a field of this form); the first refusal of a field
    /// wins.
    public func fieldProblems<Field: Hashable>(_ field: (String) -> Field?) -> [Field: FieldProblem] {
        var problems: [Field: FieldProblem] = [:]
        for refusal in refusals {
            guard let name = refusal.field, let mapped = field(name), problems[mapped] == nil else {
                continue
            }
            problems[mapped] = .refused(refusal)
        }
        return problems
    }

    /// A cancellation.
    public static let cancelled = ServiceFailure(.cancelled)
}

/// One thing the service refused: the field it names (wire name), its stable code when the
/// service gives one, its own text (shown in full when the code is unknown) and the values
/// the text refers to (`last_index` = "3387").
public struct Refusal: Equatable, Hashable, Sendable {
    /// The field's wire name (`ni`, `tel`…), nil for the request as a whole.
    public var field: String?
    /// The service's stable code for the rule (`index-below-last`), when it sends one.
    public var code: String?
    /// The service's own text (detail, else title).
    public var text: String
    /// Values the sentence needs, by name.
    public var values: [String: String]

    /// Creates a refusal.
    public init(field: String? = nil, code: String? = nil, text: String, values: [String: String] = [:]) {
        self.field = field
        self.code = code
        self.text = text
        self.values = values
    }
}

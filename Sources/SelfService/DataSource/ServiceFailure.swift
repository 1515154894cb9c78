import OmegaClient

/// A failure as the screens keep it: a message in both languages, the field errors by wire
/// field name, and what the view-models must do about it.
///
/// Built from `OmegaError` by the effect runner, so states stay `Equatable` and the language
/// can change while an error is shown.
public struct ServiceFailure: Error, Equatable, Sendable {
    /// What kind of failure, for the reducers' decisions.
    public enum Kind: Equatable, Sendable {
        /// The session is gone (401 after a failed refresh): back to the login screen.
        case authenticationExpired
        /// Validation failed; see `fieldErrors`.
        case validation
        /// Wrong credentials, locked account, unverified e-mail, not found, network… shown as is.
        case other
        /// The operation was cancelled (Esc); nothing to show.
        case cancelled
    }

    /// The kind.
    public var kind: Kind
    /// French message.
    public var french: String
    /// English message.
    public var english: String
    /// Field errors keyed by the wire attribute name (`ni`, `dateni`, `tel`…), both languages.
    public var fieldErrors: [String: String]

    /// Creates a failure.
    public init(kind: Kind, french: String, english: String, fieldErrors: [String: String] = [:]) {
        self.kind = kind
        self.french = french
        self.english = english
        self.fieldErrors = fieldErrors
    }

    /// The message in a language.
    public func message(in language: Language) -> String {
        language == .fr ? french : english
    }

    /// A cancellation (Esc): reducers drop it silently.
    public static let cancelled = ServiceFailure(kind: .cancelled, french: "Annulé.", english: "Cancelled.")
}

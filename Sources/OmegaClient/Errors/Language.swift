/// The languages the client speaks to people in (messages of ``OmegaError``).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// French, the default for the water services' subscribers.
    case fr
    /// English.
    case en
}

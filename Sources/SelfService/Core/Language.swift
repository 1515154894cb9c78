/// The languages of the interface: the view-models keep the choice, the front end's tables
/// hold the words.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// French, the default for the water services' subscribers.
    case fr
    /// English.
    case en
}

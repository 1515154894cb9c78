import Foundation

/// A message from the water service (`Partner_Message`) in force today.
public struct ServiceMessage: Equatable, Sendable, Identifiable {
    /// The message id.
    public var id: String
    /// `titremsg`.
    public var title: String
    /// `corpsmsg`.
    public var body: String
    /// `ddebdiff` / `dfindiff`: when it is shown.
    public var from: Date?
    /// Last day shown.
    public var until: Date?

    /// Creates a message.
    public init(id: String, title: String, body: String, from: Date? = nil, until: Date? = nil) {
        self.id = id
        self.title = title
        self.body = body
        self.from = from
        self.until = until
    }
}

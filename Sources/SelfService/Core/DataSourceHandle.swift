/// The data source of one session, kept in the state so that the state says whose data it
/// shows: two handles are equal only when they are the same session.
public struct DataSourceHandle: Equatable, Sendable {
    /// A reference whose identity names the session.
    private final class Identity: Sendable {}

    private let identity = Identity()
    /// The source itself.
    public let source: any SubscriberDataSource

    /// A handle on a new session's source.
    public init(_ source: any SubscriberDataSource) {
        self.source = source
    }

    public static func == (lhs: DataSourceHandle, rhs: DataSourceHandle) -> Bool {
        lhs.identity === rhs.identity
    }
}

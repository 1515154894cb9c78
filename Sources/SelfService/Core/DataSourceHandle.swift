/// The data source of one session, kept in the state so that the state says whose data it
/// shows: two handles are equal when they are the same session (``SubscriberDataSource/sessionID``).
public struct DataSourceHandle: Equatable, Sendable {
    /// The source itself.
    public let source: any SubscriberDataSource

    /// A handle on a session's source.
    public init(_ source: any SubscriberDataSource) {
        self.source = source
    }

    public static func == (lhs: DataSourceHandle, rhs: DataSourceHandle) -> Bool {
        lhs.source.sessionID == rhs.source.sessionID
    }
}

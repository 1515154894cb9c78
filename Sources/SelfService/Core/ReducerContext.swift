import Foundation

/// What a reducer may read besides its state without becoming impure: the time, fresh ids,
/// and (for the subscriber's features) the data source of the session the state belongs to.
public struct ReducerContext: Sendable {
    /// The current time (the reading date, counter idle times).
    public var now: @Sendable () -> Date
    /// A fresh unique identifier (idempotency keys).
    public var makeIdentifier: @Sendable () -> String
    /// The data source of the subscriber on screen; set by the app reducer for its features.
    public var source: DataSourceHandle?

    /// Creates a context.
    public init(
        now: @escaping @Sendable () -> Date, makeIdentifier: @escaping @Sendable () -> String,
        source: DataSourceHandle? = nil
    ) {
        self.now = now
        self.makeIdentifier = makeIdentifier
        self.source = source
    }

    /// The real clock and random UUIDs.
    public static let live = ReducerContext(
        now: { Date() }, makeIdentifier: { UUID().uuidString.lowercased() })

    /// The same context for the subscriber whose data source is `source`.
    public func with(source: DataSourceHandle?) -> ReducerContext {
        var copy = self
        copy.source = source
        return copy
    }
}

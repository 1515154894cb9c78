/// The polling schedule of the Demandes screen: 2 s, doubling, capped at 30 s; back to 2 s
/// when something changed.
public struct PollSchedule: Equatable, Sendable {
    /// The first and smallest delay.
    public static let initial: Duration = .seconds(2)
    /// The largest delay.
    public static let maximum: Duration = .seconds(30)

    /// The delay the next call to `next(changed:)` returns (unless something changed).
    public private(set) var delay: Duration = Self.initial

    /// Starts at 2 s.
    public init() {}

    /// The delay before the next poll, after a poll: 2 s, 4 s, 8 s, 16 s, then 30 s; back to
    /// 2 s when the poll found a change.
    public mutating func next(changed: Bool) -> Duration {
        if changed { delay = Self.initial }
        let result = delay
        delay = min(delay * 2, Self.maximum)
        return result
    }

    /// Back to 2 s.
    public mutating func reset() { delay = Self.initial }
}

/// The Demandes screen: own requests, the selected one's timeline, polling.
public struct RequestsState: Equatable, Sendable {
    /// Requests, newest first.
    public var items: [RequestRecord] = []
    /// Whether the list has arrived once.
    public var hasLoaded = false
    /// A load is in flight.
    public var isLoading = false
    /// The last load failure.
    public var error: ServiceFailure?
    /// The selected row.
    public var selection = 0
    /// The selected request with its history, once loaded.
    public var detail: RequestRecord?
    /// The polling schedule while the screen is open.
    public var poll = PollSchedule()

    /// Creates an empty state.
    public init() {}

    /// The selected request.
    public var selectedItem: RequestRecord? { items.indices.contains(selection) ? items[selection] : nil }

    /// The requests still open (for Accueil).
    public var openRequests: [RequestRecord] { items.filter(\.status.isOpen) }
}

/// The Messages screen.
public struct MessagesState: Equatable, Sendable {
    /// Messages in force today.
    public var items: [ServiceMessage] = []
    /// Whether they have arrived once.
    public var hasLoaded = false
    /// A load is in flight.
    public var isLoading = false
    /// The last failure.
    public var error: ServiceFailure?
    /// The selected message.
    public var selection = 0

    /// Creates an empty state.
    public init() {}
}

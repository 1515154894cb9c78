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

import Foundation

/// The inactivity rule of shared terminals (counter and `--kiosk`): after `timeout` without a
/// key, leave the subscriber; during the last `warningLead` seconds, warn.
///
/// A pure value: the caller passes the time (`now`) to every question, so tests drive it with
/// any clock and the event loop asks ``nextWakeUp(after:)`` when to look again.
public struct IdleTimer: Equatable, Sendable {
    /// Where the timer stands at a given time.
    public enum Phase: Equatable, Sendable {
        /// Keys came recently enough.
        case active
        /// The warning shows; `remaining` whole seconds (rounded up) before the timeout.
        case warning(remaining: Int)
        /// The timeout has passed.
        case expired
    }

    /// The default timeout: five minutes.
    public static let defaultTimeout: TimeInterval = 300

    /// Seconds without a key before leaving.
    public let timeout: TimeInterval
    /// The last key press (or the start).
    public private(set) var lastActivity: Date

    /// A timer started at `now`. A timeout below one second is taken as one second.
    public init(timeout: TimeInterval = IdleTimer.defaultTimeout, now: Date) {
        self.timeout = max(1, timeout)
        self.lastActivity = now
    }

    /// How long before the timeout the warning shows: 30 s, or a tenth of the timeout when
    /// that is shorter.
    public var warningLead: TimeInterval { min(30, timeout / 10) }

    /// When the timeout falls.
    public var deadline: Date { lastActivity.addingTimeInterval(timeout) }

    /// When the warning starts.
    public var warningStart: Date { deadline.addingTimeInterval(-warningLead) }

    /// Any key: starts the count again.
    public mutating func reset(at now: Date) {
        lastActivity = now
    }

    /// The phase at `now`.
    public func phase(at now: Date) -> Phase {
        if now >= deadline { return .expired }
        if now >= warningStart {
            return .warning(remaining: Int(deadline.timeIntervalSince(now).rounded(.up)))
        }
        return .active
    }

    /// When the loop should look again: the warning's start, then each second of the
    /// countdown, then the deadline; nil once expired.
    public func nextWakeUp(after now: Date) -> Date? {
        switch phase(at: now) {
        case .expired: return nil
        case .active: return warningStart
        case .warning:
            let next = now.addingTimeInterval(1)
            return min(next, deadline)
        }
    }
}

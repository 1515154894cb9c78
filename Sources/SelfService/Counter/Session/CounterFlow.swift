import Foundation

/// Where the counter is: searching, or serving one subscriber.
public enum CounterPhase: Equatable, Sendable {
    /// The search screen.
    case search
    /// A subscriber is open (its screens show, with the counter header).
    case subscriber(CounterSubject)
}

/// What the app loop must do after a key or a tick.
public enum CounterFlowEvent: Equatable, Sendable {
    /// Show (or update) the idle warning with the seconds left.
    case warn(remaining: Int)
    /// The warning is gone (a key came in time).
    case warningCleared
    /// The idle timeout passed: the subscriber was left. Drop its store and data source,
    /// clear the screen, show the search.
    case timedOut(left: CounterSubject?)
}

/// The counter's top level as a value: the phase, the search screen and the idle timer.
///
/// The app loop calls ``keyPressed(at:)`` on every key and ``tick(at:)`` when
/// ``IdleTimer/nextWakeUp(after:)`` says; leaving a subscriber (Esc or timeout) resets the
/// search too, so nothing of that subscriber stays in memory here.
public struct CounterFlow: Equatable, Sendable {
    /// Searching or serving.
    public private(set) var phase: CounterPhase = .search
    /// The search screen.
    public var search = SubscriberSearchState()
    /// Inactivity.
    public private(set) var idle: IdleTimer
    /// Whether the warning is showing.
    public private(set) var isWarning = false

    /// A counter at the search screen; `idleTimeout` in seconds.
    public init(idleTimeout: TimeInterval = IdleTimer.defaultTimeout, now: Date) {
        idle = IdleTimer(timeout: idleTimeout, now: now)
    }

    /// The subscriber open, if any.
    public var subject: CounterSubject? {
        if case .subscriber(let subject) = phase { return subject }
        return nil
    }

    /// Any key: restarts the idle count and hides the warning.
    public mutating func keyPressed(at now: Date) -> CounterFlowEvent? {
        idle.reset(at: now)
        guard isWarning else { return nil }
        isWarning = false
        return .warningCleared
    }

    /// A timer tick: warns, or leaves the subscriber when the timeout passed.
    public mutating func tick(at now: Date) -> CounterFlowEvent? {
        if !holdsSubscriberData {
            // An empty search screen has nothing to clear: no warning; the count starts again.
            idle.reset(at: now)
            guard isWarning else { return nil }
            isWarning = false
            return .warningCleared
        }
        switch idle.phase(at: now) {
        case .active:
            return nil
        case .warning(let remaining):
            isWarning = true
            return .warn(remaining: remaining)
        case .expired:
            let left = subject
            leave(at: now)
            // At the search screen with nothing typed there is nothing to clear.
            return .timedOut(left: left)
        }
    }

    /// Whether anything about a subscriber is on screen or in memory: one is open, or the
    /// search holds typed text, results or an error.
    public var holdsSubscriberData: Bool {
        phase != .search || !search.text.isEmpty || !search.town.isEmpty || search.page != nil
            || search.failure != nil
    }

    /// The agent opened `subject`.
    public mutating func open(_ subject: CounterSubject, at now: Date) {
        phase = .subscriber(subject)
        idle.reset(at: now)
    }

    /// Back to an empty search (Esc from the subscriber's screens, or the timeout).
    public mutating func leave(at now: Date) {
        phase = .search
        search = SubscriberSearchState()
        isWarning = false
        idle.reset(at: now)
    }
}

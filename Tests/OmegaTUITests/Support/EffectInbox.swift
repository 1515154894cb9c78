import SelfService

/// What a test's mailbox carries: finished work, or the end of a wait.
enum InboxEvent<Action: Sendable>: Sendable {
    case result(EffectResult<Action>)
    case deadline(Int)
}

/// The finished work of a store, in the order it finished: the test hands each result back to
/// its shell, one at a time, as the terminal's loop does from its inbox. Waiting is
/// event-driven (the mailbox wakes the test when work finishes); the deadline only guards
/// against a hang and measures nothing.
@MainActor
final class EffectInbox<Action: Sendable> {
    private let mailbox = Mailbox<InboxEvent<Action>>()
    private var waits = 0

    /// The store's `deliver`: posts each finished result into the mailbox.
    nonisolated var deliver: @Sendable (EffectResult<Action>) -> Void {
        let mailbox = self.mailbox
        return { mailbox.post(.result($0)) }
    }

    /// Gives each finished result to `receive` until `condition` holds; false when `timeout`
    /// passed first.
    func run(
        until condition: () -> Bool, timeout: Duration, receive: (EffectResult<Action>) -> Void
    ) async -> Bool {
        if condition() { return true }
        waits += 1
        let wait = waits
        let mailbox = self.mailbox
        let timer = Task {
            try? await Task.sleep(for: timeout)
            mailbox.post(.deadline(wait))
        }
        defer { timer.cancel() }
        while true {
            switch await mailbox.take() {
            case .result(let result):
                receive(result)
                if condition() { return true }
            case .deadline(let expired) where expired == wait:
                return false
            case .deadline:
                continue
            }
        }
    }
}

/// A wait that did not reach its condition before the deadline.
struct WaitTimedOut: Error, CustomStringConvertible {
    var what: String
    var description: String { "Timed out waiting for: \(what)" }
}

/// A clock whose timers never fire by themselves (toasts stay, polling waits, draft writes
/// wait): a frame then never depends on how long a test took. Cancelling a timer ends it.
struct FrozenClock: Clock {
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    var now: Instant { Instant(offset: .zero) }
    var minimumResolution: Duration { .zero }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        // A year: until the store cancels the timer (it always does at the end of a test).
        try await Task.sleep(for: .seconds(365 * 86_400))
    }
}

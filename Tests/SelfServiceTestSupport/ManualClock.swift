import Synchronization

/// A clock that moves only when the test says (``advance(by:)``), and that knows how many
/// sleepers wait on it: the ``TestStore`` counts them as parked, not running, when it waits
/// for the effects that can finish on their own.
///
/// Hand-written rather than swift-clocks' `TestClock`, which does not say how many sleepers
/// wait, so a test store over it cannot tell a timer from an effect still working.
public final class ManualClock: Clock, Sendable {
    /// A point on the clock: the time advanced since it was made.
    public struct Instant: InstantProtocol {
        /// Since the clock was made.
        public var offset: Duration

        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct Contents: ~Copyable {
        var now = Instant(offset: .zero)
        var sleepers: [Int: Sleeper] = [:]
        var cancelled: Set<Int> = []
        var lastId = 0
    }

    private let contents = Mutex(Contents())
    private let onPark: @Sendable () -> Void

    /// A clock at zero; `onPark` runs each time a sleeper starts waiting.
    public init(onPark: @escaping @Sendable () -> Void = {}) {
        self.onPark = onPark
    }

    public var now: Instant { contents.withLock { $0.now } }
    public var minimumResolution: Duration { .zero }

    /// How many sleepers wait.
    public var sleeperCount: Int { contents.withLock { $0.sleepers.count } }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        let id = contents.withLock { contents -> Int in
            contents.lastId += 1
            return contents.lastId
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<Void, any Error>) in
                enum Outcome { case wait, resume, cancel }
                let outcome = contents.withLock { contents -> Outcome in
                    if contents.cancelled.remove(id) != nil { return .cancel }
                    if deadline <= contents.now { return .resume }
                    contents.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return .wait
                }
                switch outcome {
                case .wait: onPark()
                case .resume: continuation.resume()
                case .cancel: continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            let sleeper = contents.withLock { contents -> Sleeper? in
                guard let sleeper = contents.sleepers.removeValue(forKey: id) else {
                    contents.cancelled.insert(id)
                    return nil
                }
                return sleeper
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock by `duration`: every sleeper whose deadline passed wakes, earliest first.
    public func advance(by duration: Duration) async {
        let due = contents.withLock { contents -> [Sleeper] in
            contents.now = contents.now.advanced(by: duration)
            let now = contents.now
            let due = contents.sleepers.filter { $0.value.deadline <= now }
            for id in due.keys { contents.sleepers[id] = nil }
            return due.values.sorted { $0.deadline < $1.deadline }
        }
        for sleeper in due { sleeper.continuation.resume() }
    }
}

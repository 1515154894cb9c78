import CustomDump
import SelfService
import Testing

/// An exhaustive test store (The Composable Architecture's `TestStore` is the model): the
/// real ``Store`` runs the reducer and its effects, and the test states every step.
///
/// - After each ``send(_:_:sourceLocation:)`` or ``receive(_:_:sourceLocation:)``, the
///   closure turns the previous state into the whole expected state; any other change fails.
/// - Effects run for real against the test's dependencies; their actions are reduced only
///   when the test ``receive(_:_:sourceLocation:)``s them (in any order among the effects
///   running), so each step is deterministic.
/// - Before each ``send(_:_:sourceLocation:)`` the store waits until every effect either
///   answered or is parked (sleeping on ``clock``, or held at a ``Gate`` the store knows of):
///   an answer the test forgot to receive is then always caught, never a race.
/// - Timers run on ``clock``: ``advance(by:)`` moves it.
/// - ``finish(sourceLocation:)`` fails for every effect still running and every action sent
///   back but not received. ``run(_:dependencies:reducer:_:)`` calls it for you.
@MainActor
public final class TestStore<State: Equatable & Sendable, Action: Equatable & Sendable> {
    private enum Event: Sendable {
        case result(EffectResult<Action>)
        case parked
        case deadline(Int)
    }

    /// The clock of the effects' timers.
    public let clock: ManualClock
    /// How long ``receive(_:_:sourceLocation:)`` and ``finish(sourceLocation:)`` wait for an
    /// effect before failing (a guard against a hang, not a measure of speed).
    public var timeout: Duration = .seconds(10)
    private var store: Store<State, Action>!
    private let mailbox = Mailbox<Event>()
    /// Actions effects sent back that the test has not received yet, oldest first.
    private var received: [EffectResult<Action>] = []
    private var gates: [Gate] = []
    private var waits = 0

    /// A store at `initialState`; its timers run on ``clock``.
    public init(
        initialState: State, dependencies: Dependencies = Dependencies(),
        reducer: @escaping Store<State, Action>.Reducer
    ) {
        let mailbox = self.mailbox
        clock = ManualClock { mailbox.post(.parked) }
        var dependencies = dependencies
        dependencies.clock = clock
        store = Store(
            initialState: initialState, dependencies: dependencies, deliver: { mailbox.post(.result($0)) },
            reducer: reducer)
    }

    /// Runs `body` with a new store, then ``finish(sourceLocation:)``.
    public static func run(
        _ initialState: State, dependencies: Dependencies = Dependencies(),
        reducer: @escaping Store<State, Action>.Reducer,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: (TestStore) async throws -> Void
    ) async rethrows {
        let store = TestStore(initialState: initialState, dependencies: dependencies, reducer: reducer)
        try await body(store)
        await store.finish(sourceLocation: sourceLocation)
    }

    /// The current state.
    public var state: State { store.state }

    /// Counts the calls held at `gates` as parked (see the type's description).
    public func park(_ gates: Gate...) {
        let mailbox = self.mailbox
        for gate in gates where !self.gates.contains(where: { $0 === gate }) {
            gate.onPark { mailbox.post(.parked) }
            self.gates.append(gate)
        }
    }

    /// Reduces `action`; `update` turns the previous state into the expected one (nil: the
    /// state must not change). Fails if effects sent actions the test has not received yet.
    public func send(
        _ action: Action, _ update: ((inout State) -> Void)? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        await waitForEffects(allowingParked: true)
        if !received.isEmpty {
            Issue.record(
                "Received actions not asserted before sending \(action): \(received.compactMap(\.action))",
                sourceLocation: sourceLocation)
        }
        var expected = store.state
        update?(&expected)
        store.send(action)
        check(expected, after: "\(action)", sourceLocation)
    }

    /// Waits until an effect sends `action` back, reduces it, and checks the state.
    public func receive(
        _ action: Action, _ update: ((inout State) -> Void)? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        guard let result = await next(matching: action) else {
            Issue.record(
                "Expected to receive \(action); the effects sent \(received.compactMap(\.action))",
                sourceLocation: sourceLocation)
            return
        }
        var expected = store.state
        update?(&expected)
        store.receive(result)
        check(expected, after: "received \(action)", sourceLocation)
    }

    /// Moves the timers' clock by `duration`, once every running effect has either answered
    /// or parked (so a timer just started is on the clock before it moves); then waits for the
    /// work the timers woke to answer or park again.
    public func advance(by duration: Duration) async {
        await waitForEffects(allowingParked: true)
        await clock.advance(by: duration)
        await waitForEffects(allowingParked: true)
    }

    /// The end of a test: every effect must have finished (or been cancelled) and every
    /// action it sent must have been received.
    public func finish(sourceLocation: SourceLocation = #_sourceLocation) async {
        await waitForEffects(allowingParked: false)
        if !received.isEmpty {
            Issue.record(
                "Effects sent actions the test never received: \(received.compactMap(\.action))",
                sourceLocation: sourceLocation)
        }
        if store.runningCount > received.count {
            Issue.record(
                "Effects still running at the end of the test: \(store.runningIDs.map { "\($0)" }.sorted())",
                sourceLocation: sourceLocation)
        }
        store.cancelAll()
    }

    private func check(_ expected: State, after step: String, _ sourceLocation: SourceLocation) {
        guard let difference = diff(expected, store.state) else { return }
        Issue.record(
            "State after \(step) differs from the expected one (− expected, + actual):\n\(difference)",
            sourceLocation: sourceLocation)
    }

    /// Reduces results that carry no action (they change nothing), keeps the others.
    private func collectFinished() {
        for event in mailbox.takeAll() { take(event) }
    }

    private func take(_ event: Event) {
        guard case .result(let result) = event else { return }
        // Work cancelled or replaced after it finished: the app drops its answer too.
        guard store.isCurrent(result) else { return }
        if result.action == nil {
            store.receive(result)
        } else {
            received.append(result)
        }
    }

    /// The first result sent back carrying `action`, waiting for it up to ``timeout``.
    private func next(matching action: Action) async -> EffectResult<Action>? {
        collectFinished()
        if let index = received.firstIndex(where: { $0.action == action }) {
            return received.remove(at: index)
        }
        let wait = startDeadline()
        defer { wait.timer.cancel() }
        while true {
            let event = await mailbox.take()
            switch event {
            case .deadline(let id) where id == wait.id:
                return nil
            case .deadline:
                continue
            case .result(let result) where result.action == action && store.isCurrent(result):
                return result
            case .result, .parked:
                take(event)
            }
        }
    }

    /// Effects held at a gate or sleeping on the clock.
    private var parkedCount: Int { clock.sleeperCount + gates.reduce(0) { $0 + $1.waitingCount } }

    /// Waits until every running effect has sent its result (or, with `allowingParked`, is
    /// parked), or ``timeout`` passed.
    private func waitForEffects(allowingParked: Bool) async {
        func settled() -> Bool {
            store.runningCount <= received.count + (allowingParked ? parkedCount : 0)
        }
        collectFinished()
        guard !settled() else { return }
        let wait = startDeadline()
        defer { wait.timer.cancel() }
        while !settled() {
            let event = await mailbox.take()
            if case .deadline(let id) = event, id == wait.id { return }
            take(event)
        }
    }

    private func startDeadline() -> (id: Int, timer: Task<Void, Never>) {
        waits += 1
        let id = waits
        let mailbox = self.mailbox
        let timeout = self.timeout
        let timer = Task {
            try? await Task.sleep(for: timeout)
            mailbox.post(.deadline(id))
        }
        return (id, timer)
    }
}

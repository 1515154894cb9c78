/// A store driven without a terminal: finished work is received in order, as the terminal
/// loop would, until the state reaches a condition. Scripted runs and integration tests use
/// it; it waits on results, never polls.
@MainActor
public final class HeadlessRunner<State: Equatable & Sendable, Action: Sendable> {
    private enum Event: Sendable {
        case result(EffectResult<Action>)
        case deadline(Int)
    }

    /// The store.
    public private(set) var store: Store<State, Action>!
    private let mailbox = Mailbox<Event>()
    private var waits = 0

    /// A runner over a new store.
    public init(
        initialState: State, dependencies: Dependencies, reducer: @escaping Store<State, Action>.Reducer
    ) {
        let mailbox = self.mailbox
        store = Store(
            initialState: initialState, dependencies: dependencies, deliver: { mailbox.post(.result($0)) },
            reducer: reducer)
    }

    /// The store's state.
    public var state: State { store.state }

    /// Reduces `action` now.
    public func send(_ action: Action) { store.send(action) }

    /// Receives finished work until `condition` holds; the state then, or nil when `timeout`
    /// passed first (a safeguard against a hang, not a measure of speed).
    public func run(until condition: (State) -> Bool, timeout: Duration = .seconds(30)) async -> State? {
        if condition(store.state) { return store.state }
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
                store.receive(result)
                if condition(store.state) { return store.state }
            case .deadline(let expired) where expired == wait:
                return nil
            case .deadline:
                continue
            }
        }
    }

    /// Receives finished work until none runs (timers included: cancel them first).
    public func runUntilIdle(timeout: Duration = .seconds(30)) async -> Bool {
        await run(until: { _ in store.runningCount == 0 }, timeout: timeout) != nil
    }
}

/// The result of one piece of work, on its way back to the store through the event loop's
/// inbox: which work it was and the action it sends (nil: it had nothing to say).
public struct EffectResult<Action: Sendable>: Sendable {
    /// The work's token (unique per store).
    let token: Int
    /// The action to reduce, if any.
    public let action: Action?
}

/// Runs a reducer on the main actor, inside the one event loop that reads keys and redraws.
///
/// ``send(_:)`` reduces an action synchronously and starts the work the reducer asked for as
/// tasks off the main actor. Each finished piece of work hands an ``EffectResult`` to
/// `deliver` (the loop's inbox); the loop gives it back to ``receive(_:)``, which reduces its
/// action unless the work was cancelled or replaced meanwhile. So state changes happen in one
/// place, in order, and never wait on the network.
@MainActor
public final class Store<State: Equatable & Sendable, Action: Sendable> {
    /// A reducer: applies an action to the state and returns the work to start.
    public typealias Reducer = @MainActor (inout State, Action) -> Effect<Action>

    /// The current state.
    public private(set) var state: State
    private let reducer: Reducer
    private let dependencies: Dependencies
    private let deliver: @Sendable (EffectResult<Action>) -> Void
    private var running: [Int: (id: EffectID?, task: Task<Void, Never>)] = [:]
    private var tokenOfID: [EffectID: Int] = [:]
    private var lastToken = 0

    /// A store starting at `initialState`; finished work is handed to `deliver`.
    public init(
        initialState: State, dependencies: Dependencies,
        deliver: @escaping @Sendable (EffectResult<Action>) -> Void, reducer: @escaping Reducer
    ) {
        state = initialState
        self.dependencies = dependencies
        self.deliver = deliver
        self.reducer = reducer
    }

    /// Reduces `action` now and starts the work it asks for.
    public func send(_ action: Action) {
        let effect = reducer(&state, action)
        start(effect)
    }

    /// Work finished: its action is reduced, unless the work was cancelled or replaced since.
    public func receive(_ result: EffectResult<Action>) {
        guard let entry = running.removeValue(forKey: result.token) else { return }
        if let id = entry.id, tokenOfID[id] == result.token { tokenOfID[id] = nil }
        if let action = result.action { send(action) }
    }

    /// Whether `result` is the answer of work still expected (not cancelled nor replaced):
    /// only such answers are reduced.
    public func isCurrent(_ result: EffectResult<Action>) -> Bool {
        running[result.token] != nil
    }

    /// How many pieces of work are running (or finished and not yet received).
    public var runningCount: Int { running.count }

    /// The ids of the named work running.
    public var runningIDs: Set<EffectID> { Set(tokenOfID.keys) }

    /// Cancels every piece of work (the program ends, a subscriber is left).
    public func cancelAll() {
        for entry in running.values { entry.task.cancel() }
        running.removeAll()
        tokenOfID.removeAll()
    }

    private func start(_ effect: Effect<Action>) {
        for item in effect.items {
            switch item {
            case .cancel(let id): cancel(id)
            case .cancelAll: cancelAll()
            case .run(let id, let body): run(id, body)
            }
        }
    }

    private func cancel(_ id: EffectID) {
        guard let token = tokenOfID.removeValue(forKey: id) else { return }
        running.removeValue(forKey: token)?.task.cancel()
    }

    private func run(_ id: EffectID?, _ body: @escaping @Sendable (Dependencies) async -> Action?) {
        if let id { cancel(id) }
        lastToken += 1
        let token = lastToken
        let dependencies = self.dependencies
        let deliver = self.deliver
        let task = Task.detached {
            let action = await body(dependencies)
            guard !Task.isCancelled else { return }
            deliver(EffectResult(token: token, action: action))
        }
        running[token] = (id, task)
        if let id { tokenOfID[id] = token }
    }
}

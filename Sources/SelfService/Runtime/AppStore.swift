/// Runs the application: one queue of actions (the actor's), the reducer, and the effects it
/// asks for, whose results come back as actions on the same queue.
///
/// A front end:
/// 1. creates `AppStore(initialState:environment:)` and sends `.start`;
/// 2. reads `states` (an `AsyncStream` keeping only the newest state) and redraws from each;
/// 3. turns each key into an `Action` and `send`s it. `send` never waits on the network:
///    effects run in tasks and their results are sent back later.
/// When `state.hasQuit` becomes true the stream finishes and every task is cancelled.
public actor AppStore {
    /// The current state.
    public private(set) var state: AppState
    /// Every new state after an action changed it; only the newest one is kept for a slow reader.
    public nonisolated let states: AsyncStream<AppState>

    private let continuation: AsyncStream<AppState>.Continuation
    private let environment: StoreEnvironment
    private var dataSource: (any SubscriberDataSource)?
    private var tasks: [EffectID: (token: Int, task: Task<Void, Never>)] = [:]
    private var nextToken = 0
    /// Draft writes run one after another, in order, so the last keystroke wins.
    private var draftChain: Task<Void, Never>?

    /// Creates a store; nothing runs until the first `send`.
    public init(initialState: AppState, environment: StoreEnvironment) {
        state = initialState
        self.environment = environment
        dataSource = environment.dataSource
        (states, continuation) = AsyncStream.makeStream(
            of: AppState.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Applies an action and starts the effects it asks for.
    public func send(_ action: Action) {
        guard !state.hasQuit else { return }
        let before = state
        let effects = reduce(&state, action, context: environment.context)
        for effect in effects { run(effect) }
        if state != before { continuation.yield(state) }
        if state.hasQuit { shutDown() }
    }

    /// Waits until no operation is running (timers excluded): for tests and scripted runs.
    public func waitUntilIdle() async {
        while true {
            let running = tasks.filter { id, _ in !id.isTimer }.map(\.value.task)
            guard !running.isEmpty || draftChain != nil else { return }
            for task in running { await task.value }
            if let chain = draftChain {
                await chain.value
                if draftChain == chain { draftChain = nil }
            }
        }
    }

    /// Waits (polling the state as actions arrive) until `condition` holds, or `timeout` passes.
    /// Returns the state that satisfied it, or nil.
    public func waitUntil(
        timeout: Duration = .seconds(10), _ condition: @Sendable (AppState) -> Bool
    ) async -> AppState? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if condition(state) { return state }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition(state) ? state : nil
    }

    // MARK: Effects

    private func run(_ effect: Effect) {
        switch effect {
        case .perform(let operation):
            start(operation.id) { store in
                let response = await store.execute(operation)
                return .response(response)
            }
        case .cancel(let id):
            tasks.removeValue(forKey: id)?.task.cancel()
        case .timer(let id, let delay, let action):
            start(id) { _ in
                try? await Task.sleep(for: delay)
                return Task.isCancelled ? nil : action
            }
        case .saveDraft(let draft):
            chainDraftWork { drafts in _ = try? await drafts.save(draft) }
        case .deleteDraft(let key):
            chainDraftWork { drafts in await drafts.delete(key) }
        case .loadDraft(let key):
            chainDraftWork { [weak self] drafts in
                let draft = await drafts.load(key)
                await self?.send(.response(.draftLoaded(key, draft)))
            }
        case .quit:
            shutDown()
        }
    }

    /// Starts work under `id`, replacing what ran under it; its action is sent only if it was
    /// not cancelled or replaced meanwhile.
    private func start(_ id: EffectID, _ work: @escaping @Sendable (AppStore) async -> Action?) {
        tasks.removeValue(forKey: id)?.task.cancel()
        nextToken += 1
        let token = nextToken
        let task = Task { [weak self] in
            guard let self else { return }
            let action = await work(self)
            await self.finish(id, token: token, action: action)
        }
        tasks[id] = (token, task)
    }

    private func finish(_ id: EffectID, token: Int, action: Action?) {
        guard tasks[id]?.token == token else { return }
        tasks[id] = nil
        if let action, !Task.isCancelled { send(action) }
    }

    private func chainDraftWork(_ work: @escaping @Sendable (any DraftStore) async -> Void) {
        let previous = draftChain
        let drafts = environment.drafts
        draftChain = Task {
            await previous?.value
            await work(drafts)
        }
    }

    /// The data source of the subscriber, if one is available.
    var currentDataSource: (any SubscriberDataSource)? { dataSource }
    /// The account service, if any.
    var accountService: (any AccountService)? { environment.account }

    /// Swaps the subscriber (login, logout).
    func replaceDataSource(_ source: (any SubscriberDataSource)?) { dataSource = source }

    private func shutDown() {
        for (_, entry) in tasks { entry.task.cancel() }
        tasks.removeAll()
        continuation.finish()
    }
}

extension EffectID {
    /// Timers never finish on their own while polling: `waitUntilIdle` ignores them.
    var isTimer: Bool {
        switch self {
        case .pollTimer, .toast: return true
        default: return false
        }
    }
}

/// The counter's reducer: the search, opening a subscriber, the subscriber's screens (the
/// app's own reducer, scoped), leaving, and the idle timeout.
public enum CounterFeature {
    /// Applies `action`.
    public static func reduce(_ state: inout CounterState, _ action: CounterAction, _ context: ReducerContext)
        -> Effect<CounterAction>
    {
        switch action {
        case .search(let searchAction):
            let effect = SubscriberSearchFeature.reduce(&state.search, searchAction, context)
                .map(CounterAction.search)
            guard case .openSelected = searchAction, let result = state.search.opened,
                let subject = CounterSubject(result)
            else { return effect }
            state.subject = subject
            state.idle.reset(at: context.now())
            return effect + open(subject)
        case .opened(let subject, let result):
            guard state.subject == subject, state.app == nil else { return .none }
            switch result {
            case .success(let source):
                var app = AppState(
                    language: state.language, mode: .counter(agent: state.agent), source: source)
                let effect = AppFeature.reduce(&app, .start, context)
                state.app = app
                return effect.map(CounterAction.app)
            case .failure(let failure):
                state.subject = nil
                state.search.opened = nil
                state.search.failure = failure
                return .none
            }
        case .app(let appAction):
            guard var app = state.app else { return .none }
            let effect = AppFeature.reduce(&app, appAction, context)
            guard !app.hasQuit else { return leave(&state, context) }
            state.app = app
            return effect.map(CounterAction.app)
        case .leave:
            return leave(&state, context)
        case .keyPressed:
            state.idle.reset(at: context.now())
            state.warningSeconds = nil
            return .none
        case .tick:
            return tick(&state, context)
        case .quit:
            state.hasQuit = true
            return .cancelAll
        }
    }

    private static func open(_ subject: CounterSubject) -> Effect<CounterAction> {
        .run(.counterOpen) { dependencies in
            guard let directory = dependencies.counter else {
                return .opened(subject, .failure(ServiceFailure(.notLoggedIn)))
            }
            let result = await Result.of { () async throws(ServiceFailure) in
                try await directory.open(subject)
            }
            return .opened(subject, result.map(DataSourceHandle.init))
        }
    }

    /// Back to an empty search: the subscriber's state, data source and work are dropped.
    private static func leave(_ state: inout CounterState, _ context: ReducerContext) -> Effect<CounterAction>
    {
        state.app = nil
        state.subject = nil
        state.search = SubscriberSearchState()
        state.warningSeconds = nil
        state.idle.reset(at: context.now())
        return .cancelAll
    }

    private static func tick(_ state: inout CounterState, _ context: ReducerContext) -> Effect<CounterAction>
    {
        let now = context.now()
        guard state.holdsSubscriberData else {
            // An empty search screen has nothing to clear: no warning; the count starts again.
            state.idle.reset(at: now)
            state.warningSeconds = nil
            return .none
        }
        switch state.idle.phase(at: now) {
        case .active:
            state.warningSeconds = nil
            return .none
        case .warning(let remaining):
            state.warningSeconds = remaining
            return .none
        case .expired:
            return leave(&state, context)
        }
    }
}

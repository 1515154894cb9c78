/// The requests: the list, polling with backoff while Demandes is open, the selected
/// request's history.
public enum RequestsFeature {
    /// The list's key: requests belong to the subscriber, not to one contract.
    public static let key = ""

    /// Applies `action`.
    public static func reduce(
        _ state: inout RequestsState, _ action: RequestsAction, _ context: ReducerContext
    )
        -> Effect<RequestsAction>
    {
        switch action {
        case .list(let listAction):
            let before = state.list.items
            let hadLoaded = state.list.hasLoaded
            let awaitedFirstPage = state.list.loadingPage == 1
            let selectedBefore = state.selectedItem?.id
            var effect = list(&state, listAction, context)
            if state.selectedItem?.id != selectedBefore { state.detail = nil }
            guard case .loaded(_, 1, let result) = listAction, awaitedFirstPage else { return effect }
            var changes: [StatusChange] = []
            var changed = false
            if case .success(let page) = result, hadLoaded {
                changes = statusChanges(from: before, to: page.items)
                let known = Set(before.map(\.id))
                changed = !changes.isEmpty || page.items.contains { !known.contains($0.id) }
            }
            if !changes.isEmpty { effect = effect + .send(.announce(changes)) }
            return effect + afterRefresh(&state, changed: changed, context)
        case .watch:
            state.isWatching = true
            state.poll.reset()
            var effect = refresh(&state, context)
            if let selected = state.selectedItem {
                effect = effect + loadDetail(&state, selected.id, context)
            }
            return effect
        case .stopWatching:
            state.isWatching = false
            state.isLoadingDetail = false
            return .cancel(.requestPoll) + .cancel(.requestDetail)
        case .refresh:
            return refresh(&state, context)
        case .pollTimerFired:
            guard state.isWatching else { return .none }
            return refresh(&state, context)
        case .select(let row):
            let before = state.selectedItem?.id
            let effect = list(&state, .select(row), context)
            guard let selected = state.selectedItem, selected.id != before || state.detail == nil else {
                return effect
            }
            state.detail = nil
            return effect + loadDetail(&state, selected.id, context)
        case .detailLoaded(.success(let request)):
            state.isLoadingDetail = false
            guard state.selectedItem?.id == request.id else { return .none }
            state.detail = request
            guard let index = state.list.items.firstIndex(where: { $0.id == request.id }) else {
                return .none
            }
            // Whichever answer sees a move first announces it: the list copy is updated here,
            // so the next poll would otherwise find nothing new to say.
            let before = state.list.items[index].status
            state.list.items[index].status = request.status
            guard before != request.status else { return .none }
            return .send(.announce([StatusChange(request: request, from: before)]))
        case .announce:
            return .none
        case .detailLoaded(.failure(let failure)):
            state.isLoadingDetail = false
            state.list.error = failure
            return .none
        case .filed(let request):
            state.list.items.removeAll { $0.id == request.id }
            state.list.items.insert(request, at: 0)
            state.list.selection = 0
            state.detail = nil
            state.poll.reset()
            return .none
        }
    }

    /// The requests of `after` whose status differs from their copy in `before`.
    public static func statusChanges(from before: [RequestRecord], to after: [RequestRecord])
        -> [StatusChange]
    {
        let known = Dictionary(before.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        return after.compactMap { request in
            guard let previous = known[request.id], previous != request.status else { return nil }
            return StatusChange(request: request, from: previous)
        }
    }

    private static func list(
        _ state: inout RequestsState, _ action: PagedListAction<RequestRecord>, _ context: ReducerContext
    )
        -> Effect<RequestsAction>
    {
        PagedListFeature<RequestPages>.reduce(&state.list, action, context).map(RequestsAction.list)
    }

    /// Page 1 again (the first time: loads it).
    private static func refresh(_ state: inout RequestsState, _ context: ReducerContext) -> Effect<
        RequestsAction
    > {
        list(&state, state.list.key == nil ? .show(key: key) : .refresh, context)
    }

    /// After page 1 arrived: reload the detail when its request moved, and poll again.
    private static func afterRefresh(_ state: inout RequestsState, changed: Bool, _ context: ReducerContext)
        -> Effect<RequestsAction>
    {
        guard state.isWatching else { return .none }
        var effect = Effect<RequestsAction>.none
        if let selected = state.selectedItem, !state.isLoadingDetail,
            state.detail?.id != selected.id || state.detail?.status != selected.status
        {
            effect = loadDetail(&state, selected.id, context)
        }
        let delay = state.poll.next(changed: changed)
        return effect + .timer(.requestPoll, after: delay, send: .pollTimerFired)
    }

    private static func loadDetail(_ state: inout RequestsState, _ id: String, _ context: ReducerContext)
        -> Effect<RequestsAction>
    {
        guard let source = context.source?.source else { return .none }
        state.isLoadingDetail = true
        return .run(.requestDetail) { _ in
            return .detailLoaded(
                await .of { () async throws(ServiceFailure) in try await source.request(id: id) })
        }
    }
}

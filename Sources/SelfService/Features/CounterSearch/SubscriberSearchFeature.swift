/// The counter's search screen: typing, the kind of search, paging through results.
public enum SubscriberSearchFeature {
    /// Applies `action` to the search screen.
    public static func reduce(
        _ state: inout SubscriberSearchState, _ action: SubscriberSearchAction, _ context: ReducerContext
    ) -> Effect<SubscriberSearchAction> {
        switch action {
        case .setText(let text):
            state.text = text
        case .setTown(let town):
            state.town = town
        case .setKind(let kind):
            changeKind(&state, to: kind)
        case .nextKind:
            changeKind(&state, to: state.kind.next)
        case .previousKind:
            changeKind(&state, to: state.kind.previous)
        case .focusNext:
            switch state.focus {
            case .text: state.focus = state.kind.needsTown ? .town : (hasResults(state) ? .results : .text)
            case .town: state.focus = hasResults(state) ? .results : .text
            case .results: state.focus = .text
            }
        case .focus(let focus):
            switch focus {
            case .text: state.focus = .text
            case .town: if state.kind.needsTown { state.focus = .town }
            case .results: if hasResults(state) { state.focus = .results }
            }
        case .submit:
            return search(
                &state, SubscriberSearchRequest(kind: state.kind, text: state.text, town: state.town))
        case .nextPage:
            guard let request = state.request, let page = state.page, page.hasNext, !state.isSearching else {
                return .none
            }
            var next = request
            next.page = page.number + 1
            return search(&state, next)
        case .previousPage:
            guard let request = state.request, let page = state.page, page.number > 1, !state.isSearching
            else {
                return .none
            }
            var previous = request
            previous.page = page.number - 1
            return search(&state, previous)
        case .moveSelection(let delta):
            guard let count = state.page?.results.count, count > 0 else { return .none }
            state.selection = min(max(0, state.selection + delta), count - 1)
        case .openSelected:
            guard let result = state.selectedResult, result.contratId != nil else { return .none }
            state.opened = result
        case .reset:
            state = SubscriberSearchState()
            return .cancel(.counterSearch)
        case .searchFinished(let request, let result):
            // An answer to an older search (the agent searched again meanwhile) is ignored.
            guard request == state.request else { return .none }
            state.isSearching = false
            switch result {
            case .success(let page):
                state.page = page
                state.selection = 0
                state.failure = nil
                if !page.results.isEmpty { state.focus = .results }
            case .failure(let failure):
                state.failure = failure
            }
        }
        return .none
    }

    private static func changeKind(_ state: inout SubscriberSearchState, to kind: SubscriberSearchKind) {
        state.kind = kind
        if !kind.needsTown, state.focus == .town { state.focus = .text }
    }

    private static func hasResults(_ state: SubscriberSearchState) -> Bool {
        !(state.page?.results.isEmpty ?? true)
    }

    private static func search(_ state: inout SubscriberSearchState, _ request: SubscriberSearchRequest)
        -> Effect<SubscriberSearchAction>
    {
        guard request.isSearchable else {
            state.failure = ServiceFailure(.emptySearch)
            return .none
        }
        state.request = request
        state.isSearching = true
        state.failure = nil
        return .run(.counterSearch) { dependencies in
            guard let directory = dependencies.counter else {
                return .searchFinished(request, .failure(ServiceFailure(.notLoggedIn)))
            }
            return .searchFinished(
                request, await .of { () async throws(ServiceFailure) in try await directory.search(request) })
        }
    }
}

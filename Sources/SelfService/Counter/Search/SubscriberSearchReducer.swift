/// Applies `action` to the search screen and returns the work to start. Pure.
public func reduceSubscriberSearch(_ state: inout SubscriberSearchState, _ action: SubscriberSearchAction)
    -> [SubscriberSearchEffect]
{
    switch action {
    case .setText(let text):
        state.text = text
        return []
    case .setTown(let town):
        state.town = town
        return []
    case .setKind(let kind):
        return changeKind(&state, to: kind)
    case .nextKind:
        return changeKind(&state, to: state.kind.next)
    case .previousKind:
        return changeKind(&state, to: state.kind.previous)
    case .focusNext:
        switch state.focus {
        case .text: state.focus = state.kind.needsTown ? .town : (hasResults(state) ? .results : .text)
        case .town: state.focus = hasResults(state) ? .results : .text
        case .results: state.focus = .text
        }
        return []
    case .focus(let focus):
        switch focus {
        case .text: state.focus = .text
        case .town: if state.kind.needsTown { state.focus = .town }
        case .results: if hasResults(state) { state.focus = .results }
        }
        return []
    case .submit:
        return search(&state, SubscriberSearchRequest(kind: state.kind, text: state.text, town: state.town))
    case .nextPage:
        guard let request = state.request, let page = state.page, page.hasNext, !state.isSearching else {
            return []
        }
        var next = request
        next.page = page.number + 1
        return search(&state, next)
    case .previousPage:
        guard let request = state.request, let page = state.page, page.number > 1, !state.isSearching else {
            return []
        }
        var previous = request
        previous.page = page.number - 1
        return search(&state, previous)
    case .moveSelection(let delta):
        guard let count = state.page?.results.count, count > 0 else { return [] }
        state.selection = min(max(0, state.selection + delta), count - 1)
        return []
    case .openSelected:
        guard let result = state.selectedResult, result.contratId != nil else { return [] }
        state.opened = result
        return [.open(result)]
    case .closeSubscriber:
        state.opened = nil
        return []
    case .reset:
        state = SubscriberSearchState()
        return []
    case .searchFinished(let request, let result):
        // An answer to an older search (the agent searched again meanwhile) is ignored.
        guard request == state.request else { return [] }
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
        return []
    }
}

private func changeKind(_ state: inout SubscriberSearchState, to kind: SubscriberSearchKind)
    -> [SubscriberSearchEffect]
{
    state.kind = kind
    if !kind.needsTown, state.focus == .town { state.focus = .text }
    return []
}

private func hasResults(_ state: SubscriberSearchState) -> Bool {
    !(state.page?.results.isEmpty ?? true)
}

private func search(_ state: inout SubscriberSearchState, _ request: SubscriberSearchRequest)
    -> [SubscriberSearchEffect]
{
    guard request.isSearchable else {
        state.failure = ServiceFailure(
            kind: .validation, french: "Saisissez ce que vous cherchez.",
            english: "Type what you are looking for.")
        return []
    }
    state.request = request
    state.isSearching = true
    state.failure = nil
    return [.search(request)]
}

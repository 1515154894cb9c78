/// A new list of requests: toasts for status changes, the detail refreshed when its request
/// moved, and (on Demandes) the next poll scheduled with backoff.
func receiveRequests(_ state: inout AppState, _ result: Result<[RequestRecord], ServiceFailure>) -> [Effect] {
    guard state.isLoggedIn else { return [] }
    state.requests.isLoading = false
    var effects: [Effect] = []
    var changed = false
    switch result {
    case .success(let fresh):
        let known = Dictionary(
            state.requests.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if state.requests.hasLoaded {
            for request in fresh {
                guard let before = known[request.id] else {
                    changed = true
                    continue
                }
                if before.status != request.status {
                    changed = true
                    effects.append(
                        state.showToast(
                            .statusChanged(
                                requestId: request.id, title: request.title, from: before.status,
                                to: request.status)))
                }
            }
        }
        let selectedId = state.requests.selectedItem?.id
        state.requests.items = fresh
        state.requests.hasLoaded = true
        state.requests.error = nil
        state.requests.selection = fresh.firstIndex { $0.id == selectedId } ?? 0
        if state.screen == .demandes, let selected = state.requests.selectedItem,
            state.requests.detail?.id != selected.id || state.requests.detail?.status != selected.status
        {
            effects.append(state.perform(.loadRequest(id: selected.id)))
        }
    case .failure(let failure):
        state.requests.error = failure
    }
    if state.screen == .demandes {
        let delay = state.requests.poll.next(changed: changed)
        effects.append(.timer(.pollTimer, after: delay, send: .pollRequests))
    }
    return effects
}

/// One request with its history arrived.
func receiveRequestDetail(_ state: inout AppState, _ result: Result<RequestRecord, ServiceFailure>)
    -> [Effect]
{
    guard state.isLoggedIn else { return [] }
    var effects: [Effect] = []
    switch result {
    case .success(let request):
        guard state.requests.selectedItem?.id == request.id else { return [] }
        state.requests.detail = request
        if let index = state.requests.items.firstIndex(where: { $0.id == request.id }) {
            // Whichever answer sees a move first announces it: the list copy is updated
            // here, so the next poll would otherwise find nothing new to say.
            let before = state.requests.items[index].status
            state.requests.items[index].status = request.status
            if before != request.status {
                effects.append(
                    state.showToast(
                        .statusChanged(
                            requestId: request.id, title: request.title, from: before, to: request.status)
                    ))
            }
        }
    case .failure(let failure):
        state.requests.error = failure
    }
    return effects
}

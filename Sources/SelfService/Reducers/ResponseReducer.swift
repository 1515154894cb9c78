/// Applies an effect's result.
func reduceResponse(_ state: inout AppState, _ response: Response, context: ReducerContext) -> [Effect] {
    if let id = response.effectID { state.inFlight.remove(id) }
    if let failure = response.failure {
        if failure.kind == .cancelled { return [] }
        if failure.kind == .authenticationExpired, state.isLoggedIn, state.mode == .subscriber {
            return sessionExpired(&state)
        }
    }
    switch response {
    case .sessionResumed, .loggedIn, .loggedOut, .accountCreated, .accountVerified,
        .passwordResetRequested, .passwordResetDone:
        return reduceSessionResponse(&state, response)
    case .requests(let result):
        return receiveRequests(&state, result)
    case .request(let result):
        return receiveRequestDetail(&state, result)
    case .readingFiled(let dryRun, let result):
        return receiveReadingFiled(&state, dryRun: dryRun, result)
    case .contactFiled(let dryRun, let result):
        return receiveContactFiled(&state, dryRun: dryRun, result)
    case .draftLoaded(let key, let draft):
        return restoreDraft(&state, key: key, draft: draft)
    default:
        return receiveData(&state, response, context: context)
    }
}

/// Responses that fill the read-only screens.
private func receiveData(_ state: inout AppState, _ response: Response, context: ReducerContext) -> [Effect] {
    guard state.isLoggedIn else { return [] }
    switch response {
    case .profile(.success(let profile)):
        state.profile = profile
    case .contracts(.success(let contracts)):
        state.contracts = contracts
        state.contractsLoaded = true
        if state.selectedContract == nil {
            // The same default at every start (servers need not order lists): the active
            // contract with the smallest number.
            let byNumber = contracts.sorted { $0.numeroContrat < $1.numeroContrat }
            state.selectedContractId = (byNumber.first { $0.actif } ?? byNumber.first)?.id
        }
        return loadContractData(&state)
    case .readings(let contratId, let result):
        guard contratId == state.selectedContractId else { return [] }
        switch result {
        case .success(let page):
            state.readings.list.append(page)
            if var form = state.readingForm, form.contratId == contratId, form.lastIndex == nil,
                let latest = state.readings.latest
            {
                form.lastIndex = latest.index
                form.lastDate = latest.date
                state.readingForm = form
            }
            guard let next = state.readings.list.pageToFillScreen() else { return [] }
            state.readings.list.isLoading = true
            return [state.perform(.loadReadings(contratId: contratId, page: next))]
        case .failure(let failure):
            state.readings.list.isLoading = false
            state.readings.list.error = failure
        }
    case .invoices(let contratId, let result):
        guard contratId == state.selectedContractId else { return [] }
        switch result {
        case .success(let page):
            state.invoices.list.append(page)
            guard let next = state.invoices.list.pageToFillScreen() else { return [] }
            state.invoices.list.isLoading = true
            return [state.perform(.loadInvoices(contratId: contratId, page: next))]
        case .failure(let failure):
            state.invoices.list.isLoading = false
            state.invoices.list.error = failure
        }
    case .payable(let contratId, let result):
        guard contratId == state.selectedContractId else { return [] }
        state.invoices.payableLoaded = true
        if case .success(let payable) = result { state.invoices.payable = payable }
    case .messages(let result):
        state.messages.isLoading = false
        switch result {
        case .success(let messages):
            state.messages.items = messages
            state.messages.hasLoaded = true
            state.messages.error = nil
            state.messages.selection = min(state.messages.selection, max(0, messages.count - 1))
        case .failure(let failure):
            state.messages.error = failure
        }
    case .profile(.failure(let failure)), .contracts(.failure(let failure)):
        return [state.showToast(.failure(failure))]
    default:
        break
    }
    return []
}

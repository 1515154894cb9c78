/// Répondre au service, seen from the app: which request can be answered, opening the form
/// from Demandes, and what a sent answer changes (the request back "En traitement" in
/// Demandes, a toast).
extension AppFeature {
    /// The request selected on Demandes when it waits for the subscriber and its history (the
    /// question) is loaded; nil otherwise.
    public static func answerableRequest(_ state: AppState) -> RequestRecord? {
        guard let selected = state.requests.selectedItem, selected.status == .client,
            let detail = state.requests.detail, detail.id == selected.id, detail.status == .client
        else { return nil }
        return detail
    }

    /// Opens the form for the answerable request (an answer already typed for it stays).
    static func openAnswer(_ state: inout AppState) {
        guard let request = answerableRequest(state) else { return }
        if state.answer?.request.id == request.id {
            state.answer?.request = request
        } else {
            state.answer = AnswerState(request: request)
        }
        state.screen = .repondreDemande
    }

    /// The form's own reducer, then: once sent, back to Demandes with the request's new status
    /// and history, and a toast.
    static func answer(_ state: inout AppState, _ action: AnswerAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        guard var form = state.answer, state.isLoggedIn else { return .none }
        if case .form = action, state.screen != .repondreDemande { return .none }
        let effect = AnswerFeature.reduce(&form, action, context).map(AppAction.answer)
        state.answer = form
        guard case .answered(.success(let request)) = action, request.id == form.request.id else {
            return effect
        }
        state.answer = nil
        // The list learns the move here, so the next poll does not announce it a second time.
        if let index = state.requests.list.items.firstIndex(where: { $0.id == request.id }) {
            state.requests.list.items[index].status = request.status
        }
        state.requests.detail = request
        let back: Effect<AppAction> =
            state.screen == .repondreDemande ? navigate(&state, to: .demandes, context) : .none
        return effect + back + state.toasts.show(.answerSent(requestId: request.id))
    }

    /// Esc: stops waiting for the answer in flight, else back to Demandes (what is typed stays).
    static func backFromAnswer(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        if var form = state.answer, form.isSubmitting {
            let effect = AnswerFeature.cancel(&form).map(AppAction.answer)
            state.answer = form
            return effect
        }
        return navigate(&state, to: .demandes, context)
    }
}

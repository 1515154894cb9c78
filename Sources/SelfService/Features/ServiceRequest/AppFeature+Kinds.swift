/// Opening the form of one of our request kinds.
extension AppFeature {
    /// Opens the form of `kind` for the selected contract, prefilled with what is known (a
    /// form already open for the same kind and contract stays, with its input and key).
    static func openKindForm(_ kind: ServiceRequestKind, _ state: inout AppState, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        guard let contract = state.selectedContract else { return .none }
        state.screen = .nouvelleDemande(.kind(kind))
        if let open = state.kindForm, open.kind == kind, open.contratId == contract.id { return .none }
        let atCounter: Bool
        if case .counter = state.mode { atCounter = true } else { atCounter = false }
        let profile = state.session.profile
        let form = KindFormState(
            kind: kind, contract: contract, personneId: profile?.personne.personneId, atCounter: atCounter,
            email: profile?.personne.value(.mail).nilIfEmpty ?? profile?.email,
            payable: state.invoices.payable, newestInvoice: state.invoices.list.items.first?.numero,
            lastReading: state.readings.latest, today: context.now(), language: state.language,
            idempotencyKey: context.makeIdentifier())
        state.kindForm = form
        return FilingFormFeature<KindFormState>.loadDraft(of: form).map(AppAction.kindForm)
            + loadContractData(&state, context)
    }
}

extension String {
    /// Nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// "Payer".
extension AppFeature {
    /// What the payment screen needs: the invoice due (with the contract's data), the
    /// service's messages (where it publishes how to pay) and the kinds it accepts (to offer
    /// the instalments request).
    static func openPayment(_ state: inout AppState, _ context: ReducerContext) -> Effect<AppAction> {
        var effect = loadContractData(&state, context)
        if state.messages.loadedAt == nil, !state.messages.isLoading {
            effect = effect + MessagesFeature.reduce(&state.messages, .load, context).map(AppAction.messages)
        }
        return effect
            + NewRequestFeature.reduce(&state.newRequest, .loadKinds, context).map(AppAction.newRequest)
    }
}

extension AppState {
    /// Whether "Payer" may open the instalments request: the invoice due offers them and
    /// the server accepts the request.
    public var canRequestInstalments: Bool {
        guard case .advertised(let kinds) = newRequest.availability, kinds.contains(.installments) else {
            return false
        }
        return invoices.payable?.allowsInstalments == true
    }
}

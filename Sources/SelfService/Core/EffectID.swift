/// Names running work, so newer work replaces it and Esc can cancel it.
public enum EffectID: Hashable, Sendable {
    /// Resuming a remembered session, logging in or out.
    case session
    /// Account creation and its code.
    case signUp
    /// Password reset.
    case passwordReset
    /// The subscriber's person.
    case profile
    /// The contract list.
    case contracts
    /// The person and the contracts in one call (``SubscriberDataSource/overview()``).
    case overview
    /// Page 1 of a contract's readings and invoices in one call
    /// (``SubscriberDataSource/contractRecords(contratId:)``).
    case contractRecords
    /// A page of a list.
    case list(ListKind)
    /// The payable invoice.
    case payable
    /// The service's messages.
    case messages
    /// The selected request's detail.
    case requestDetail
    /// The Demandes polling timer.
    case requestPoll
    /// A request form's dry run or send.
    case filing
    /// Writing, loading or deleting a form's draft.
    case draft(DraftKey)
    /// The timer that hides a toast.
    case toast(Int)
    /// The counter's subscriber search.
    case counterSearch
    /// Opening a subscriber at the counter.
    case counterOpen
    /// Sending an answer to the service.
    case answer
    /// A call of Mon compte.
    case account
    /// Asking the server which request kinds it accepts.
    case requestKinds
}

/// The lists loaded page by page.
public enum ListKind: Hashable, Sendable {
    case readings
    case invoices
    case requests
}

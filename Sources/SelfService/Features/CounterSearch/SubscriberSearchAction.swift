/// What the agent (or a finished search) does on the search screen.
public enum SubscriberSearchAction: Equatable, Sendable {
    /// Replaces the search text.
    case setText(String)
    /// Replaces the town.
    case setTown(String)
    /// Chooses the kind of search.
    case setKind(SubscriberSearchKind)
    /// The next kind in the selector.
    case nextKind
    /// The previous kind.
    case previousKind
    /// Tab: text → town (street searches) → results → text.
    case focusNext
    /// Puts the keyboard on a part (the town only for street searches, the results only
    /// when there are some).
    case focus(SubscriberSearchFocus)
    /// Runs the search from page 1.
    case submit
    /// The next page of results.
    case nextPage
    /// The previous page.
    case previousPage
    /// Moves the selection by `delta` rows (clamped).
    case moveSelection(Int)
    /// Opens the selected subscriber (the counter takes it from there).
    case openSelected
    /// Clears everything (idle timeout).
    case reset
    /// A search finished.
    case searchFinished(SubscriberSearchRequest, Result<SubscriberSearchPage, ServiceFailure>)
}

/// Which part of the search screen has the keyboard.
public enum SubscriberSearchFocus: Equatable, Sendable {
    /// The search text.
    case text
    /// The town (street searches only).
    case town
    /// The results table.
    case results
}

/// The counter's search screen: what is typed, what came back, what is selected.
public struct SubscriberSearchState: Equatable, Sendable {
    /// What to search by.
    public var kind: SubscriberSearchKind = .contractNumber
    /// The search text.
    public var text = ""
    /// The town, for street searches.
    public var town = ""
    /// Where the keyboard goes.
    public var focus: SubscriberSearchFocus = .text
    /// The request of the page shown (or being loaded).
    public var request: SubscriberSearchRequest?
    /// The page shown, nil before the first search.
    public var page: SubscriberSearchPage?
    /// The selected row of the page.
    public var selection = 0
    /// A search is running.
    public var isSearching = false
    /// The last failure, shown under the table.
    public var failure: ServiceFailure?
    /// The subscriber the agent opened (the app then shows that subscriber's screens).
    public var opened: SubscriberSearchResult?

    /// An empty search screen.
    public init() {}

    /// The selected row, if any.
    public var selectedResult: SubscriberSearchResult? {
        guard let results = page?.results, results.indices.contains(selection) else { return nil }
        return results[selection]
    }
}

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
    /// Opens the selected subscriber.
    case openSelected
    /// Back from a subscriber: forget it (its data is dropped elsewhere).
    case closeSubscriber
    /// Clears everything (idle timeout).
    case reset
    /// A search finished.
    case searchFinished(SubscriberSearchRequest, Result<SubscriberSearchPage, ServiceFailure>)
}

/// Work the search screen asks for.
public enum SubscriberSearchEffect: Equatable, Sendable {
    /// Runs this search; its answer comes back as ``SubscriberSearchAction/searchFinished(_:_:)``.
    case search(SubscriberSearchRequest)
    /// The agent opened this subscriber: build its data source and screens.
    case open(SubscriberSearchResult)

    /// Runs a ``search(_:)`` against `directory`; nil for effects the caller handles itself.
    public func run(using directory: any SubscriberDirectory) async -> SubscriberSearchAction? {
        guard case .search(let request) = self else { return nil }
        do {
            return .searchFinished(request, .success(try await directory.search(request)))
        } catch {
            return .searchFinished(request, .failure(error))
        }
    }
}

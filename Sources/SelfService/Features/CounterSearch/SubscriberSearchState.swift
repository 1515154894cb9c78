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

import Foundation

/// A server list loaded page by page as the selection moves, with a selected row: the state
/// of Relevés, Factures and Demandes.
public struct PagedList<Item: Equatable & Sendable & Identifiable>: Equatable, Sendable
where Item.ID == String {
    /// What the list shows (the contract's id; "" for lists of the whole subscriber); nil
    /// before the first load.
    public var key: String?
    /// The rows loaded so far, in server order (newest first).
    public var items: [Item] = []
    /// The next page to load, nil once the last page arrived.
    public var nextPage: Int? = 1
    /// The server's total, when known.
    public var total: Int?
    /// The page in flight, if any.
    public var loadingPage: Int?
    /// The last load failure.
    public var error: ServiceFailure?
    /// The selected row (0-based), clamped to the items.
    public var selection = 0
    /// Rows the server sent that could not be read (kept out of `items`, counted to say so).
    public var unreadable = 0
    /// When page 1 last arrived: data older than ``maximumAge`` reloads when its screen opens.
    public var loadedAt: Date?

    /// How old loaded data may get before opening its screen loads it again, in seconds.
    public static var maximumAge: TimeInterval { 60 }

    /// How close to the end of the loaded rows the selection must come to load the next page.
    public static var prefetchDistance: Int { 5 }

    /// Rows loaded before any scrolling: enough to fill the table of a 132x43 terminal.
    public static var rowsToFillTallScreens: Int { 40 }

    /// An empty list that will load page 1.
    public init() {}

    /// Whether a page is in flight.
    public var isLoading: Bool { loadingPage != nil }

    /// Whether the first page has arrived.
    public var hasLoaded: Bool { nextPage != 1 || !items.isEmpty }

    /// The selected item.
    public var selectedItem: Item? { items.indices.contains(selection) ? items[selection] : nil }

    /// Whether the rows were loaded more than ``maximumAge`` before `now`.
    public func isStale(at now: Date) -> Bool {
        loadedAt.map { now.timeIntervalSince($0) > Self.maximumAge } ?? false
    }
}

/// A page of a list and how it is fetched.
public protocol PageLoader {
    /// The rows.
    associatedtype Item: Equatable & Sendable & Identifiable where Item.ID == String
    /// The effect id of the list's loads.
    static var list: ListKind { get }
    /// Fetches page `number` of the list `key` from `source`.
    static func page(_ number: Int, of key: String, from source: any SubscriberDataSource)
        async throws(ServiceFailure) -> RecordPage<Item>
}

/// What happens to a paged list.
public enum PagedListAction<Item: Equatable & Sendable>: Equatable, Sendable {
    /// Shows the list of `key` (a contract): loads page 1 unless it is already loaded (and
    /// not older than ``PagedList/maximumAge``) or loading for that key; another key starts over.
    case show(key: String)
    /// Loads page 1 again, keeping the selected row when it is still there.
    case refresh
    /// Moves the selection (clamped); the next page loads when the selection nears the end.
    case select(Int)
    /// Esc while a page loads: stop loading.
    case cancel
    /// A page answered.
    case loaded(key: String, page: Int, Result<RecordPage<Item>, ServiceFailure>)
}

/// The one reducer of the paged lists.
public enum PagedListFeature<Loader: PageLoader> {
    /// The list's state.
    public typealias State = PagedList<Loader.Item>
    /// The list's actions.
    public typealias Action = PagedListAction<Loader.Item>

    /// Applies `action` to `list`.
    public static func reduce(_ list: inout State, _ action: Action, _ context: ReducerContext) -> Effect<
        Action
    > {
        switch action {
        case .show(let key):
            guard needsFirstPage(&list, key: key, context) else { return .none }
            return load(&list, page: 1, context)
        case .refresh:
            guard list.key != nil else { return .none }
            return load(&list, page: 1, context)
        case .select(let row):
            list.selection = list.items.isEmpty ? 0 : min(max(0, row), list.items.count - 1)
            guard let next = list.nextPage, !list.isLoading,
                list.selection >= list.items.count - State.prefetchDistance
            else { return .none }
            return load(&list, page: next, context)
        case .cancel:
            guard list.isLoading else { return .none }
            list.loadingPage = nil
            return .cancel(.list(Loader.list))
        case .loaded(let key, let page, let result):
            guard key == list.key, page == list.loadingPage else { return .none }
            list.loadingPage = nil
            switch result {
            case .success(let records):
                receive(records, into: &list)
                if page == 1 { list.loadedAt = context.now() }
                guard let next = list.nextPage, list.items.count < State.rowsToFillTallScreens else {
                    return .none
                }
                return load(&list, page: next, context)
            case .failure(let failure):
                list.error = failure
                return .none
            }
        }
    }

    /// What ``PagedListAction/show(key:)`` decides: whether page 1 of `key` must load (another
    /// key starts over; loaded rows younger than ``PagedList/maximumAge`` stay).
    static func needsFirstPage(_ list: inout State, key: String, _ context: ReducerContext) -> Bool {
        if list.key != key {
            list = State()
            list.key = key
        }
        return !list.isLoading && (!list.hasLoaded || list.isStale(at: context.now()))
    }

    private static func load(_ list: inout State, page: Int, _ context: ReducerContext) -> Effect<Action> {
        guard let key = list.key else { return .none }
        guard let source = context.source?.source else {
            return .send(.loaded(key: key, page: page, .failure(ServiceFailure(.notLoggedIn))))
        }
        list.loadingPage = page
        return .run(.list(Loader.list)) { _ in
            return .loaded(
                key: key, page: page,
                await .of { () async throws(ServiceFailure) in
                    try await Loader.page(page, of: key, from: source)
                })
        }
    }

    /// Page 1 replaces the rows (a refresh keeps the selected row by id); later pages append.
    private static func receive(_ page: RecordPage<Loader.Item>, into list: inout State) {
        if page.number == 1 {
            let selectedId = list.selectedItem?.id
            list.items = page.items
            list.unreadable = page.unreadable
            list.selection = selectedId.flatMap { id in page.items.firstIndex { $0.id == id } } ?? 0
        } else {
            let known = Set(list.items.map(\.id))
            list.items += page.items.filter { !known.contains($0.id) }
            list.unreadable += page.unreadable
        }
        list.total = page.total ?? list.total
        list.nextPage = page.hasNext && page.items.count + page.unreadable > 0 ? page.number + 1 : nil
        list.error = nil
    }
}

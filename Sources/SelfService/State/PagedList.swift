/// A server list loaded page by page as the user scrolls, with a selected row.
public struct PagedList<Item: Equatable & Sendable>: Equatable, Sendable {
    /// The rows loaded so far, in server order (newest first).
    public var items: [Item] = []
    /// The next page to load, nil once the last page arrived.
    public var nextPage: Int? = 1
    /// The server's total, when known.
    public var total: Int?
    /// A page is in flight.
    public var isLoading = false
    /// The last load failure.
    public var error: ServiceFailure?
    /// The selected row (0-based), clamped to the items.
    public var selection = 0

    /// How close to the end of the loaded rows the selection must come to load the next page.
    public static var prefetchDistance: Int { 5 }

    /// Rows loaded before any scrolling: enough to fill the table of a 132x43 terminal, so a
    /// tall window shows a full list rather than 20 rows and blank space.
    public static var rowsToFillTallScreens: Int { 40 }

    /// Creates an empty list that will load page 1.
    public init() {}

    /// Whether the first page has arrived.
    public var hasLoaded: Bool { nextPage != 1 || !items.isEmpty }

    /// The selected item.
    public var selectedItem: Item? { items.indices.contains(selection) ? items[selection] : nil }

    /// The page to ask for when the selection moves to `row`, if one should be loaded now.
    public func pageToLoad(near row: Int) -> Int? {
        guard let nextPage, !isLoading else { return nil }
        return row >= items.count - Self.prefetchDistance ? nextPage : nil
    }

    /// The page to load right after one arrived, while fewer than ``rowsToFillTallScreens``
    /// rows are loaded.
    public func pageToFillScreen() -> Int? {
        guard let nextPage, !isLoading, items.count < Self.rowsToFillTallScreens else { return nil }
        return nextPage
    }

    /// Appends a page that arrived (ignores a stale page number).
    mutating func append(_ page: RecordPage<Item>) {
        guard page.number == nextPage else { return }
        items.append(contentsOf: page.items)
        total = page.total ?? total
        nextPage = page.hasNext && !page.items.isEmpty ? page.number + 1 : nil
        isLoading = false
        error = nil
    }

    /// Moves the selection, clamped.
    mutating func select(_ row: Int) {
        selection = items.isEmpty ? 0 : min(max(0, row), items.count - 1)
    }
}

/// One page of a listing and the total number of items across pages.
public struct Page<Item: Sendable>: Sendable {
    /// The items of this page, in order.
    public var items: [Item]
    /// How many items match, across all pages.
    public var total: Int
    /// The offset of the first item (0-based).
    public var offset: Int
    /// The page size asked for.
    public var limit: Int

    /// A page.
    public init(items: [Item], total: Int, offset: Int, limit: Int) {
        self.items = items
        self.total = total
        self.offset = offset
        self.limit = limit
    }
}

extension Page: Equatable where Item: Equatable {}

/// One page of a server list, as the screens need it.
public struct RecordPage<Item: Equatable & Sendable>: Equatable, Sendable {
    /// The items on this page that could be read, in server order.
    public var items: [Item]
    /// The 1-based number of this page.
    public var number: Int
    /// The total number of items across pages, when the server says.
    public var total: Int?
    /// Whether a next page exists.
    public var hasNext: Bool
    /// Rows of this page the server sent that could not be read (an impossible date, an
    /// unreadable number): the screens say so instead of hiding them silently.
    public var unreadable: Int

    /// Creates a page.
    public init(items: [Item], number: Int, total: Int?, hasNext: Bool, unreadable: Int = 0) {
        self.items = items
        self.number = number
        self.total = total
        self.hasNext = hasNext
        self.unreadable = unreadable
    }
}

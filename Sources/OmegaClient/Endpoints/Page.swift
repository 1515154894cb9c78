import JSONAPI

/// One page of a collection: the typed items, the total when the server gives it, the
/// pagination links, and the whole document to follow relationships through `included`.
public struct Page<Item: OmegaModel>: Sendable {
    /// The items, in the server's order.
    public var items: [Item]
    /// The primary resources the items were decoded from (same order), for relationships.
    public var resources: [Resource]
    /// The document, with its `included` resources.
    public var document: Document
    /// The size of the whole collection (`meta.total` or Omega's `links.related.meta.total`).
    public var total: Int?
    /// The primary resources that could not be read as `Item` (left out of ``items``).
    public var unreadable: [Resource]

    /// Creates a page.
    public init(items: [Item], resources: [Resource], document: Document, unreadable: [Resource] = []) {
        self.items = items
        self.resources = resources
        self.document = document
        self.total = document.total
        self.unreadable = unreadable
    }

    /// The next page's URL, or nil on the last page.
    public var next: String? { document.links?["next"]?.href }
    /// The previous page's URL, or nil on the first page.
    public var previous: String? { document.links?["prev"]?.href }
    /// The first page's URL, when given.
    public var first: String? { document.links?["first"]?.href }
    /// The last page's URL, when given.
    public var last: String? { document.links?["last"]?.href }
    /// Whether another page follows.
    public var hasNext: Bool { next != nil }

    /// The models of type `T` that item number `index`'s `relationship` points to, among
    /// the included resources (those not included are skipped).
    public func related<T: OmegaModel>(_ index: Int, _ relationship: String, as type: T.Type = T.self)
        throws(OmegaError) -> [T]
    {
        guard resources.indices.contains(index) else { return [] }
        return try document.related(resources[index], relationship).map { resource throws(OmegaError) in
            try ModelDecoding.decode(T.self, from: resource)
        }
    }
}

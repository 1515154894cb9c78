import JSONAPI

/// One resource fetched or returned by a call: the typed item, its resource and the
/// document (for relationships through `included`), and how the server answered.
public struct Single<Item: OmegaModel>: Sendable {
    /// The typed item.
    public var item: Item
    /// The resource it was decoded from.
    public var resource: Resource
    /// The whole document.
    public var document: Document
    /// The HTTP status (200, 201, 202…).
    public var status: Int
    /// Whether the server echoed `Omega-DryRun: true`: nothing was done, `item` is what
    /// would have been created.
    public var isDryRun: Bool

    /// Decodes the single primary resource of a response.
    public init(response: OmegaResponse) throws(OmegaError) {
        let document = try response.document()
        guard let resource = document.resources.first else {
            throw OmegaError(.decodingFailed, status: response.status, technicalDetail: "no primary data")
        }
        self.item = try ModelDecoding.decode(Item.self, from: resource)
        self.resource = resource
        self.document = document
        self.status = response.status
        self.isDryRun = response.isDryRun
    }

    /// The models of type `T` that the item's `relationship` points to, among the included resources.
    public func related<T: OmegaModel>(_ relationship: String, as type: T.Type = T.self) throws(OmegaError)
        -> [T]
    {
        try document.related(resource, relationship).map { resource throws(OmegaError) in
            try ModelDecoding.decode(T.self, from: resource)
        }
    }
}

extension Page {
    /// Decodes the primary resources of a response.
    init(response: OmegaResponse) throws(OmegaError) {
        self = ModelDecoding.page(Item.self, in: try response.document())
    }
}

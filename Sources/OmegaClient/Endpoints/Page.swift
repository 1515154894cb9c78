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

    /// Creates a page.
    public init(items: [Item], resources: [Resource], document: Document) {
        self.items = items
        self.resources = resources
        self.document = document
        self.total = document.total
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

/// Decoding of models from resources, and of resources from models, with Omega's ways.
public enum ModelDecoding {
    /// Decodes `resource`'s attributes as `T`. When the attributes do not repeat the id
    /// (`facture_id`…), the resource's `id` is used, as JSON:API makes it the identity; a
    /// resource without any id (a dry run's preview of what would be created) gets `""`.
    public static func decode<T: OmegaModel>(_ type: T.Type, from resource: Resource) throws(OmegaError) -> T
    {
        var resource = resource
        if resource.attributes[T.idAttribute] == nil || resource.attributes[T.idAttribute] == .null {
            resource.attributes[T.idAttribute] = .string(resource.id ?? "")
        }
        do {
            return try resource.decodeAttributes(as: T.self)
        } catch let error as DocumentDecodingError {
            throw OmegaError(decoding: error)
        } catch {
            throw OmegaError(.decodingFailed, technicalDetail: String(describing: error))
        }
    }

    /// The single primary resource of `document` as `T`.
    public static func single<T: OmegaModel>(_ type: T.Type, in document: Document) throws(OmegaError) -> T {
        guard let resource = document.resources.first else {
            throw OmegaError(.decodingFailed, technicalDetail: "the document has no primary data")
        }
        return try decode(T.self, from: resource)
    }

    /// Every primary resource of `document` as a page of `T`.
    public static func page<T: OmegaModel>(_ type: T.Type, in document: Document) throws(OmegaError) -> Page<
        T
    > {
        let resources = document.resources
        var items: [T] = []
        items.reserveCapacity(resources.count)
        for resource in resources {
            items.append(try decode(T.self, from: resource))
        }
        return Page(items: items, resources: resources, document: document)
    }

    /// A JSON:API document whose primary data is `model` (for POST/PUT bodies). A model
    /// with an empty id is a creation: no `id` and no id attribute are sent.
    public static func body<T: OmegaModel>(for model: T) throws(OmegaError) -> [UInt8] {
        do {
            var resource = try Resource(
                type: T.resourceType, id: model.id.isEmpty ? nil : model.id, encoding: model)
            if model.id.isEmpty { resource.attributes[T.idAttribute] = nil }
            return Array(try Document(data: .single(resource)).encoded())
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode \(T.resourceType): \(error)")
        }
    }
}

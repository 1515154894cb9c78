import JSONAPI

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

    /// Every primary resource of `document` as a page of `T`. A resource whose attributes
    /// cannot be read as `T` (an impossible date, a number out of range) is left out of the
    /// items and kept in ``Page/unreadable``: one bad row must not hide the others, and the
    /// caller can say that the server sent data it could not read.
    public static func page<T: OmegaModel>(_ type: T.Type, in document: Document) -> Page<T> {
        var items: [T] = []
        var readable: [Resource] = []
        var unreadable: [Resource] = []
        for resource in document.resources {
            if let item = try? decode(T.self, from: resource) {
                items.append(item)
                readable.append(resource)
            } else {
                unreadable.append(resource)
            }
        }
        return Page(items: items, resources: readable, document: document, unreadable: unreadable)
    }

    /// A JSON:API document whose primary data is `model` (for POST/PUT bodies). A model
    /// with an empty id is a creation: no `id` and no id attribute are sent.
    ///
    /// Unset properties are left out rather than sent as `null`: in a JSON:API write an
    /// omitted attribute is left unchanged, while `null` would ask to clear it.
    public static func body<T: OmegaModel>(for model: T) throws(OmegaError) -> [UInt8] {
        do {
            var resource = try Resource(
                type: T.resourceType, id: model.id.isEmpty ? nil : model.id, encoding: model)
            if model.id.isEmpty { resource.attributes[T.idAttribute] = nil }
            resource.attributes = resource.attributes.filter { $0.value != .null }
            return Array(try Document(data: .single(resource)).encoded())
        } catch {
            throw OmegaError(.badRequest, technicalDetail: "could not encode \(T.resourceType): \(error)")
        }
    }
}

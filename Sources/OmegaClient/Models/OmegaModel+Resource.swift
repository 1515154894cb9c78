import JSONAPI

extension OmegaModel {
    /// Decodes a model from a JSON:API resource of any Omega document.
    ///
    /// The attributes go through the model's `CodingKeys` (Omega's wire names, loose scalars);
    /// the id is the resource's own id, which Omega usually repeats in the attributes under
    /// ``OmegaModel/idAttribute`` but not always (`Partner_Contfact` lacks `contfact_id`).
    ///
    /// - Throws: `DocumentDecodingError` naming the attribute that cannot be decoded, or when
    ///   neither the resource nor its attributes carry an id.
    public init(resource: Resource) throws {
        var attributes = resource.attributes
        if let id = resource.id {
            attributes[Self.idAttribute] = .string(id)
        }
        let decodable = Resource(type: resource.type, id: resource.id, attributes: attributes)
        self = try decodable.decodeAttributes(as: Self.self)
    }

    /// The model as a JSON:API resource of type ``OmegaModel/resourceType``: the id, and the
    /// attributes in Omega's wire form (numbers and booleans as strings, local-time dates).
    public func resource(relationships: [String: Relationship] = [:]) throws -> Resource {
        try Resource(type: Self.resourceType, id: id, encoding: self, relationships: relationships)
    }
}

extension Document {
    /// The primary resources of type `T.resourceType`, decoded; other types are skipped.
    public func decodePrimary<T: OmegaModel>(_ type: T.Type = T.self) throws -> [T] {
        try resources.filter { $0.type == T.resourceType }.map(T.init(resource:))
    }

    /// The resources of type `T.resourceType` that `resource`'s relationship path leads to
    /// (e.g. `["contfact", "contrat"]` from an invoice), decoded.
    public func decodeRelated<T: OmegaModel>(
        _ type: T.Type = T.self, from resource: Resource, path: [String]
    ) throws -> [T] {
        try related(resource, path: path).filter { $0.type == T.resourceType }.map(T.init(resource:))
    }
}

/// A resource object: `type`, `id`, `attributes`, `relationships`, `links` and `meta`.
///
/// Attributes are kept as generic ``JSONValue``s; ``decodeAttributes(as:)`` turns them into a model.
/// A resource identifier used as primary data decodes as a `Resource` without attributes.
public struct Resource: Sendable, Hashable {
    /// The JSON:API type, e.g. `Partner_Facture`.
    public var type: String
    /// The id; `nil` only in a request that creates a resource without a client-generated id.
    public var id: String?
    /// The attributes, by wire name. Any attribute may be absent (sparse fieldsets).
    public var attributes: [String: JSONValue]
    /// The relationships, by name.
    public var relationships: [String: Relationship]
    /// The resource's own links (usually `self`).
    public var links: Links?
    /// Non-standard information about the resource.
    public var meta: [String: JSONValue]?

    /// Creates a resource from generic attributes.
    public init(
        type: String, id: String? = nil, attributes: [String: JSONValue] = [:],
        relationships: [String: Relationship] = [:], links: Links? = nil, meta: [String: JSONValue]? = nil
    ) {
        self.type = type
        self.id = id
        self.attributes = attributes
        self.relationships = relationships
        self.links = links
        self.meta = meta
    }

    /// The `(type, id)` identity, or `nil` for a resource without id.
    public var key: ResourceKey? {
        id.map { ResourceKey(type: type, id: $0) }
    }

    /// An identifier pointing at this resource, or `nil` for a resource without id.
    public var identifier: ResourceIdentifier? {
        key.map(ResourceIdentifier.init)
    }

    /// The relationship `name`, or `nil` when the resource does not carry it.
    public func relationship(_ name: String) -> Relationship? {
        relationships[name]
    }
}

extension Resource {
    /// Reads a resource object. `requireID` is false only for primary data, which may be a
    /// resource being created.
    init(reading reader: JSONReader, requireID: Bool) throws(DocumentDecodingError) {
        let members = try reader.object()
        type = try readType(members, reader.path)
        if let idReader = members.nonNullMember("id", in: reader.path) {
            id = try idReader.string()
        } else if requireID {
            throw reader.fail(.resourceWithoutID, "an included resource needs an id")
        } else {
            id = nil
        }
        attributes = [:]
        if let attributesReader = members.nonNullMember("attributes", in: reader.path) {
            attributes = try attributesReader.object()
            try Self.rejectReservedNames(attributes, at: attributesReader)
        }
        relationships = [:]
        if let relationshipsReader = members.nonNullMember("relationships", in: reader.path) {
            let relationshipMembers = try relationshipsReader.object()
            try Self.rejectReservedNames(relationshipMembers, at: relationshipsReader)
            for (name, value) in relationshipMembers {
                let relationshipReader = JSONReader(value, at: relationshipsReader.path.appending(name))
                relationships[name] = try Relationship(reading: relationshipReader)
            }
        }
        links = try members.nonNullMember("links", in: reader.path).map(Link.readLinks)
        meta = try members.nonNullMember("meta", in: reader.path)?.meta()
    }

    private static func rejectReservedNames(
        _ fields: [String: JSONValue], at reader: JSONReader
    ) throws(DocumentDecodingError) {
        for name in ["type", "id"] where fields[name] != nil {
            throw DocumentDecodingError(
                .reservedFieldName, at: reader.path.appending(name).description,
                detail: "a field may not be named \(name)")
        }
    }

    /// The JSON form. Empty `attributes` and `relationships` are left out, so that an
    /// identifier-like resource encodes as `{"type", "id"}`.
    var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["type": .string(type)]
        if let id { members["id"] = .string(id) }
        if !attributes.isEmpty { members["attributes"] = .object(attributes) }
        if !relationships.isEmpty { members["relationships"] = .object(relationships.mapValues(\.jsonValue)) }
        if let links { members["links"] = Link.jsonValue(of: links) }
        if let meta { members["meta"] = .object(meta) }
        return .object(members)
    }
}

extension Resource: Codable {
    /// Decodes the value from its JSON:API form, with the same rules as ``Document/decode(_:)``.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        try self.init(reading: JSONReader(value, at: .root), requireID: false)
    }

    /// Encodes the value in its JSON:API form.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

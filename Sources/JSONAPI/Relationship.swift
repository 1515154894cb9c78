/// A relationship object: linkage (`data`), `links` and `meta`.
///
/// Linkage has three states, which must not be confused:
/// - `data == nil`: **absent**, the server did not say (sparse fieldsets, PATCH leaving it unchanged);
/// - `.toOne(nil)` or `.toMany([])`: **empty**, the server says there is nothing;
/// - `.toOne(x)` or `.toMany([x, …])`: **present**.
///
/// Omega sometimes sends a to-one relationship as a one-element array; it is kept as
/// `.toMany([x])`, and ``identifier`` / ``identifiers`` read both shapes alike.
public struct Relationship: Hashable, Sendable {
    /// Resource linkage.
    public enum Linkage: Hashable, Sendable {
        /// A to-one relationship: one identifier, or `nil` for an empty one (`null` on the wire).
        case toOne(ResourceIdentifier?)
        /// A to-many relationship (possibly empty: `[]` on the wire).
        case toMany([ResourceIdentifier])
    }

    /// The linkage, or `nil` when the `data` member is absent.
    public var data: Linkage?
    /// The relationship's links (`self`, `related`, pagination).
    public var links: Links?
    /// Non-standard information about the relationship.
    public var meta: [String: JSONValue]?

    /// Creates a relationship.
    public init(data: Linkage? = nil, links: Links? = nil, meta: [String: JSONValue]? = nil) {
        self.data = data
        self.links = links
        self.meta = meta
    }

    /// A to-one relationship pointing at `key` (or empty when `key` is `nil`).
    public static func toOne(_ key: ResourceKey?) -> Relationship {
        Relationship(data: .toOne(key.map(ResourceIdentifier.init)))
    }

    /// A to-many relationship pointing at `keys`.
    public static func toMany(_ keys: [ResourceKey]) -> Relationship {
        Relationship(data: .toMany(keys.map(ResourceIdentifier.init)))
    }

    /// Every target, whatever the shape of the linkage (empty when absent or empty).
    public var identifiers: [ResourceIdentifier] {
        switch data {
        case .none, .toOne(.none): []
        case .toOne(.some(let identifier)): [identifier]
        case .toMany(let identifiers): identifiers
        }
    }

    /// The single target of a to-one relationship, also when Omega sends it as a one-element array.
    /// `nil` when absent, empty, or when a to-many relationship holds several targets.
    public var identifier: ResourceIdentifier? {
        let all = identifiers
        return all.count == 1 ? all[0] : nil
    }

    /// `true` when the `data` member was present (even if empty).
    public var hasLinkage: Bool { data != nil }
}

extension Relationship {
    init(reading reader: JSONReader) throws(DocumentDecodingError) {
        let members = try reader.object()
        if let dataReader = members.member("data", in: reader.path) {
            switch dataReader.value {
            case .null:
                data = .toOne(nil)
            case .array(let elements):
                var identifiers: [ResourceIdentifier] = []
                identifiers.reserveCapacity(elements.count)
                for (index, element) in elements.enumerated() {
                    let elementReader = JSONReader(element, at: dataReader.path.appending(index))
                    identifiers.append(try ResourceIdentifier(reading: elementReader))
                }
                data = .toMany(identifiers)
            case .object:
                data = .toOne(try ResourceIdentifier(reading: dataReader))
            default:
                throw dataReader.fail(
                    .invalidMember,
                    "linkage must be null, an identifier or an array of identifiers, "
                        + "found \(dataReader.value.kindName)"
                )
            }
        }
        links = try members.nonNullMember("links", in: reader.path).map(Link.readLinks)
        meta = try members.nonNullMember("meta", in: reader.path)?.meta()
        if data == nil, links == nil, meta == nil {
            throw reader.fail(.invalidMember, "a relationship needs at least one of data, links and meta")
        }
    }

    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [:]
        switch data {
        case .none: break
        case .toOne(let identifier): members["data"] = identifier?.jsonValue ?? .null
        case .toMany(let identifiers): members["data"] = .array(identifiers.map(\.jsonValue))
        }
        if let links { members["links"] = Link.jsonValue(of: links) }
        if let meta { members["meta"] = .object(meta) }
        return .object(members)
    }
}

extension Relationship: Codable {
    /// Decodes the value from its JSON:API form, with the same rules as ``Document/decode(_:)``.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        try self.init(reading: JSONReader(value, at: .root))
    }

    /// Encodes the value in its JSON:API form.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

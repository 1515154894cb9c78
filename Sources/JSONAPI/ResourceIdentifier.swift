/// The identity of a resource: its `(type, id)` pair, unique within an API.
///
/// Use it as the key of any cache or index (never the `id` alone: two types may share an id).
public struct ResourceKey: Hashable, Sendable, CustomStringConvertible {
    /// The JSON:API type, e.g. `Partner_Facture`.
    public var type: String
    /// The id, always a string (even when it looks numeric).
    public var id: String

    /// Creates a key.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// A readable rendering, for logs and messages.
    public var description: String { "\(type)(\(id))" }
}

/// A resource identifier object: `{"type": …, "id": …, "meta": …}`, the target of a relationship.
public struct ResourceIdentifier: Hashable, Sendable {
    /// The JSON:API type of the target.
    public var type: String
    /// The id of the target.
    public var id: String
    /// Non-standard information about the link.
    public var meta: [String: JSONValue]?

    /// Creates an identifier.
    public init(type: String, id: String, meta: [String: JSONValue]? = nil) {
        self.type = type
        self.id = id
        self.meta = meta
    }

    /// Creates an identifier pointing at `key`.
    public init(_ key: ResourceKey) {
        self.init(type: key.type, id: key.id)
    }

    /// The `(type, id)` identity of the target.
    public var key: ResourceKey { ResourceKey(type: type, id: id) }
}

extension ResourceIdentifier {
    init(reading reader: JSONReader) throws(DocumentDecodingError) {
        let members = try reader.object()
        type = try readType(members, reader.path)
        guard let idReader = members.member("id", in: reader.path) else {
            throw reader.fail(.resourceWithoutID, "a resource identifier needs an id")
        }
        id = try idReader.string()
        meta = try members.nonNullMember("meta", in: reader.path)?.meta()
    }

    var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["type": .string(type), "id": .string(id)]
        if let meta { members["meta"] = .object(meta) }
        return .object(members)
    }
}

extension ResourceIdentifier: Codable {
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

/// Reads the mandatory, non-empty string `type` of a resource object or identifier.
func readType(_ members: [String: JSONValue], _ path: JSONPath) throws(DocumentDecodingError) -> String {
    guard let typeReader = members.nonNullMember("type", in: path) else {
        throw DocumentDecodingError(.resourceWithoutType, at: path.description, detail: "no type member")
    }
    let type = try typeReader.string()
    guard !type.isEmpty else {
        throw DocumentDecodingError(
            .resourceWithoutType, at: typeReader.path.description, detail: "empty type")
    }
    return type
}

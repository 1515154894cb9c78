/// The top-level `jsonapi` member: the version the server implements, and `meta`.
///
/// Omega sends `"meta": []`; an empty array is read as an empty `meta` object.
public struct JSONAPIObject: Codable, Sendable, Hashable {
    /// The JSON:API version; `nil` means 1.0.
    public var version: String?
    /// Non-standard information.
    public var meta: [String: JSONValue]?

    /// Creates a `jsonapi` object.
    public init(version: String? = "1.0", meta: [String: JSONValue]? = nil) {
        self.version = version
        self.meta = meta
    }

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

extension JSONAPIObject {
    init(reading reader: JSONReader) throws(DocumentDecodingError) {
        let members = try reader.object()
        version = try members.nonNullMember("version", in: reader.path)?.string()
        meta = try members.nonNullMember("meta", in: reader.path)?.meta()
    }

    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [:]
        if let version { members["version"] = .string(version) }
        if let meta { members["meta"] = .object(meta) }
        return .object(members)
    }
}

/// A JSON:API error object. Every member is optional.
///
/// `status` and `code` are strings in the specification; numbers (as some servers send) are read
/// as their text.
public struct ErrorObject: Codable, Sendable, Hashable {
    /// Where the error is located in the request.
    public struct Source: Codable, Sendable, Hashable {
        /// A JSON Pointer (RFC 6901) to the offending value in the request body, e.g. `/data/attributes/ni`.
        public var pointer: String?
        /// The offending query parameter, e.g. `include`.
        public var parameter: String?

        /// Creates a source.
        public init(pointer: String? = nil, parameter: String? = nil) {
            self.pointer = pointer
            self.parameter = parameter
        }
    }

    /// A unique identifier of this occurrence of the problem.
    public var id: String?
    /// Links, e.g. `about`.
    public var links: Links?
    /// The HTTP status code, as a string (`"422"`).
    public var status: String?
    /// An application-specific code, as a string.
    public var code: String?
    /// A short summary that does not change from one occurrence to the next.
    public var title: String?
    /// An explanation specific to this occurrence.
    public var detail: String?
    /// Where the problem is in the request.
    public var source: Source?
    /// Non-standard information.
    public var meta: [String: JSONValue]?

    /// Creates an error object.
    public init(
        id: String? = nil, links: Links? = nil, status: String? = nil, code: String? = nil,
        title: String? = nil, detail: String? = nil, source: Source? = nil, meta: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.links = links
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.source = source
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

/// Where an error is located in the request (`source.pointer` / `source.parameter`).
public typealias ErrorSource = ErrorObject.Source

extension ErrorObject {
    init(reading reader: JSONReader) throws(DocumentDecodingError) {
        let members = try reader.object()
        let path = reader.path
        id = try members.nonNullMember("id", in: path)?.stringOrNumber()
        links = try members.nonNullMember("links", in: path).map(Link.readLinks)
        status = try members.nonNullMember("status", in: path)?.stringOrNumber()
        code = try members.nonNullMember("code", in: path)?.stringOrNumber()
        title = try members.nonNullMember("title", in: path)?.string()
        detail = try members.nonNullMember("detail", in: path)?.string()
        if let sourceReader = members.nonNullMember("source", in: path) {
            let sourceMembers = try sourceReader.object()
            source = Source(
                pointer: try sourceMembers.nonNullMember("pointer", in: sourceReader.path)?.string(),
                parameter: try sourceMembers.nonNullMember("parameter", in: sourceReader.path)?.string())
        } else {
            source = nil
        }
        meta = try members.nonNullMember("meta", in: path)?.meta()
    }

    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [:]
        if let id { members["id"] = .string(id) }
        if let links { members["links"] = Link.jsonValue(of: links) }
        if let status { members["status"] = .string(status) }
        if let code { members["code"] = .string(code) }
        if let title { members["title"] = .string(title) }
        if let detail { members["detail"] = .string(detail) }
        if let source {
            var sourceMembers: [String: JSONValue] = [:]
            if let pointer = source.pointer { sourceMembers["pointer"] = .string(pointer) }
            if let parameter = source.parameter { sourceMembers["parameter"] = .string(parameter) }
            members["source"] = .object(sourceMembers)
        }
        if let meta { members["meta"] = .object(meta) }
        return .object(members)
    }
}

/// A link: a URL, optionally with `meta`. On the wire either `"url"` or `{"href": "url", "meta": {…}}`.
public struct Link: Hashable, Sendable {
    /// The URL (possibly relative, as Omega sends `"/"`).
    public var href: String
    /// Non-standard information about the link, e.g. Omega's `total` and `count`.
    public var meta: [String: JSONValue]?

    /// Creates a link.
    public init(href: String, meta: [String: JSONValue]? = nil) {
        self.href = href
        self.meta = meta
    }
}

/// A links object. A link sent as `null` (an unavailable pagination link) is simply absent.
public typealias Links = [String: Link]

extension Link {
    init(reading reader: JSONReader) throws(DocumentDecodingError) {
        switch reader.value {
        case .string(let href):
            self.init(href: href)
        case .object(let members):
            guard let hrefReader = members.member("href", in: reader.path) else {
                throw reader.fail(.invalidMember, "a link object needs an href")
            }
            self.init(
                href: try hrefReader.string(),
                meta: try members.nonNullMember("meta", in: reader.path)?.meta())
        default:
            throw reader.fail(
                .invalidMember, "a link must be a string or an object, found \(reader.value.kindName)")
        }
    }

    var jsonValue: JSONValue {
        guard let meta else { return .string(href) }
        return .object(["href": .string(href), "meta": .object(meta)])
    }

    static func readLinks(_ reader: JSONReader) throws(DocumentDecodingError) -> Links {
        var links = Links()
        for (name, value) in try reader.object() where !value.isNull {
            links[name] = try Link(reading: JSONReader(value, at: reader.path.appending(name)))
        }
        return links
    }

    static func jsonValue(of links: Links) -> JSONValue {
        .object(links.mapValues(\.jsonValue))
    }
}

extension Link: Codable {
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

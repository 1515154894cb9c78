import Foundation

extension Document {
    /// Decodes a document from JSON bytes.
    ///
    /// - Throws: ``DocumentDecodingError`` with a ``DocumentDecodingError/Kind`` and the coding
    ///   path of the first problem found.
    public static func decode(_ data: Data) throws(DocumentDecodingError) -> Document {
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw DocumentDecodingError(.notJSON, at: "", detail: "the body is not JSON text (\(error))")
        }
        return try Document(json: value)
    }

    /// Reads a document from an already parsed JSON value.
    public init(json value: JSONValue) throws(DocumentDecodingError) {
        let root = JSONReader(value, at: .root)
        guard case .object(let members) = value else {
            throw root.fail(.notAnObject, "the document must be a JSON object, found \(value.kindName)")
        }
        let path = JSONPath.root
        let dataReader = members.member("data", in: path)
        // `errors`, `meta` and `included` set to null (sloppy but harmless) are read as absent;
        // `data: null` is meaningful ("no such resource").
        let errorsReader = members.nonNullMember("errors", in: path)
        let metaReader = members.nonNullMember("meta", in: path)
        guard dataReader != nil || errorsReader != nil || metaReader != nil else {
            throw root.fail(.missingTopLevelMember, "a document needs data, errors or meta")
        }
        if dataReader != nil, errorsReader != nil {
            throw root.fail(.dataAndErrorsTogether, "data and errors must not both be present")
        }
        let includedReader = members.nonNullMember("included", in: path)
        if includedReader != nil, dataReader == nil {
            throw root.fail(.includedWithoutData, "included must not be present without data")
        }

        let data = try dataReader.map(PrimaryData.init(reading:))
        var included: [Resource] = []
        if let includedReader {
            let elements = try includedReader.array()
            included.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                let reader = JSONReader(element, at: includedReader.path.appending(index))
                included.append(try Resource(reading: reader, requireID: true))
            }
        }
        var errors: [ErrorObject]?
        if let errorsReader {
            let elements = try errorsReader.array()
            errors = try elements.enumerated().map { (index, element) throws(DocumentDecodingError) in
                try ErrorObject(reading: JSONReader(element, at: errorsReader.path.appending(index)))
            }
        }
        self.init(
            data: data,
            included: included,
            errors: errors,
            meta: try metaReader?.meta(),
            links: try members.nonNullMember("links", in: path).map(Link.readLinks),
            jsonapi: try members.nonNullMember("jsonapi", in: path).map(JSONAPIObject.init(reading:)))
    }

    /// The document as a JSON value. `included` is written only when not empty.
    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = [:]
        if let data { members["data"] = data.jsonValue }
        if !included.isEmpty { members["included"] = .array(included.map(\.jsonValue)) }
        if let errors { members["errors"] = .array(errors.map(\.jsonValue)) }
        if let meta { members["meta"] = .object(meta) }
        if let links { members["links"] = Link.jsonValue(of: links) }
        if let jsonapi { members["jsonapi"] = jsonapi.jsonValue }
        return .object(members)
    }

    /// The document as JSON bytes (keys sorted, so the output is stable), e.g. for a request body.
    public func encoded() throws -> Data {
        try jsonValue.jsonData()
    }
}

extension Document: Codable {
    /// Decodes the value from its JSON:API form, with the same rules as ``Document/decode(_:)``.
    public init(from decoder: any Decoder) throws {
        try self.init(json: try JSONValue(from: decoder))
    }

    /// Encodes the value in its JSON:API form.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

import Foundation

extension Resource {
    /// Decodes the attributes into a model (typically one whose fields use ``Loose``).
    ///
    /// Unknown attributes are ignored by synthesized `Codable`; missing ones are `nil` for
    /// ``Loose`` and optional fields. Plain `Date` fields accept the forms of ``OmegaDate/parse(_:)``.
    ///
    /// - Throws: ``DocumentDecodingError`` of kind ``DocumentDecodingError/Kind/invalidAttribute``
    ///   naming this resource's type and id and the attribute's coding path (`attributes.ttc`).
    public func decodeAttributes<T: Decodable>(as type: T.Type = T.self) throws -> T {
        do {
            return try JSONValueDecoder.decode(type, from: .object(attributes))
        } catch let error as DecodingError {
            throw attributeError(error)
        }
    }

    /// Creates a resource whose attributes are the encoded form of `attributes` (a model; fields
    /// that use ``Loose``, and plain `Date` fields, come out in Omega's wire form).
    ///
    /// - Throws: `EncodingError` when the model fails to encode, or ``DocumentDecodingError`` of
    ///   kind ``DocumentDecodingError/Kind/invalidAttribute`` when it does not encode as an object.
    public init<T: Encodable>(
        type: String, id: String? = nil, encoding attributes: T, relationships: [String: Relationship] = [:],
        links: Links? = nil, meta: [String: JSONValue]? = nil
    ) throws {
        // Plain `Date` fields are written in Omega's form too, as ``decodeAttributes(as:)`` reads them.
        let value = try JSONValueEncoder.encode(attributes)
        guard case .object(let members) = value else {
            throw DocumentDecodingError(
                .invalidAttribute, at: "attributes",
                detail: "the model must encode as an object, not \(value.kindName)",
                resourceType: type, resourceID: id)
        }
        self.init(
            type: type, id: id, attributes: members, relationships: relationships, links: links, meta: meta)
    }

    private func attributeError(_ error: DecodingError) -> DocumentDecodingError {
        let codingPath: [any CodingKey]
        let detail: String
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            codingPath = context.codingPath
            detail = context.debugDescription
        case .keyNotFound(let key, let context):
            codingPath = context.codingPath + [key]
            detail = "missing attribute \(key.stringValue)"
        @unknown default:
            codingPath = []
            detail = "\(error)"
        }
        let path = JSONPath.render(codingPath)
        return DocumentDecodingError(
            .invalidAttribute, at: path.isEmpty ? "attributes" : "attributes.\(path)", detail: detail,
            resourceType: type, resourceID: id)
    }
}

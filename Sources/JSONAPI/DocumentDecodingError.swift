/// A document, or a resource's attributes, that cannot be read: what is wrong and where.
///
/// `codingPath` names the place in the document with dots for members and brackets for array
/// indices, e.g. `data[0].attributes.ttc` or `included[2].type`; it is empty for the root.
public struct DocumentDecodingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The class of problem.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The bytes are not JSON text.
        case notJSON
        /// The root is JSON but not an object.
        case notAnObject
        /// The root has none of `data`, `errors` and `meta`.
        case missingTopLevelMember
        /// `data` and `errors` are both present.
        case dataAndErrorsTogether
        /// `included` is present without `data`.
        case includedWithoutData
        /// A resource object or resource identifier has no `type`, or an empty one.
        case resourceWithoutType
        /// A resource identifier (or an included resource) has no `id`.
        case resourceWithoutID
        /// A member has the wrong JSON kind (e.g. `links` is a string, `id` is a number).
        case invalidMember
        /// An attribute or relationship is named `type` or `id`, which JSON:API forbids.
        case reservedFieldName
        /// An attribute cannot be decoded into the requested model (see ``Resource/decodeAttributes(as:)``).
        case invalidAttribute
        /// A second resource object with the same `(type, id)` (only reported by
        /// ``Document/validateCompoundDocument()``; decoding keeps the first).
        case duplicateResource
        /// An included resource that no relationship reaches from the primary data (only reported by
        /// ``Document/validateCompoundDocument()``).
        case unlinkedIncludedResource
    }

    /// The class of problem.
    public var kind: Kind
    /// Where the problem is, e.g. `data[0].attributes.ttc`; empty for the document root.
    public var codingPath: String
    /// A human explanation (what was expected, what was found).
    public var detail: String
    /// The type of the resource concerned, when known (attribute decoding errors).
    public var resourceType: String?
    /// The id of the resource concerned, when known (attribute decoding errors).
    public var resourceID: String?

    /// Creates an error.
    public init(
        _ kind: Kind, at codingPath: String, detail: String, resourceType: String? = nil,
        resourceID: String? = nil
    ) {
        self.kind = kind
        self.codingPath = codingPath
        self.detail = detail
        self.resourceType = resourceType
        self.resourceID = resourceID
    }

    /// A readable rendering, for logs and messages.
    public var description: String {
        var text = "Invalid JSON:API document (\(kind.rawValue))"
        if let resourceType {
            text += " in resource \(resourceType)"
            if let resourceID { text += " \(resourceID)" }
        }
        text += codingPath.isEmpty ? " at the root" : " at \(codingPath)"
        return text + ": \(detail)"
    }
}

/// The primary data of a document: one resource (or `null`), or a collection (possibly empty).
///
/// A collection is always `.many`, even with one element. Resource identifiers used as primary
/// data (relationship endpoints) are read as resources without attributes.
public enum PrimaryData: Sendable, Hashable {
    /// A single resource, or `nil` for `"data": null` ("there is currently no such resource").
    case single(Resource?)
    /// A collection of resources.
    case many([Resource])

    /// The resources, as an array (empty for `null`).
    public var resources: [Resource] {
        switch self {
        case .single(let resource): resource.map { [$0] } ?? []
        case .many(let resources): resources
        }
    }
}

extension PrimaryData {
    init(reading reader: JSONReader) throws(DocumentDecodingError) {
        switch reader.value {
        case .null:
            self = .single(nil)
        case .object:
            self = .single(try Resource(reading: reader, requireID: false))
        case .array(let elements):
            var resources: [Resource] = []
            resources.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                let elementReader = JSONReader(element, at: reader.path.appending(index))
                resources.append(try Resource(reading: elementReader, requireID: false))
            }
            self = .many(resources)
        default:
            throw reader.fail(
                .invalidMember,
                "primary data must be null, an object or an array, found \(reader.value.kindName)")
        }
    }

    var jsonValue: JSONValue {
        switch self {
        case .single(let resource): resource?.jsonValue ?? .null
        case .many(let resources): .array(resources.map(\.jsonValue))
        }
    }
}

import Foundation
import JSONAPI
import OmegaClient

/// Reads the body stored with a request: a JSON:API document (`{"data": {"type", "attributes"}}`)
/// or a bare resource object (`{"type", "attributes"}`), as the HTTP layer received it.
enum RequestPayload {
    /// The attributes of the payload's resource, or `nil` when the payload is not readable.
    static func attributes(_ payload: Data?) -> [String: JSONValue]? {
        guard let payload, let json = try? JSONValue.parse(payload) else { return nil }
        let resource = json["data"] ?? json
        return resource["attributes"]?.objectValue ?? (resource.objectValue == nil ? nil : [:])
    }

    /// The payload's attributes decoded as `T` (leniently, as any Omega resource), with a
    /// placeholder id when the payload carries none (a resource being created).
    static func decode<T: OmegaModel>(_ type: T.Type, _ payload: Data?) -> T? {
        guard var attributes = attributes(payload) else { return nil }
        if attributes[T.idAttribute] == nil || attributes[T.idAttribute] == .null {
            attributes[T.idAttribute] = .string("0")
        }
        return try? T(resource: Resource(type: T.resourceType, attributes: attributes))
    }
}

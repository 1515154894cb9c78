import Foundation
import JSONAPI

/// libFuzzer entry: any bytes given to `Document.decode` either decode or fail with a typed
/// error, and whatever decodes survives the uses the client makes of a document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONAPIDocument(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let document: Document
    do {
        document = try Document.decode(data)
    } catch {
        // Typed by the signature; its description must be printable.
        precondition(!error.description.isEmpty)
        return 0
    }
    for resource in document.resources + document.included {
        if let key = resource.key { _ = document.resource(key) }
        for name in resource.relationships.keys { _ = document.related(resource, name) }
        _ = try? resource.decodeAttributes(as: LooseAttributes.self)
    }
    _ = document.duplicateKeys
    _ = document.total
    _ = document.count
    // What the library writes, it reads back as the same document.
    if let text = try? document.encoded() {
        guard let again = try? Document.decode(text) else {
            preconditionFailure(
                "an encoded document does not decode: \(String(decoding: text, as: UTF8.self))")
        }
        precondition(again == document, "a document changed through encoding")
    }
    return 0
}

/// The lenient readings models use for Omega's scalars.
private struct LooseAttributes: Decodable {
    @Loose var ttc: Decimal?
    @Loose var datefact: Date?
    @Loose var preleve: Bool?
    @Loose var consofac: Int?
    @Loose var nofacture: String?
}

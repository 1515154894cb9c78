import Foundation
import JSONAPI

/// libFuzzer entry: any query string given to the sandbox's `ListQuery.parse` is read or
/// refused with an `APIError`; what is read keeps its bounds, and its filters can be evaluated
/// against resources of every shape without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSandboxQuery(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(
        decoding: UnsafeBufferPointer(start: start, count: start == nil ? 0 : count), as: UTF8.self)
    guard var query = try? ListQuery.parse(text) else { return 0 }
    precondition((1...ListQuery.maximumLimit).contains(query.limit), "page limit \(query.limit)")
    precondition(query.offset >= 0, "negative offset")
    for resource in sampleGraph.resources.values {
        _ = query.filter.matches(resource, in: sampleGraph)
    }
    _ = query.filter.takeEquality(on: "id")
    return 0
}

/// A few resources with the kinds of values Omega sends: strings, numbers, null, dates,
/// nested objects, to-one and to-many relationships, and a cycle.
private let sampleGraph: ResourceGraph = {
    var graph = ResourceGraph()
    let contrat = Resource(
        type: "Partner_Contrat", id: "1",
        attributes: [
            "numcontrat": "C-0001", "datedeb": "2024-01-01 00:00:00",
            "solde": .number(Decimal(string: "12.5")!), "nul": nil,
            "flag": true, "liste": [1, "a", nil], "objet": ["k": "v"],
        ],
        relationships: [
            "pconso": Relationship(data: .toOne(ResourceIdentifier(type: "Partner_Pconso", id: "2"))),
            "factures": Relationship(data: .toMany([ResourceIdentifier(type: "Partner_Facture", id: "3")])),
        ])
    let pconso = Resource(
        type: "Partner_Pconso", id: "2", attributes: ["nompers": "FONTAINE Émile", "numserie": "A12"],
        relationships: [
            "contrat": Relationship(data: .toOne(ResourceIdentifier(type: "Partner_Contrat", id: "1")))
        ])
    let facture = Resource(
        type: "Partner_Facture", id: "3", attributes: ["ttc": "77.46", "datefact": "2024-10-20 00:00:00"])
    for resource in [contrat, pconso, facture] { graph.insert(resource) }
    return graph
}()

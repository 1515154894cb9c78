import Foundation
import JSONAPI
import OmegaClient

/// Decoding speed of an Omega-style invoice list: loose strings for numbers, local dates.
struct JSONAPIBenchmark {
    let resources: Int
    let iterations: Int

    func makeDocument() -> Data {
        var items: [String] = []
        items.reserveCapacity(resources)
        for index in 0..<resources {
            let ht = Decimal(index % 400) + Decimal(string: "0.42")!
            items.append(
                """
                {"type":"Partner_Facture","id":"\(index)","attributes":{"facture_id":"\(index)",\
                "nofacture":"\(String(format: "%06d", index))","exercice":"2024","datefact":"2024-10-20 00:00:00",\
                "consofac":"\(index % 90)","ht":"\(ht)","tva":"4.04","ttc":"77.46","nap":"77.46",\
                "datech":"2024-11-03 00:00:00","preleve":"\(index % 2)","annulee":"0","avoir":"0","solde":"0"},\
                "relationships":{"contfact":{"data":[{"type":"Partner_Contfact","id":"\(index)"}]}}}
                """)
        }
        let json = """
            {"jsonapi":{"version":"1.0","meta":[]},"links":{"related":{"href":"/","meta":{"total":\(resources),\
            "count":\(resources)}}},"data":[\(items.joined(separator: ","))]}
            """
        return Data(json.utf8)
    }

    func run() async throws {
        let data = makeDocument()
        var decoded = 0
        let seconds = try await Measure.seconds {
            for _ in 0..<iterations {
                let document = try Document.decode(data)
                for resource in document.resources {
                    _ = try resource.decodeAttributes(as: Facture.self)
                    decoded += 1
                }
            }
        }
        let megabytes = Double(data.count * iterations) / 1_048_576
        print(
            String(
                format:
                    "jsonapi: %d invoices decoded to models in %.2f s: %.0f invoices/s, %.1f MiB/s (document %.0f KiB)",
                decoded, seconds, Double(decoded) / seconds, megabytes / seconds, Double(data.count) / 1024))
    }
}

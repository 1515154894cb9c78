import Foundation
import JSONAPI
import OmegaClient

/// Decoding speed of an Omega-style invoice list: loose strings for numbers, local dates.
///
/// Two readers of the JSON text are measured side by side, alternating round by round so that a
/// busy machine slows both alike: ``Document/decode(_:)`` (the library's own path) and Foundation's
/// `JSONDecoder` decoding a ``JSONValue`` then ``Document/init(json:)``. Each is timed at three
/// depths: text to `JSONValue`, text to `Document`, and text to typed `Facture` models.
struct JSONAPIBenchmark {
    let resources: Int
    let iterations: Int
    var rounds = 5

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

    /// One way of turning the bytes into a `JSONValue`.
    private struct Reader: Sendable {
        let name: String
        let value: @Sendable (Data) throws -> JSONValue
        let document: @Sendable (Data) throws -> Document
    }

    private static let readers = [
        Reader(name: "Document.decode", value: JSONValue.parse, document: Document.decode),
        Reader(
            name: "JSONDecoder",
            value: { try JSONDecoder().decode(JSONValue.self, from: $0) },
            document: { try Document(json: try JSONDecoder().decode(JSONValue.self, from: $0)) }),
    ]

    func run() async throws {
        let data = makeDocument()
        try checkSameResult(data)
        // best[reader][depth] in seconds for `iterations` decodes.
        var best = Array(repeating: Array(repeating: Double.infinity, count: 3), count: Self.readers.count)
        for _ in 0..<rounds {
            for (position, reader) in Self.readers.enumerated() {
                let times = try await measure(reader, data)
                for depth in 0..<3 { best[position][depth] = min(best[position][depth], times[depth]) }
            }
        }
        let kib = Double(data.count) / 1024
        let own = best[0]
        let foundation = best[1]
        let invoices = Double(resources * iterations)
        print(
            String(
                format:
                    "jsonapi: %d invoices decoded to models in %.2f s: %.0f invoices/s, %.1f MiB/s (document %.0f KiB)",
                resources * iterations, own[2], invoices / own[2],
                Double(data.count * iterations) / 1_048_576 / own[2],
                kib))
        for (depth, label) in ["text to JSONValue", "text to Document", "text to models"].enumerated() {
            print(
                String(
                    format: "jsonapi: %@: own parser %.1f ms, JSONDecoder %.1f ms per document (%.2fx)",
                    label, own[depth] * 1000 / Double(iterations),
                    foundation[depth] * 1000 / Double(iterations), foundation[depth] / own[depth]))
        }
        print("jsonapi: best of \(rounds) rounds of \(iterations) decodes each, readers alternating")
    }

    /// Seconds for `iterations` decodes at each depth.
    private func measure(_ reader: Reader, _ data: Data) async throws -> [Double] {
        let toValue = try await Measure.seconds {
            for _ in 0..<iterations { _ = try reader.value(data) }
        }
        let toDocument = try await Measure.seconds {
            for _ in 0..<iterations { _ = try reader.document(data) }
        }
        let toModels = try await Measure.seconds {
            for _ in 0..<iterations {
                for resource in try reader.document(data).resources {
                    _ = try resource.decodeAttributes(as: Facture.self)
                }
            }
        }
        return [toValue, toDocument, toModels]
    }

    /// Both readers must give the same document, or the comparison means nothing.
    private func checkSameResult(_ data: Data) throws {
        let documents = try Self.readers.map { try $0.document(data) }
        guard documents.dropFirst().allSatisfy({ $0 == documents[0] }),
            documents[0].resources.count == resources
        else {
            throw BenchmarkError(message: "the JSON readers disagree on the benchmark document")
        }
    }
}

import Foundation
import OmegaAdapter
import OmegaSandbox
import SelfService

/// The counter's searches, exactly as `omega-tui --counter` sends them (Hawk-signed
/// `partner/pconso` with Omega filters), against a sandbox of `subscribers` people: how long
/// a desk agent waits after Enter.
struct CounterSearchBenchmark {
    let subscribers: Int
    /// A database kept between runs (generated on the first), or nil for a temporary one.
    var databasePath: String?
    let repetitions = 5

    func run() async throws {
        let partner = PartnerCredential(
            id: "bench-partner", key: "bench-partner-key-0123456789abcdef", apiID: "bench@omega-bench",
            communes: .all)
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, databasePath: databasePath, subscribers: subscribers, reviewMode: .manual,
                partners: [partner],
                logger: quietLogger))
        let port = try await server.start()
        let services = CounterServices(
            baseURL: "http://127.0.0.1:\(port)/api/v1/",
            credentials: PartnerCredentials(id: partner.id, key: partner.key, apiId: partner.apiID),
            agent: "bench", audit: nil)
        do {
            try await measure(services.directory)
        } catch {
            try? await services.transport.shutdown()
            await server.shutdown()
            throw error
        }
        try await services.transport.shutdown()
        await server.shutdown()
    }

    private func measure(_ directory: any CounterDirectory) async throws {
        let number = DemoDataGenerator.demoContractNumbers.first ?? ""
        let demo = try await directory.search(SubscriberSearchRequest(kind: .contractNumber, text: number))
        guard let row = demo.results.first else {
            throw BenchmarkError(message: "contract \(number) not found")
        }
        let name = String(row.nom.prefix(4))
        let serial = row.numeroSerieCompteur ?? ""
        // "NOM Prénom" as the results show it, typed the other way round and in lower case.
        let words = row.nom.split(separator: " ").map { $0.lowercased() }
        let reversed = (words.dropFirst() + words.prefix(1)).joined(separator: " ")
        let searches: [(label: String, request: SubscriberSearchRequest)] = [
            ("contract number", SubscriberSearchRequest(kind: .contractNumber, text: number)),
            ("meter serial", SubscriberSearchRequest(kind: .meterSerial, text: serial)),
            (
                "meter serial start \"\(serial.prefix(5).lowercased())\"",
                SubscriberSearchRequest(kind: .meterSerial, text: String(serial.prefix(5)).lowercased())
            ),
            (
                "meter serial end \"\(serial.suffix(5))\"",
                SubscriberSearchRequest(kind: .meterSerial, text: String(serial.suffix(5)))
            ),
            ("name begins \"\(reversed)\"", SubscriberSearchRequest(kind: .nameBegins, text: reversed)),
            ("name begins \"\(name)\"", SubscriberSearchRequest(kind: .nameBegins, text: name)),
            (
                "name contains \"\(name.dropFirst())\"",
                SubscriberSearchRequest(kind: .nameContains, text: String(name.dropFirst()))
            ),
            ("name begins \"m\", page 5", SubscriberSearchRequest(kind: .nameBegins, text: "m", page: 5)),
            (
                "name contains \"ont\", page 20",
                SubscriberSearchRequest(kind: .nameContains, text: "ont", page: 20)
            ),
            (
                "street \"fontaine\" in \"al\"",
                SubscriberSearchRequest(kind: .streetAndTown, text: "fontaine", town: "al")
            ),
        ]
        for search in searches {
            var samples: [Double] = []
            var total: Int?
            for _ in 0..<repetitions {
                samples.append(
                    try await Measure.seconds { total = try await directory.search(search.request).total })
            }
            print(
                String(
                    format: "counter search: %@ — median %.0f ms (%d matches, %d subscribers)", search.label,
                    Measure.percentile(samples, 0.5) * 1000, total ?? -1, subscribers))
        }
    }
}

import Foundation
import OmegaSandbox

/// Time to generate the sandbox's demo population (target: 100 000 subscribers under a minute).
struct DemoDataBenchmark {
    let subscribers: Int

    func run() async throws {
        let store = try SandboxStore.temporary()
        defer { try? FileManager.default.removeItem(atPath: store.path) }
        let seconds = try await Measure.seconds {
            _ = try await DemoDataGenerator(seed: 1, subscribers: subscribers)
                .generate(into: store, demoPasswordHash: "not-a-real-hash")
            try await store.createIndexes()
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
        print(
            String(
                format: "demo: %d subscribers generated in %.1f s (database %.0f MiB)", subscribers, seconds,
                Double(size) / 1_048_576))
    }
}

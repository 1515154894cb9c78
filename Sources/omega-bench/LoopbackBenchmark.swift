import Foundation
import Logging
import OmegaClient
import OmegaSandbox

/// Round trip of a subscriber call (readings page) through the real client and the sandbox
/// over loopback HTTP.
struct LoopbackBenchmark {
    let requests: Int

    func run() async throws {
        let server = try await SandboxServer(
            configuration: .init(port: 0, subscribers: 20, reviewMode: .manual, logger: quietLogger))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "bench@omega-bench"))
        let api = SubscriberAPI(session: SubscriberSession(transport: transport))
        var samples: [Double] = []
        do {
            let login = try await Measure.seconds {
                try await api.login(email: "demo@omega.test", password: "Eau-Claire-2026")
            }
            let contract = try await api.contrats().items.first
            guard let contract else { throw BenchmarkError(message: "the demo account has no contract") }
            for _ in 0..<requests {
                samples.append(
                    try await Measure.seconds { _ = try await api.releves(contratId: contract.id) })
            }
            print(
                String(
                    format:
                        "loopback: login %.0f ms (bcrypt); readings page p50 %.1f ms, p95 %.1f ms over %d calls",
                    login * 1000, Measure.percentile(samples, 0.5) * 1000,
                    Measure.percentile(samples, 0.95) * 1000,
                    requests))
        } catch {
            try? await transport.shutdown()
            await server.shutdown()
            throw error
        }
        try await transport.shutdown()
        await server.shutdown()
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// The sandbox's request log would drown the figures (and cost time in the loop measured).
let quietLogger: Logger = {
    var logger = Logger(label: "omega-sandbox")
    logger.logLevel = .warning
    return logger
}()

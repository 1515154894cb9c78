import Foundation
import OmegaClient
import OmegaSandbox
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

/// The counter front end driven like a terminal: keys into an `EventLoop` over a grid canvas,
/// against an in-process sandbox.
@Suite("Counter app over the sandbox (grid canvas)", .serialized)
@MainActor
struct CounterAppModelTests {
    static let partner = PartnerCredential(
        id: "guichet-tests", key: "guichet-tests-key-0123456789abcdef", apiID: "guichet@tests", communes: .all
    )

    /// Runs the counter loop on a 100x30 grid; `body` types keys and reads the canvas.
    func withCounter(
        idleTimeout: TimeInterval = 300,
        _ body:
            @MainActor (_ press: ([Key]) -> Void, _ canvas: GridCanvas, _ model: CounterAppModel) async throws
            ->
            Void
    ) async throws {
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: 20, reviewMode: .manual, partners: [Self.partner]))
        let port = try await server.start()
        let services = CounterServices(
            baseURL: "http://127.0.0.1:\(port)/api/v1/",
            credentials: PartnerCredentials(
                id: Self.partner.id, key: Self.partner.key, apiId: Self.partner.apiID),
            agent: "agent.test", audit: nil)
        let canvas = GridCanvas(columns: 100, rows: 30)
        let (keys, input) = AsyncStream.makeStream(of: Key.self)
        let loop = EventLoop<CounterMessage>(keys: keys, canvas: canvas)
        let model = CounterAppModel(
            services: services, idleTimeout: idleTimeout, inbox: loop.inbox, canvasSize: { canvas.size })
        loop.tickInterval = .milliseconds(100)
        let running = Task {
            await loop.run {
                model.handle($0)
            } render: {
                model.render(on: $0)
            }
        }
        do {
            try await body({ keys in for key in keys { input.yield(key) } }, canvas, model)
        } catch {
            input.finish()
            await running.value
            try? await services.transport.shutdown()
            await server.shutdown()
            throw error
        }
        input.finish()
        await running.value
        try? await services.transport.shutdown()
        await server.shutdown()
    }

    /// Polls the canvas until `predicate` holds (or 15 s pass); returns the last text.
    func waitFor(_ canvas: GridCanvas, _ predicate: (String) -> Bool) async throws -> String {
        for _ in 0..<150 {
            if predicate(canvas.text) { return canvas.text }
            try await Task.sleep(for: .milliseconds(100))
        }
        return canvas.text
    }

    @Test("contract number, Enter, Enter: the subscriber opens under the counter header; Esc leaves it")
    func searchOpenLeave() async throws {
        let number = try #require(DemoDataGenerator.demoContractNumbers.first)
        try await withCounter { press, canvas, model in
            #expect(
                try await waitFor(canvas) { $0.contains("Rechercher un abonné") }.contains(
                    "Rechercher un abonné"))
            press([.character("x"), .backspace])
            press(number.map { .character($0) })
            press([.enter])
            let found = try await waitFor(canvas) { $0.contains("1 abonné — page 1/1") }
            #expect(found.contains(number), "\(found)")
            press([.enter])
            let opened = try await waitFor(canvas) { $0.hasPrefix(" Guichet — agent agent.test — pour ") }
            #expect(canvas.rows[0].contains(number), "\(opened)")
            #expect(model.controller != nil)
            _ = try await waitFor(canvas) { _ in model.controller?.state.contractsLoaded == true }
            press([.escape])
            let back = try await waitFor(canvas) { $0.contains("Rechercher un abonné") }
            #expect(!back.contains(number), "\(back)")
            #expect(model.controller == nil)
            #expect(model.flow.search == SubscriberSearchState())
        }
    }

    @Test("the idle timeout warns, then returns to an empty search")
    func idleTimeout() async throws {
        let number = try #require(DemoDataGenerator.demoContractNumbers.first)
        try await withCounter(idleTimeout: 3) { press, canvas, model in
            press(number.map { .character($0) })
            press([.enter])
            _ = try await waitFor(canvas) { $0.contains("1 abonné") }
            press([.enter])
            _ = try await waitFor(canvas) { $0.contains(" — pour ") }
            #expect(model.controller != nil)
            let warned = try await waitFor(canvas) { $0.contains("Inactivité") }
            #expect(warned.contains("Inactivité"))
            let back = try await waitFor(canvas) {
                $0.contains("Rechercher un abonné") && !$0.contains("Inactivité")
            }
            #expect(!back.contains(number), "\(back)")
            #expect(model.controller == nil)
        }
    }
}

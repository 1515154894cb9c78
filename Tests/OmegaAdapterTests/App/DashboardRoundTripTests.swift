import Foundation
import OmegaAdapter
import OmegaClient
import SelfService
import Synchronization
import Testing

@testable import OmegaSandbox

/// Login to a full Accueil against the real sandbox, counting what a distant server would
/// make the subscriber wait for: every request is held at the sandbox's door until every
/// piece of work the app started is waiting there; then the whole wave is let through. The
/// number of waves is the number of sequential round trips, whatever the network's speed.
@MainActor
@Suite struct DashboardRoundTripTests {
    @Test func loginToAFullAccueilTakesThreeRoundTripsAndFiveRequests() async throws {
        let door = Door()
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: 20, reviewMode: .manual, logger: MiniPopulation.quietLogger,
                requestTap: { event in await door.pass(event) }))
        let port = try await server.start()
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: "http://127.0.0.1:\(port)/api/v1/", apiId: "tests@round-trips"))
        let account = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        let runner = AppSandbox.makeRunner(account: account)
        defer { runner.store.cancelAll() }
        try await AppSandbox.start(runner)
        runner.send(.login(.form(.set(.email, AppSandbox.demoEmail))))
        runner.send(.login(.form(.focusNext)))
        runner.send(.login(.form(.set(.password, AppSandbox.demoPassword))))
        runner.send(.login(.form(.submit)))

        var waves: [[String]] = []
        while !Self.isFull(runner.state) || Self.networkWork(runner.store) > 0 {
            // Receive answers until every running call waits at the door (or nothing runs).
            _ = await runner.run(
                until: { _ in door.heldCount >= Self.networkWork(runner.store) }, timeout: .milliseconds(20))
            let work = Self.networkWork(runner.store)
            guard work > 0, door.heldCount >= work else { continue }
            waves.append(door.releaseAll())
            try #require(waves.count < 10, "the app keeps asking: \(waves)")
        }
        await server.shutdown()
        try? await transport.shutdown()

        let requests = waves.flatMap { $0 }
        #expect(waves.count <= 3, "sequential round trips: \(waves)")
        #expect(requests.count <= 5, "requests: \(waves)")
        #expect(Set(requests).count == requests.count, "a request repeated: \(waves)")
        #expect(waves.first == ["POST /api/v1/subscriber/token"])
    }

    /// Accueil shows everything it has: person, contract, readings, invoices, requests, messages.
    private static func isFull(_ state: AppState) -> Bool {
        state.screen == .accueil && state.session.profile != nil && state.contracts.hasLoaded
            && state.readings.list.hasLoaded && state.invoices.list.hasLoaded && state.requests.list.hasLoaded
            && state.messages.hasLoaded && !state.isBusy
    }

    /// Running work that calls the server (timers and drafts do not).
    private static func networkWork(_ store: Store<AppState, AppAction>) -> Int {
        store.runningIDs.filter { id in
            switch id {
            case .toast, .requestPoll, .draft: return false
            default: return true
            }
        }.count
    }
}

/// The sandbox's door: each arriving request waits until ``releaseAll()``.
private final class Door: Sendable {
    private struct Held {
        var waiting: [(String, CheckedContinuation<Void, Never>)] = []
    }
    private let held = Mutex(Held())

    var heldCount: Int { held.withLock { $0.waiting.count } }

    func pass(_ event: RequestTapEvent) async {
        guard case .arrived(let request) = event else { return }
        await withCheckedContinuation { continuation in
            held.withLock { $0.waiting.append(("\(request.method) \(request.path)", continuation)) }
        }
    }

    /// Lets every held request through; returns them, sorted.
    func releaseAll() -> [String] {
        let released = held.withLock { state in
            defer { state.waiting = [] }
            return state.waiting
        }
        for (_, continuation) in released { continuation.resume() }
        return released.map(\.0).sorted()
    }
}

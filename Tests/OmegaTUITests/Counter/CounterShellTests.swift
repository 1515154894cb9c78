import Foundation
import OmegaAdapter
import OmegaSandbox
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

/// The counter front end driven like a terminal: keys and ticks into a `CounterShell` drawn on
/// a grid, against an in-process sandbox through the partner API.
@Suite("Counter shell over the sandbox (grid canvas)", .serialized)
@MainActor
struct CounterShellTests {
    static let partner = PartnerCredential(
        id: "guichet-tests", key: "guichet-tests-key-0123456789abcdef", apiID: "guichet@tests", communes: .all
    )

    /// Runs a counter for `agent.test` over a fresh sandbox; `body` types keys and reads frames.
    func withCounter(idleTimeout: TimeInterval = 300, _ body: (CounterDriver) async throws -> Void)
        async throws
    {
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, seed: 1, subscribers: 20, reviewMode: .manual, partners: [Self.partner]))
        let port = try await server.start()
        let services = CounterServices(
            baseURL: "http://127.0.0.1:\(port)/api/v1/",
            credentials: PartnerCredentials(
                id: Self.partner.id, key: Self.partner.key, apiId: Self.partner.apiID),
            agent: "agent.test", audit: nil)
        let driver = CounterDriver(
            agent: "agent.test", directory: services.directory, idleTimeout: idleTimeout,
            size: Size(columns: 100, rows: 30))
        var failure: (any Error)?
        do {
            try await body(driver)
        } catch {
            failure = error
        }
        driver.shell.store.cancelAll()
        try? await services.transport.shutdown()
        await server.shutdown()
        if let failure { throw failure }
    }

    /// Types a contract number, Enter, then Enter on its row, and waits for its Accueil.
    func open(_ number: String, on driver: CounterDriver) async throws {
        driver.type(number)
        driver.press(.enter)
        try await driver.run(until: { $0.search.page != nil }, "the search")
        #expect(driver.render(columns: 100, rows: 30).text.contains("1 abonné"))
        driver.press(.enter)
        try await driver.run(until: { $0.app?.isOnLoadedAccueil == true }, "the subscriber's Accueil")
    }

    @Test("contract number, Enter, Enter: the subscriber opens under the counter header; Esc leaves it")
    func searchOpenLeave() async throws {
        let number = try #require(DemoDataGenerator.demoContractNumbers.first)
        try await withCounter { driver in
            #expect(driver.render(columns: 100, rows: 30).text.contains("Rechercher un abonné"))
            driver.press(.character("x"), .backspace)
            driver.type(number)
            driver.press(.enter)
            try await driver.run(until: { $0.search.page != nil }, "the search")
            let found = driver.render(columns: 100, rows: 30).text
            #expect(found.contains("1 abonné"), "\(found)")
            #expect(!found.contains("page 1/1"), "one page needs no page number:\n\(found)")
            #expect(found.contains(number), "\(found)")
            driver.press(.enter)
            try await driver.run(until: { $0.app?.isOnLoadedAccueil == true }, "the subscriber's Accueil")
            let opened = driver.render(columns: 100, rows: 30)
            #expect(opened.rows[0].hasPrefix(" Guichet — agent agent.test — pour "), "\(opened.text)")
            #expect(opened.rows[0].contains(number), "\(opened.text)")
            #expect(opened.text.contains(number))
            driver.press(.escape)
            let back = driver.render(columns: 100, rows: 30).text
            #expect(back.contains("Rechercher un abonné"))
            #expect(!back.contains(number), "\(back)")
            #expect(driver.state.app == nil)
            #expect(driver.state.search == SubscriberSearchState())
        }
    }

    @Test("the idle timeout warns, then returns to an empty search")
    func idleTimeout() async throws {
        let number = try #require(DemoDataGenerator.demoContractNumbers.first)
        try await withCounter(idleTimeout: 300) { driver in
            try await open(number, on: driver)
            #expect(driver.state.app != nil)
            driver.time.advance(280)
            driver.tick()
            #expect(driver.state.warningSeconds == 20)
            let warned = driver.render(columns: 100, rows: 30).text
            #expect(warned.contains("Inactivité"), "\(warned)")
            #expect(warned.contains("dans 20 s"), "\(warned)")
            driver.time.advance(20)
            driver.tick()
            let back = driver.render(columns: 100, rows: 30).text
            #expect(back.contains("Rechercher un abonné") && !back.contains("Inactivité"), "\(back)")
            #expect(!back.contains(number), "\(back)")
            #expect(driver.state.app == nil)
        }
    }
}

import Foundation
import Testing

/// Issue 12 with the real binaries in tmux: an index filed at the counter (`omega-tui
/// --counter`, Hawk with the agent) shows in the subscriber's own Demandes (`omega-tui`, JWT),
/// saying it was filed at the counter and by whom; the counter's list says so too.
@Suite("Counter and subscriber see the same requests (tmux)")
struct CounterToSubscriberTests {
    static let partnerID = "e2e-guichet"
    static let partnerKey = "e2e-guichet-secret-key-0123456789abcdef"
    static let apiID = "e2e@guichet"
    /// The demo subscriber's first contract (seed 1).
    static let contract = "343025705"

    @Test("an index filed at the counter is in the subscriber's Demandes, au guichet with the agent")
    func counterFilingSeenBySubscriber() async throws {
        let agent = try #require(ScreenText.currentLogin(), "no login name for the test user")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-counter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let files = try PartnerFiles(
            work: work, id: Self.partnerID, key: Self.partnerKey, apiID: Self.apiID)
        let (keys, credentials) = (files.keys, files.credentials)
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual", "--partner-keys", keys.path])
        defer { sandbox.stop() }

        // The agent: search the contract, open it, file an index.
        let counter = try TmuxSession.omegaTUI(
            baseURL: sandbox.baseURL, home: work.appendingPathComponent("agent"), width: 100, height: 30,
            arguments: ["--counter", "--partner-credentials", credentials.path])
        defer { counter.kill() }
        #expect(
            try await counter.waitFor("Rechercher un abonné", timeout: .seconds(30)), "\(counter.snapshot)")
        try counter.type(Self.contract)
        try counter.send("Enter")
        #expect(try await counter.waitFor("1 abonné"), "\(counter.snapshot)")
        try counter.send("Enter")
        #expect(try await counter.waitFor("Dernier relevé"), "no Accueil:\n\(counter.snapshot)")
        try await counter.openIndexForm()
        let last = try #require(ScreenText.lastIndex(in: try counter.screen()), "\(counter.snapshot)")
        try counter.type(String(last.value + 5))
        try counter.send("Enter")
        #expect(try await counter.waitFor("5 m³"), "no dry run:\n\(counter.snapshot)")
        try counter.send("Enter")
        let sent = try await counter.waitForScreen(timeout: .seconds(20)) { $0.contains("envoyée") }
        let number = try #require(ScreenText.requestNumber(in: sent), "not sent:\n\(sent)")
        let origin = "au guichet — agent \(agent)"
        // Enter: the counter's Demandes, where the request says who filed it.
        try counter.send("Enter")
        let counterList = try await counter.waitForScreen { $0.contains("— Demandes") && $0.contains(origin) }
        #expect(counterList.contains(origin), "the counter's list does not say it:\n\(counterList)")
        #expect(counterList.contains("guichet"), "\(counterList)")

        // The subscriber, in his own terminal: Demandes lists it, from the counter, with the agent.
        let subscriber = try TmuxSession.omegaTUI(
            baseURL: sandbox.baseURL, home: work.appendingPathComponent("subscriber"), width: 100, height: 30)
        defer { subscriber.kill() }
        try await subscriber.logInAsDemo()
        try subscriber.send("d")
        let requests = try await subscriber.waitForScreen { $0.contains("— Demandes") && $0.contains(origin) }
        #expect(requests.contains(origin), "the subscriber does not see it:\n\(requests)")
        #expect(!requests.contains("Aucune demande"), "\(requests)")
        let summary = "Relevé du"
        #expect(requests.contains(summary), "\(requests)")

        // Nobody has answered the counter's index (manual review): the subscriber's own index
        // for the same meter is refused, the form saying which request is still open.
        try await subscriber.openIndexForm()
        let ownLast = try #require(
            ScreenText.lastIndex(in: try subscriber.screen()), "\(subscriber.snapshot)")
        try subscriber.type(String(ownLast.value + 9))
        try subscriber.send("Enter")
        let expected =
            "Un index est déjà en cours de traitement pour ce compteur (demande n° \(number)) : attendez sa"
            + " réponse avant d'en transmettre un autre."
        let refused = try await subscriber.waitForScreen { ScreenText.flowing($0).contains(expected) }
        #expect(ScreenText.flowing(refused).contains(expected), "no refusal in full:\n\(refused)")
    }
}

import Foundation
import Testing

/// Issue 5's journey over a real sshd: `ssh -tt` in tmux lands in the forced wrapper, which
/// runs the real `omega-tui --counter` against a real `omega-sandbox`; the agent searches a
/// contract, opens it, files an index (checked on the server with the agent), then the idle
/// timeout brings back an empty search.
@Suite("Counter over SSH: interactive journey")
struct CounterSSHJourneyTests {
    static let partnerID = "e2e-guichet"
    static let partnerKey = "e2e-guichet-secret-key-0123456789abcdef"
    static let apiID = "e2e@guichet"
    static let contract = "343025705"

    func partner(_ command: String, base: String) throws -> String {
        let result = try runToCompletion(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", Products.script("counter_partner_check.py").path, command, base, Self.partnerID,
                Self.partnerKey, Self.apiID, Self.contract,
            ])
        guard result.status == 0 else {
            throw CounterSSHError(description: "partner check: \(result.output)")
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("search by contract, open, file an index with the agent, idle timeout back to search")
    func journey() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-counter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let files = try PartnerFiles(
            work: work, id: Self.partnerID, key: Self.partnerKey, apiID: Self.apiID)
        let (keys, credentials) = (files.keys, files.credentials)
        let audit = work.appendingPathComponent("audit.jsonl")

        let sandbox = try RunningProcess(
            Products.executable("omega-sandbox"),
            arguments: [
                "serve", "--port", "0", "--seed", "1", "--subscribers", "200", "--review", "manual",
                "--db", work.appendingPathComponent("sandbox.sqlite").path, "--partner-keys", keys.path,
            ])
        defer { sandbox.stop() }
        let listening = try #require(
            try await sandbox.waitForLine(timeout: .seconds(60)) { $0.hasPrefix("listening on ") })
        let base = String(listening.dropFirst("listening on ".count))
        let lastIndex = try #require(Int(try partner("last-index", base: base)))

        let wrapper = try CounterWrapperScript.write(
            .init(
                omegaTUI: Products.executable(
                    ProcessInfo.processInfo.environment["OMEGA_TUI_BINARY"] ?? "omega-tui"
                ).path, server: base + "/api/v1/",
                credentials: credentials.path, auditLog: audit.path, idleTimeout: 15),
            in: work)
        let sshd = try await CounterSSHServer(forcedCommand: wrapper)
        defer { sshd.stop() }
        let tmux = try TmuxSession(
            command: [CounterSSHServer.ssh] + sshd.clientArguments(["-tt"]), width: 100, height: 30,
            environment: ["TERM": "xterm-256color"])
        defer { tmux.kill() }

        // The search screen, with the agent in the header.
        #expect(
            try await tmux.waitFor("Guichet — agent \(sshd.user)", timeout: .seconds(30)),
            "\((try? tmux.screen()) ?? "")")
        #expect(try await tmux.waitFor("Rechercher un abonné"))
        // Search by contract number: the number, Enter; then Enter opens the only row.
        try tmux.type(Self.contract)
        try tmux.send("Enter")
        #expect(try await tmux.waitFor("1 abonné"), "\((try? tmux.screen()) ?? "")")
        try tmux.send("Enter")
        let opened = try await tmux.waitForScreen { $0.contains("pour ") && $0.contains(Self.contract) }
        let header =
            opened.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        #expect(header.contains("Guichet — agent \(sshd.user) — pour "), "\(opened)")
        #expect(header.contains(Self.contract))
        #expect(try await tmux.waitFor("Accueil"))

        // File an index: n, Enter (Transmettre un index), the index, Enter (dry run), Enter (send).
        try tmux.send("n")
        #expect(try await tmux.waitFor("Transmettre un index"))
        try tmux.send("Enter")
        let index = lastIndex + 5
        try tmux.type("\(index)")
        try tmux.send("Enter")
        #expect(try await tmux.waitFor("5 m³"), "\((try? tmux.screen()) ?? "")")
        try tmux.send("Enter")
        #expect(try await tmux.waitFor("envoyée", timeout: .seconds(20)), "\((try? tmux.screen()) ?? "")")
        let filed = try partner("agent", base: base).split(separator: " ").map(String.init)
        #expect(filed.count == 3)
        #expect(filed.dropFirst().first == sshd.user, "request \(filed) does not carry the agent")
        #expect(filed.last == "\(index)")
        let auditText = try String(contentsOf: audit, encoding: .utf8)
        #expect(auditText.contains("\"action\":\"file.reading\""))
        #expect(auditText.contains("\"agent\":\"\(sshd.user)\""))
        #expect(auditText.contains("\"request_id\":\"\(filed.first ?? "")\""))

        // No key for the idle timeout (15 s): the warning (1.5 s), then back to an empty search.
        #expect(try await tmux.waitFor("Inactivité", timeout: .seconds(20)), "\((try? tmux.screen()) ?? "")")
        let back = try await tmux.waitForScreen(timeout: .seconds(10)) {
            $0.contains("Rechercher un abonné") && !$0.contains(Self.contract)
        }
        #expect(!back.contains("— pour "), "\(back)")
        #expect(!back.contains(Self.contract), "the subscriber is still on screen:\n\(back)")
    }
}

import Foundation
import Testing

/// Issue 14 with the real binaries in tmux: answering the service, Mon compte.
@Suite("Answering the service and Mon compte (tmux)")
struct AccountJourneyTests {
    /// Runs `omega-sandbox` with `arguments` (its review desk, its outbox) and returns what it printed.
    static func sandboxTool(_ arguments: [String]) throws -> String {
        let result = try runToCompletion(Products.executable("omega-sandbox"), arguments)
        #expect(result.status == 0, "omega-sandbox \(arguments) failed:\n\(result.output)")
        return result.output
    }

    @Test("at 80x24, the service's question is answered from Demandes: back to En traitement, then Terminée")
    func answerTheService() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual"])
        defer { sandbox.stop() }
        let db = sandbox.file("sandbox.sqlite").path
        let tui = try TmuxSession.omegaTUI(
            baseURL: sandbox.baseURL, home: sandbox.file("home"), width: 80, height: 24)
        defer { tui.kill() }
        try await tui.logInAsDemo()
        try await tui.openIndexForm()
        let last = try #require(ScreenText.lastIndex(in: try tui.screen()), "no last index:\n\(tui.snapshot)")
        try tui.type(String(last.value + 37))
        try tui.send("Enter")
        #expect(try await tui.waitFor("37 m³"), "no dry run:\n\(tui.snapshot)")
        try tui.send("Enter")
        #expect(try await tui.waitFor("envoyée"), "not sent:\n\(tui.snapshot)")

        // The water service questions it (manual review desk, as an operator would).
        let pending = try Self.sandboxTool(["review", "--db", db, "list"])
        let line = try #require(pending.split(separator: "\n").last, "nothing pending:\n\(pending)")
        let id = String(line.prefix { !$0.isWhitespace })
        let question =
            "Votre consommation dépasse nettement celle des années passées. Pouvez-vous relire votre compteur"
            + " et nous confirmer l'index transmis ?"
        _ = try Self.sandboxTool(["review", "--db", db, "ask", id, "--comment", question])

        try tui.send("Enter")
        let asked = try await tui.waitForScreen(timeout: .seconds(45)) {
            $0.contains("— Demandes") && $0.contains("Entrée : répondre au service")
        }
        #expect(asked.contains("Attente client"), "\(asked)")
        try tui.send("Enter")
        let form = try await tui.waitForScreen {
            $0.contains("Répondre au service") && $0.contains("Votre réponse")
        }
        #expect(ScreenText.flowing(form).contains(question), "the question is not shown in full:\n\(form)")
        try tui.type("Oui, l'index est exact : nous avons rempli la piscine.")
        try tui.send("Enter")
        let back = try await tui.waitForScreen {
            $0.contains("— Demandes") && $0.contains("repasse en traitement")
        }
        #expect(back.contains("En traitement"), "\(back)")
        #expect(!back.contains("Entrée : répondre au service"), "\(back)")

        // The service takes the answer and closes the request.
        let approved = try Self.sandboxTool(["review", "--db", db, "approve", id])
        #expect(approved.contains("CLOSED"), "\(approved)")
        let closed = try await tui.waitForScreen(timeout: .seconds(45)) { $0.contains("Terminée") }
        #expect(closed.contains("Terminée"), "never closed:\n\(closed)")
    }
}

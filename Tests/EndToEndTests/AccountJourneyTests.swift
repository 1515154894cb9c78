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

    @Test("Mon compte at 80x24: password, login e-mail by code, other sessions, then forget this machine")
    func monCompte() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual"])
        defer { sandbox.stop() }
        let db = sandbox.file("sandbox.sqlite").path
        // Another session of the same account, elsewhere.
        let elsewhere = try TmuxSession.omegaTUI(
            baseURL: sandbox.baseURL, home: sandbox.file("elsewhere"), width: 80, height: 24)
        defer { elsewhere.kill() }
        try await elsewhere.logInAsDemo()

        let home = sandbox.file("home")
        let state = home.appendingPathComponent("state/omega-tui")
        let tui = try TmuxSession.omegaTUI(baseURL: sandbox.baseURL, home: home, width: 80, height: 24)
        defer { tui.kill() }
        try await tui.logInAsDemo(rememberMe: true)
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("refresh-token").path))
        try tui.send("o")
        #expect(try await tui.waitFor("Changer le mot de passe"), "no Mon compte:\n\(tui.snapshot)")

        // The password, its strength shown.
        try tui.send("Enter")
        #expect(try await tui.waitFor("Mot de passe actuel"))
        try tui.type("Eau-Claire-2026")
        try tui.send("Tab")
        try tui.type("Source-Vive-2027")
        #expect(try await tui.waitFor("Robustesse : fort"), "no strength:\n\(tui.snapshot)")
        try tui.send("Tab")
        try tui.type("Source-Vive-2027")
        try tui.send("Enter")
        #expect(try await tui.waitFor("Mot de passe modifié"), "not changed:\n\(tui.snapshot)")

        // The login e-mail, confirmed by the code the sandbox wrote to its outbox.
        try tui.send("Down")
        try tui.send("Enter")
        #expect(try await tui.waitFor("Nouvelle adresse e-mail"))
        try tui.type("claire.fontaine@example.org")
        try tui.send("Tab")
        try tui.type("Source-Vive-2027")
        try tui.send("Enter")
        #expect(try await tui.waitFor("code à 6 chiffres"), "no code step:\n\(tui.snapshot)")
        let outbox = try Self.sandboxTool(["outbox", "--db", db])
        let mail = try #require(
            outbox.split(separator: "\n").last { $0.contains("to: claire.fontaine@example.org") }, "\(outbox)"
        )
        let code = String(try #require(mail.firstMatch(of: /\d{6}/)).output)
        try tui.type(code)
        try tui.send("Enter")
        let changed = try await tui.waitForScreen { $0.contains("Adresse de connexion changée") }
        #expect(ScreenText.flowing(changed).contains("claire.fontaine@example.org"), "\(changed)")

        // The other session ends; this one goes on.
        try tui.send("Down")
        try tui.send("Enter")
        let signedOut = try await tui.waitForScreen { $0.contains("Autres sessions déconnectées") }
        #expect(ScreenText.flowing(signedOut).contains("Autres sessions déconnectées : 1."), "\(signedOut)")

        // Nothing stays on this machine.
        try tui.send("Down")
        try tui.send("Enter")
        #expect(try await tui.waitFor("Session mémorisée supprimée"), "\(tui.snapshot)")
        for file in ["refresh-token", "remembered-email"] {
            #expect(
                !FileManager.default.fileExists(atPath: state.appendingPathComponent(file).path),
                "\(file) left")
        }
        try tui.send("Escape")
        #expect(try await tui.waitFor("Dernier relevé"), "this session ended:\n\(tui.snapshot)")
        try tui.send("q")
        tui.kill()

        // The next start asks again, and the new e-mail and password log in.
        let next = try TmuxSession.omegaTUI(baseURL: sandbox.baseURL, home: home, width: 80, height: 24)
        defer { next.kill() }
        #expect(try await next.waitFor("Connexion"), "\(next.snapshot)")
        #expect(!(try next.screen()).contains("Dernier relevé"))
        try next.type("claire.fontaine@example.org")
        try next.send("Tab")
        try next.type("Source-Vive-2027")
        try next.send("Enter")
        #expect(try await next.waitFor("Dernier relevé"), "the new login failed:\n\(next.snapshot)")
    }
}

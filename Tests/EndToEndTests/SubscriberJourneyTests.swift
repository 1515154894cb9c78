import Foundation
import Testing

/// Issue 4's journey with the real `omega-tui` binary in tmux against a real `omega-sandbox`:
/// log in, visit each screen, file an index, watch it reach "Terminée", survive a resize to
/// 20x5 and back, and quit — reading the screen as a person would.
@Suite("omega-tui binary in tmux")
struct SubscriberJourneyTests {
    @Test("a subscriber logs in, visits every screen, files an index and sees it closed")
    func journey() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "auto"])
        defer { sandbox.stop() }
        let tui = try TmuxSession.omegaTUI(against: sandbox, home: sandbox.file("home"))
        defer { tui.kill() }
        try await tui.logInAsDemo()

        let visits: [(key: String, title: String, content: String)] = [
            ("r", "Relevés", "m³"), ("f", "Factures", "€"), ("d", "Demandes", "Demandes"),
            ("m", "Messages", "Messages"), ("a", "Accueil", "Dernière facture"), ("?", "Aide", "F10/q"),
        ]
        for visit in visits {
            try tui.send(visit.key)
            let screen = try await tui.waitForScreen {
                $0.contains("— \(visit.title)") && $0.contains(visit.content)
            }
            #expect(
                screen.contains("— \(visit.title)"),
                "key \(visit.key) did not open \(visit.title):\n\(screen)")
        }
        try tui.send("Escape")

        // Transmettre un index: the form shows the last index; file it plus 37 m³.
        try await tui.openIndexForm()
        let form = try tui.screen()
        let lastIndex = try #require(
            ScreenText.lastIndex(in: form)?.value, "no last index on the form:\n\(form)")
        try tui.type(String(lastIndex + 37))
        try tui.send("Enter")
        #expect(try await tui.waitFor("37 m³"), "the dry run showed no consumption:\n\(tui.snapshot)")
        try tui.send("Enter")
        #expect(try await tui.waitFor("envoyée"), "the request was not sent:\n\(tui.snapshot)")
        try tui.send("Enter")
        let closed = try await tui.waitForScreen(timeout: .seconds(40)) {
            $0.contains("— Demandes") && $0.contains("Terminée")
        }
        #expect(closed.contains("Terminée"), "the request never reached Terminée:\n\(closed)")

        // Far too small, then back: a message instead of a crash, then the same screen.
        try tui.resize(width: 20, height: 5)
        #expect(try await tui.waitFor("Agrandissez"), "no too-small message:\n\(tui.snapshot)")
        try tui.resize(width: 100, height: 30)
        #expect(try await tui.waitFor("— Demandes"), "the screen did not come back:\n\(tui.snapshot)")

        try tui.send("q")
        let exited = try await Self.waitUntil(timeout: .seconds(10)) { try tui.programExited() }
        #expect(exited, "omega-tui did not quit on q:\n\(tui.snapshot)")
    }

    @Test("--kiosk: left alone, a logged-in session warns, logs out and leaves nothing on disk")
    func kioskIdleTimeout() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual"])
        defer { sandbox.stop() }
        let home = sandbox.file("kiosk-home")
        let state = home.appendingPathComponent("state")
        let tui = try TmuxSession.omegaTUI(
            against: sandbox, home: home, arguments: ["--kiosk", "--idle-timeout", "15"])
        defer { tui.kill() }
        // "Se souvenir de moi" ticked: it must have no effect in kiosk mode.
        try await tui.logInAsDemo(rememberMe: true)
        // Start an index form and type into it: a draft would normally be saved.
        try await tui.openIndexForm()
        try tui.type("12")

        // 15 s: a loaded machine may take several seconds between two steps of the login and
        // the form, and a shorter timeout then logged out before "12" was typed.
        #expect(
            try await tui.waitFor("déconnexion dans", timeout: .seconds(25)), "no warning:\n\(tui.snapshot)")
        let back = try await tui.waitForScreen(timeout: .seconds(20)) {
            $0.contains("— Connexion") && !$0.contains("Inactivité")
        }
        #expect(back.contains("— Connexion"), "not back at the login screen:\n\(back)")
        #expect(!back.contains("demo@omega.test"), "the e-mail is still on screen:\n\(back)")
        #expect(!back.contains("FONTAINE"))

        let written =
            (FileManager.default.enumerator(atPath: state.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix(".log") && !$0.hasSuffix("omega-tui") }
        #expect(written.isEmpty, "kiosk mode wrote \(written) under the state directory")
    }

    static func waitUntil(timeout: Duration, _ condition: () throws -> Bool) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try condition()
    }
}

import Foundation
import Testing

/// Issue 12 with the real binaries in tmux: what the subscriber sees follows the service, and
/// its refusals are read in French, in full, at 80x24.
@Suite("What the subscriber sees is true (tmux)")
struct SubscriberTruthTests {
    @Test("at 80x24, an index below the last one shows the French refusal in full under the field")
    func refusedIndexInFull() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual"])
        defer { sandbox.stop() }
        let tui = try TmuxSession.omegaTUI(
            baseURL: sandbox.baseURL, home: sandbox.file("home"), width: 80, height: 24)
        defer { tui.kill() }
        try await tui.logInAsDemo()
        try await tui.openIndexForm()
        let last = try #require(ScreenText.lastIndex(in: try tui.screen()), "no last index:\n\(tui.snapshot)")
        try tui.type(String(last.value - 1))
        try tui.send("Enter")
        let expected =
            "L'index ne peut pas être inférieur au dernier index (\(last.text) m³), sauf si le compteur a fait"
            + " un tour : dites-le en commentaire."
        let screen = try await tui.waitForScreen { ScreenText.flowing($0).contains(expected) }
        #expect(ScreenText.flowing(screen).contains(expected), "not in full:\n\(screen)")
        // Under the index field: the sentence starts on the row after "Nouvel index".
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let field = try #require(rows.firstIndex { $0.contains("Nouvel index") }, "\(screen)")
        #expect(rows[field + 1].contains("L'index ne peut pas"), "\(screen)")
    }

    @Test("an index closed by the service shows in Relevés and Accueil without logging in again")
    func closedIndexShowsInReadings() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "auto"])
        defer { sandbox.stop() }
        let tui = try TmuxSession.omegaTUI(
            baseURL: sandbox.baseURL, home: sandbox.file("home"), width: 100, height: 30)
        defer { tui.kill() }
        try await tui.logInAsDemo()
        try tui.send("r")
        #expect(try await tui.waitFor("— Relevés"), "\(tui.snapshot)")
        try tui.send("Escape")
        try await tui.openIndexForm()
        let last = try #require(ScreenText.lastIndex(in: try tui.screen()), "no last index:\n\(tui.snapshot)")
        let filed = ScreenText.grouped(last.value + 37, like: last.text)
        try tui.type(String(last.value + 37))
        try tui.send("Enter")
        #expect(try await tui.waitFor("37 m³"), "no dry run:\n\(tui.snapshot)")
        try tui.send("Enter")
        #expect(try await tui.waitFor("envoyée"), "not sent:\n\(tui.snapshot)")
        try tui.send("Enter")
        let closed = try await tui.waitForScreen(timeout: .seconds(40)) {
            $0.contains("— Demandes") && $0.contains("Terminée")
        }
        #expect(closed.contains("Terminée"), "never closed:\n\(closed)")
        try tui.send("r")
        let readings = try await tui.waitForScreen { $0.contains("— Relevés") && $0.contains(filed) }
        #expect(readings.contains(filed), "Relevés does not show \(filed):\n\(readings)")
        try tui.send("a")
        let home = try await tui.waitForScreen { $0.contains("— Accueil") && $0.contains("index \(filed)") }
        #expect(home.contains("index \(filed)"), "Accueil does not show \(filed):\n\(home)")
    }
}

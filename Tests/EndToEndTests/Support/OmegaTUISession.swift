import Foundation
import Testing

extension TmuxSession {
    /// The real `omega-tui` in a 100x30 tmux window against `sandbox`, in French, with its
    /// own HOME (`home`) and XDG directories (`home/state`, `home/config`).
    static func omegaTUI(
        against sandbox: SandboxProcess, home: URL, arguments: [String] = []
    ) throws -> TmuxSession {
        try TmuxSession(
            command: [
                Products.executable("omega-tui").path, "--server", sandbox.baseURL + "/api/v1/", "--lang",
                "fr",
            ] + arguments,
            width: 100, height: 30,
            environment: [
                "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
    }

    /// Logs in as the demo subscriber from the login screen, as a person types it, and waits
    /// for Accueil. `rememberMe` ticks "Se souvenir de moi" on the way.
    func logInAsDemo(rememberMe: Bool = false) async throws {
        #expect(try await waitFor("Connexion"), "no login screen:\n\(snapshot)")
        try type("demo@omega.test")
        try send("Tab")
        try type("Eau-Claire-2026")
        if rememberMe {
            try send("Tab")
            try send("Space")
        }
        try send("Enter")
        #expect(try await waitFor("Dernier relevé"), "no dashboard after login:\n\(snapshot)")
    }

    /// From Accueil: `n`, then Enter on "Transmettre un index"; waits for the form.
    func openIndexForm() async throws {
        try send("n")
        #expect(try await waitFor("Transmettre un index"))
        try send("Enter")
        #expect(try await waitFor("Dernier index"), "no index form:\n\(snapshot)")
    }
}

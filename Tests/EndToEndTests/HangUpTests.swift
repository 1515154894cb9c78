import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A dropped line: the terminal goes away (tmux killed, as sshd does when a connection
/// drops) while an index is being typed. omega-tui must exit, not linger, and the typed index
/// must be there again at the next start.
@Suite("omega-tui when the terminal hangs up")
struct HangUpTests {
    static func start(_ sandbox: SandboxProcess, home: URL) throws -> TmuxSession {
        try TmuxSession(
            command: [
                Products.executable("omega-tui").path, "--server", sandbox.baseURL + "/api/v1/", "--lang",
                "fr",
            ],
            width: 100, height: 30,
            environment: [
                "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
    }

    static func logInAndOpenTheIndexForm(_ tui: TmuxSession) async throws {
        #expect(try await tui.waitFor("Connexion"), "no login screen:\n\(tui.snapshot)")
        try tui.type("demo@omega.test")
        try tui.send("Tab")
        try tui.type("Eau-Claire-2026")
        try tui.send("Enter")
        #expect(try await tui.waitFor("Dernier relevé"), "no dashboard after login:\n\(tui.snapshot)")
        try tui.send("n")
        #expect(try await tui.waitFor("Transmettre un index"))
        try tui.send("Enter")
        #expect(try await tui.waitFor("Dernier index"), "no index form:\n\(tui.snapshot)")
    }

    @Test("the program exits on hang-up and the index being typed comes back at the next start")
    func hangUpKeepsTheDraft() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual"])
        defer { sandbox.stop() }
        let home = sandbox.file("home")

        let first = try Self.start(sandbox, home: home)
        try await Self.logInAndOpenTheIndexForm(first)
        try first.type("4321")
        #expect(try await first.waitFor("4321"))
        let pid = try #require(try first.panePID())
        first.kill()  // the pty closes: the kernel sends SIGHUP, as when sshd loses the client

        let exited = try await SubscriberJourneyTests.waitUntil(timeout: .seconds(10)) {
            Glibc.kill(pid, 0) != 0
        }
        #expect(exited, "omega-tui (pid \(pid)) still runs after its terminal hung up")
        let drafts = home.appendingPathComponent("state/omega-tui/drafts")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []
        #expect(files.count == 1, "drafts: \(files)")
        if let file = files.first {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: drafts.appendingPathComponent(file).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }

        let second = try Self.start(sandbox, home: home)
        defer { second.kill() }
        try await Self.logInAndOpenTheIndexForm(second)
        let form = try await second.waitForScreen { $0.contains("Nouvel index      4321") }
        #expect(form.contains("Nouvel index      4321"), "the draft was not restored:\n\(form)")
    }
}

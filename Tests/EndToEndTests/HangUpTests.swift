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
    @Test("the program exits on hang-up and the index being typed comes back at the next start")
    func hangUpKeepsTheDraft() async throws {
        let sandbox = try await SandboxProcess(arguments: ["--review", "manual"])
        defer { sandbox.stop() }
        let home = sandbox.file("home")

        let first = try TmuxSession.omegaTUI(against: sandbox, home: home)
        try await first.logInAsDemo()
        try await first.openIndexForm()
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

        let second = try TmuxSession.omegaTUI(against: sandbox, home: home)
        defer { second.kill() }
        try await second.logInAsDemo()
        try await second.openIndexForm()
        let form = try await second.waitForScreen { $0.contains("Nouvel index      4321") }
        #expect(form.contains("Nouvel index      4321"), "the draft was not restored:\n\(form)")
    }
}

import Foundation
import Testing

/// The counter's sshd block (deploy/omega-guichet.conf) and wrapper (deploy/omega-tui-wrapper)
/// on a real OpenSSH server: whatever the client asks, it gets the forced command only.
@Suite("Counter over SSH: confinement", .serialized)
struct CounterSSHConfinementTests {
    /// sshd with the shipped block, forcing the shipped wrapper in front of an echo program.
    static func withServer(_ body: (CounterSSHServer, URL) async throws -> Void) async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-wrap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let echo = try CounterWrapperScript.writeEcho(in: scratch)
        let wrapper = try CounterWrapperScript.write(.init(omegaTUI: echo), in: scratch)
        // Its errors say what failed; thrown, they are recorded once (a missing tool in one line).
        let server = try await CounterSSHServer(forcedCommand: wrapper)
        defer { server.stop() }
        try await body(server, scratch)
    }

    @Test("a remote command runs the wrapper instead; without a terminal it refuses")
    func remoteCommandIsReplaced() async throws {
        try await Self.withServer { server, _ in
            let plain = try server.ssh(["-T"], command: ["echo", "pwned"])
            #expect(!plain.output.contains("pwned"), "\(plain.output)\n\(server.log)")
            #expect(plain.output.contains("un terminal est nécessaire"), "\(plain.output)\n\(server.log)")
            #expect(plain.status != 0)
            // sftp is configured (as on Debian), yet the subsystem request gets the wrapper,
            // which ends at once (sshd does not forward a subsystem's stderr).
            let sftp = try server.ssh(["-T", "-s"], command: ["sftp"])
            #expect(sftp.status != 0, "\(sftp.output)")
        }
    }

    @Test("with a terminal, the forced command is omega-tui --counter in a clean environment")
    func forcedCommandWithTerminal() async throws {
        try await Self.withServer { server, _ in
            let result = try runToCompletion(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["TERM=not-a-terminal;rm"] + [CounterSSHServer.ssh] + server.clientArguments(["-tt"])
                    + ["--", "echo", "pwned"])
            let output = result.output
            #expect(output.contains("OMEGA-TUI-ECHO --counter --server"), "\(output)\n\(server.log)")
            #expect(output.contains("--partner-credentials"))
            #expect(output.contains("--audit-log"))
            #expect(output.contains("--idle-timeout 300"))
            // SSH_ORIGINAL_COMMAND would carry "echo pwned" had the environment leaked.
            #expect(!output.contains("pwned"), "\(output)")
            #expect(!output.contains("SSH_CONNECTION"))
            #expect(output.contains("LANG=C.UTF-8"))
            #expect(output.contains("NCURSES_NO_UTF8_ACS=1"))
            #expect(output.contains("USER=\(server.user)"))
            // An unknown or hostile TERM falls back to a known entry.
            #expect(output.contains("TERM=xterm-256color"), "\(output)")
        }
    }

    @Test("port forwarding through the counter account is refused")
    func forwardingRefused() async throws {
        try await Self.withServer { server, _ in
            let result = try server.ssh(["-W", "127.0.0.1:\(server.port)"])
            #expect(result.status != 0, "\(result.output)")
            #expect(!result.output.contains("SSH-2.0"), "the forwarded port answered: \(result.output)")
        }
    }
}

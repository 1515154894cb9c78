import Foundation
import Testing

/// `omega-tui --counter` with a partner key others can read: it refuses before touching the
/// terminal, says why on stderr (without the key) and exits 78 (EX_CONFIG).
@Suite("omega-tui --counter refuses unsafe credentials")
struct CounterStartupRefusalTests {
    @Test("a credentials file readable by others stops the program with the reason")
    func worldReadableCredentials() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-refusal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = "refusal-secret-key-do-not-print"
        let credentials = directory.appendingPathComponent("partner.toml")
        try "id = \"guichet\"\nkey = \"\(key)\"\napi_id = \"guichet@test\"\n".write(
            to: credentials, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: credentials.path)
        let arguments = [
            "--counter", "--server", "http://127.0.0.1:9/api/v1/", "--partner-credentials", credentials.path,
            "--lang", "fr",
        ]

        let refused = try runToCompletion(Products.executable("omega-tui"), arguments)

        #expect(refused.status == 78, "exit status \(refused.status): \(refused.output)")
        #expect(refused.output.contains("accessible au groupe ou aux autres"), "\(refused.output)")
        #expect(refused.output.contains("chmod 600"))
        #expect(!refused.output.contains(key))
        // No escape sequence: curses never started.
        #expect(!refused.output.contains("\u{1B}"))

        // Fixed as the message says, it gets past the check (and then fails on the terminal,
        // since this test gives it none, with another message).
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials.path)
        let accepted = try runToCompletion(Products.executable("omega-tui"), arguments)
        #expect(accepted.status != 78, "\(accepted.output)")
        #expect(!accepted.output.contains("accessible au groupe"))
    }
}

import Foundation
import Testing

/// Issue 12 with the real `omega-tui --demo` in tmux: arrow and Home/End keys typed in the
/// encodings of terminals that ignore the keypad-mode request (`ESC [ B` rather than
/// `ESC O B`) move the selection of a list. The focused row carries the hardware cursor, so
/// the cursor's row is where the selection is.
@Suite("omega-tui keys in every encoding")
struct KeyEncodingTests {
    @Test("ESC [ B moves the selection; ESC [ A, ESC [4~ and ESC [1~ move it back, to the end and home")
    func normalModeArrowsAndVT220HomeEndMoveTheSelection() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let tui = try TmuxSession(
            command: [Products.executable("omega-tui").path, "--demo", "--lang", "fr"], width: 100,
            height: 30,
            environment: [
                "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
        defer { tui.kill() }
        try await tui.logInAsDemo()
        try tui.send("r")
        // The count reads as French since issue 12 ("26 relevés", never "relevé(s)").
        let readings = try await tui.waitForScreen { $0.contains("— Relevés") && $0.contains(" relevés") }
        #expect(readings.contains(" relevés"), "no Relevés:\n\(readings)")
        let first = try tui.cursor().row

        try tui.sendBytes([0x1B, 0x5B, 0x42])  // ESC [ B
        #expect(
            try await waitForCursorRow(in: tui) { $0 == first + 1 }, "ESC [ B did not move:\n\(tui.snapshot)")
        try tui.sendBytes([0x1B, 0x5B, 0x41])  // ESC [ A
        #expect(try await waitForCursorRow(in: tui) { $0 == first }, "ESC [ A did not move:\n\(tui.snapshot)")
        try tui.sendBytes(Array("\u{1B}[4~".utf8))  // End, as tmux and PuTTY send it
        #expect(
            try await waitForCursorRow(in: tui) { $0 > first + 1 },
            "ESC [4~ did not reach the end:\n\(tui.snapshot)")
        try tui.sendBytes(Array("\u{1B}[1~".utf8))  // Home
        #expect(
            try await waitForCursorRow(in: tui) { $0 == first }, "ESC [1~ did not go home:\n\(tui.snapshot)")
    }

    /// Polls the cursor's row until `predicate` holds (true) or 10 s pass (false).
    private func waitForCursorRow(in tui: TmuxSession, _ predicate: (Int) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if predicate(try tui.cursor().row) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}

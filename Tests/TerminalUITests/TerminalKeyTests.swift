import Testing

@testable import TerminalUI

#if canImport(Glibc)
    import Glibc
#endif

extension NCursesSessions {
    /// Issue 12: a real ``Terminal`` on a pseudo-terminal receives each common encoding of a
    /// key, as terminals, tmux, PuTTY and rxvt send them, and reports one ``Key``.
    @Suite("Terminal keys through a pseudo-terminal")
    @MainActor
    struct TerminalKeyTests {
        nonisolated static let encodings: [(bytes: String, key: Key)] = [
            ("\u{1B}[A", .up), ("\u{1B}OA", .up), ("\u{1B}[B", .down), ("\u{1B}OB", .down),
            ("\u{1B}[C", .right), ("\u{1B}OC", .right), ("\u{1B}[D", .left), ("\u{1B}OD", .left),
            ("\u{1B}[1~", .home), ("\u{1B}[H", .home), ("\u{1B}[7~", .home), ("\u{1B}OH", .home),
            ("\u{1B}[4~", .end), ("\u{1B}[F", .end), ("\u{1B}[8~", .end), ("\u{1B}OF", .end),
            ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete),
            ("\u{1B}[Z", .backTab), ("\u{1B}OP", .function(1)), ("\u{1B}[11~", .function(1)),
            ("\u{1B}[[A", .function(1)), ("\u{1B}[14~", .function(4)), ("\u{1B}[15~", .function(5)),
            ("\u{1B}[21~", .function(10)), ("\u{1B}[24~", .function(12)),
        ]

        /// Starts a terminal of type `term` on a new pseudo-terminal, types `bytes` then `x`,
        /// and returns the keys read up to that `x` (the `x` makes an undecoded sequence fail
        /// at once; the watchdog only ends a test that would otherwise hang).
        private func keys(typing bytes: String, term: String, bracketedPaste: Bool = false) async throws
            -> [Key]
        {
            let pty = try PseudoTerminal()
            let terminal = try Terminal.start(
                options: Terminal.Options(
                    bracketedPaste: bracketedPaste, environment: ["TERM": term, "LANG": "C.UTF-8"],
                    inputDescriptor: pty.slave, outputDescriptor: pty.slave))
            defer { terminal.stop() }
            let watchdog = Task { @MainActor in
                try? await Task.sleep(for: .seconds(10))
                terminal.stop()
            }
            defer { watchdog.cancel() }
            pty.type(Array((bytes + "x").utf8))
            var received: [Key] = []
            for await key in terminal.keys {
                received.append(key)
                if key == .character("x") { break }
            }
            _ = pty.drain()
            return received
        }

        @Test(arguments: encodings)
        func decodesEveryEncoding(bytes: String, key: Key) async throws {
            let received = try await keys(typing: bytes, term: "xterm-256color")
            #expect(received == [key, .character("x")], "\(bytes.debugDescription)")
        }

        @Test func vt220FindAndSelectAreHomeAndEnd() async throws {
            // VT220 terminfo binds ESC [1~ and ESC [4~ to Find and Select, the keys placed
            // where Home and End are on PC keyboards.
            let received = try await keys(typing: "\u{1B}[1~\u{1B}[4~\u{1B}[B", term: "vt220")
            #expect(received == [.home, .end, .down, .character("x")])
        }

        @Test func bracketedPasteStillArrivesWhole() async throws {
            // ESC [2~ (Insert) is a prefix ncurses knows: ESC [200~ must still reach the decoder.
            let received = try await keys(
                typing: "\u{1B}[200~343 025\r705\u{1B}[201~", term: "xterm-256color", bracketedPaste: true)
            #expect(received == [.paste("343 025\n705"), .character("x")])
        }
    }
}

import CNCursesW

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One ncurses screen (`newterm`) on a pair of file descriptors, and how to let it go.
///
/// On standard input and output, ncurses gets the process's `stdin`/`stdout` streams. On any
/// other descriptors (a pseudo-terminal opened by a test), it gets streams over duplicates of
/// them, closed with the screen, so the caller keeps its own descriptors.
@MainActor
final class NCursesScreen {
    /// The `TERM` actually used (after fallbacks).
    let terminalType: String
    /// The descriptor keys are read from.
    let input: Int32
    /// The descriptor the screen is written to.
    let output: Int32
    private let screen: OpaquePointer
    private let ownedStreams: [UnsafeMutablePointer<FILE>]

    private init(
        terminalType: String, input: Int32, output: Int32, screen: OpaquePointer,
        ownedStreams: [UnsafeMutablePointer<FILE>]
    ) {
        self.terminalType = terminalType
        self.input = input
        self.output = output
        self.screen = screen
        self.ownedStreams = ownedStreams
    }

    /// `newterm` with `$TERM`, then `xterm-256color`, then `vt100` (unlike `initscr`, it
    /// returns an error instead of exiting).
    static func open(environment: [String: String], input: Int32, output: Int32)
        throws(TerminalError) -> NCursesScreen
    {
        let requested = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 } ?? "xterm"
        guard requested != "dumb" else { throw .dumbTerminal }
        let standard = input == STDIN_FILENO && output == STDOUT_FILENO
        var streams: [UnsafeMutablePointer<FILE>] = []
        if !standard {
            guard let outputStream = fdopen(dup(output), "w"), let inputStream = fdopen(dup(input), "r")
            else { throw .notATerminal }
            streams = [outputStream, inputStream]
        }
        for candidate in [requested, "xterm-256color", "vt100"] {
            let screen = standard ? omega_newterm(candidate) : newterm(candidate, streams[0], streams[1])
            if let screen {
                return NCursesScreen(
                    terminalType: candidate, input: input, output: output, screen: screen,
                    ownedStreams: streams)
            }
        }
        for stream in streams { fclose(stream) }
        throw .unknownTerminalType(requested)
    }

    /// Writes a sequence ncurses does not know (bracketed paste) straight to the terminal.
    /// ncurses writes its own buffer with `write(2)` too, and has flushed it after each frame.
    func send(_ sequence: String) {
        var bytes = Array(sequence.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Frees the screen once `endwin` has restored the terminal, so that another one can be
    /// opened later in the same process.
    func close() {
        delscreen(screen)
        for stream in ownedStreams { fclose(stream) }
    }
}

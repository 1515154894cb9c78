import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain mode on the process's standard input and output: the terminal stays in its usual
/// line mode (the user edits a line, Enter sends it); only the echo is switched off while a
/// password is typed, and restored on every exit path.
@MainActor
public final class PlainTerminal: PlainConsole {
    private let original: termios?

    /// Takes standard input and output as they are.
    public init() {
        var settings = termios()
        original = tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil
    }

    /// Whether standard input is a terminal (which echoes what is typed).
    public var echoesInput: Bool { original != nil }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func hideInput(_ hidden: Bool) {
        guard var settings = original else { return }
        if hidden { settings.c_lflag &= ~tcflag_t(ECHO) }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Puts the terminal back as it was (echo on).
    public func restore() {
        guard var settings = original else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Whether plain mode should run instead of the full screen: asked for, or the terminal
    /// cannot host a full screen (`TERM` unset, empty or `dumb`; input or output not a
    /// terminal, as in a pipe or a file).
    public nonisolated static func isNeeded(requested: Bool, environment: [String: String]) -> Bool {
        if requested { return true }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return true }
        return isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0
    }

    /// The lines typed on standard input, read by a thread of their own (a blocking read
    /// must not hold the main actor); the stream ends at end of input.
    public nonisolated static func lines() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .unbounded)
        let thread = Thread {
            while let line = Swift.readLine(strippingNewline: true) { continuation.yield(line) }
            continuation.finish()
        }
        thread.name = "omega-tui stdin"
        thread.start()
        return stream
    }

    /// Reads one line from the controlling terminal without echo (a password), the prompt
    /// written to standard error; nil when there is no terminal or input ended.
    public nonisolated static func readSecret(prompt: String) -> String? {
        let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ECHONL)
        writeRaw(prompt, to: descriptor)
        tcsetattr(descriptor, TCSAFLUSH, &silent)
        defer { tcsetattr(descriptor, TCSAFLUSH, &saved) }
        return readTerminalLine(from: descriptor)
    }

    /// Reads one line from the controlling terminal with echo (an e-mail), the prompt on it;
    /// nil when there is no terminal or input ended.
    public nonisolated static func readVisible(prompt: String) -> String? {
        let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        writeRaw(prompt, to: descriptor)
        return readTerminalLine(from: descriptor)
    }

    private nonisolated static func readTerminalLine(from descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}

/// Writes `text` to a file descriptor as is.
private func writeRaw(_ text: String, to descriptor: Int32) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}

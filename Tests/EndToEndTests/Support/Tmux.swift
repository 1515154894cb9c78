import Foundation

/// A detached tmux session running one command, driven like a person at a keyboard:
/// `send` types keys, `screen` reads what is drawn (`capture-pane`).
final class TmuxSession: Sendable {
    let name: String
    private let socket: String
    private let executable: URL

    /// Starts `command` in a new detached session of the given size, in `directory` if given.
    init(
        command: [String], width: Int, height: Int, environment: [String: String] = [:],
        directory: URL? = nil
    ) throws {
        executable = try SystemTool.tmux.url()
        name = "omega-e2e-\(UUID().uuidString.prefix(8))"
        // A private server socket keeps the test away from any tmux the user runs.
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        var arguments = ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        if let directory { arguments += ["-c", directory.path] }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments += command
        // The first call forks the tmux server, which keeps the descriptors it inherited:
        // given a pipe, a read to end-of-file would wait for the server to exit.
        let start = try runToCompletion(
            executable, ["-S", socket, "-f", "/dev/null"] + arguments, captureOutput: false)
        guard start.status == 0 else {
            throw TmuxError(message: "tmux new-session failed with status \(start.status)")
        }
        // Keep the pane after the program exits so its last screen can still be read.
        _ = try? tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try runToCompletion(executable, ["-S", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")): \(result.output)")
        }
        return result.output
    }

    /// Types keys: tmux key names (`Enter`, `Tab`, `Escape`, `F3`) or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally, character by character (no key-name lookup).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Sends raw bytes, as a terminal with another keyboard encoding would (`send-keys -H`).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Where the program left the hardware cursor (column, row), counted from 0.
    func cursor() throws -> (column: Int, row: Int) {
        let answer = try tmux(["display-message", "-p", "-t", name, "#{cursor_x} #{cursor_y}"])
        let numbers = answer.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard numbers.count == 2 else { throw TmuxError(message: "no cursor position in \"\(answer)\"") }
        return (numbers[0], numbers[1])
    }

    /// The visible screen with its attributes and colours as escape sequences
    /// (`capture-pane -e`).
    func screenWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    /// The visible screen, one line per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The visible screen for failure messages (which cannot throw).
    var snapshot: String { (try? screen()) ?? "<tmux did not answer>" }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program in the pane.
    func panePID() throws -> pid_t? {
        pid_t(
            try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(
                in: .whitespacesAndNewlines))
    }

    /// Whether the program in the pane has exited.
    func programExited() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
            == "1"
    }

    /// Polls the screen until `predicate` holds; returns the last screen either way.
    @discardableResult
    func waitForScreen(timeout: Duration = .seconds(15), _ predicate: (String) -> Bool) async throws -> String
    {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while clock.now < deadline {
            last = try screen()
            if predicate(last) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        return last
    }

    /// Waits until the screen contains `text`; returns whether it appeared.
    func waitFor(_ text: String, timeout: Duration = .seconds(15)) async throws -> Bool {
        try await waitForScreen(timeout: timeout) { $0.contains(text) }.contains(text)
    }

    func kill() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    deinit { kill() }
}

struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

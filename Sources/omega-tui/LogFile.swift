import Foundation
import Logging
import OmegaClient

/// A log file under the XDG state directory, written by swift-log's `StreamLogHandler`:
/// logs never reach the screen (ncurses owns it).
struct LogFile: TextOutputStream, Sendable {
    private let sink: Sink

    /// Opens (creating or appending to) `url`, with 0600 permissions; nil when it cannot.
    init?(url: URL) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        if !manager.fileExists(atPath: url.path) {
            guard manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { return nil }
        }
        guard let handle = try? FileHandle(forWritingTo: url) else { return nil }
        _ = try? handle.seekToEnd()
        sink = Sink(handle: handle)
    }

    /// `$XDG_STATE_HOME/omega-tui/omega-tui.log` (default `~/.local/state/omega-tui/`).
    static func defaultURL(environment: [String: String]) -> URL {
        FileTokenStore.defaultDirectory(environment: environment).appendingPathComponent("omega-tui.log")
    }

    mutating func write(_ string: String) {
        sink.write(string)
    }

    /// The shared file handle; writes from any task are serialised by a lock.
    private final class Sink: @unchecked Sendable {
        private let handle: FileHandle
        private let lock = NSLock()

        init(handle: FileHandle) { self.handle = handle }

        func write(_ string: String) {
            lock.lock()
            defer { lock.unlock() }
            try? handle.write(contentsOf: Data(string.utf8))
        }
    }
}

extension LogFile {
    /// Sends every logger of the process to `url` at `level`; with no usable file, logs are
    /// dropped (never printed over the interface).
    static func bootstrap(url: URL, level: Logger.Level) {
        let file = LogFile(url: url)
        LoggingSystem.bootstrap { label in
            guard let file else { return SwiftLogNoOpLogHandler() }
            var handler = StreamLogHandler(label: label, stream: file)
            handler.logLevel = level
            return handler
        }
    }
}

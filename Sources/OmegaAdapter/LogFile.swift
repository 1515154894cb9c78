import Foundation
import Logging
import OmegaClient

/// A log file under the XDG state directory, written by swift-log's `StreamLogHandler`:
/// logs never reach the screen (ncurses owns it).
public struct LogFile: TextOutputStream, Sendable {
    private let sink: Sink

    /// Opens (creating or appending to) `url`: the file 0600 in a 0700 folder, tightened when
    /// found looser; nil when it cannot (another user's file, a link, no room).
    public init?(url: URL) {
        guard let handle = try? PrivateFiles.openForAppending(url) else { return nil }
        sink = Sink(handle: handle)
    }

    /// `$XDG_STATE_HOME/omega-tui/omega-tui.log` (default `~/.local/state/omega-tui/`).
    public static func defaultURL(environment: [String: String]) -> URL {
        FileTokenStore.defaultDirectory(environment: environment).appendingPathComponent("omega-tui.log")
    }

    /// Appends `string`.
    public mutating func write(_ string: String) {
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
    public static func bootstrap(url: URL, level: Logger.Level) {
        let file = LogFile(url: url)
        LoggingSystem.bootstrap { label in
            guard let file else { return SwiftLogNoOpLogHandler() }
            var handler = StreamLogHandler(label: label, stream: file)
            handler.logLevel = level
            return handler
        }
    }
}

import Foundation
import SelfService

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Drafts as JSON files under `$XDG_STATE_HOME/omega-tui/drafts/` (fallback
/// `~/.local/state/omega-tui/drafts/`): the directory is 0700, each file 0600, and a write
/// goes to a temporary file that is renamed over the old one, so a crash never leaves half a draft.
public struct FileDraftStore: DraftStore {
    /// The directory holding the drafts.
    public let directory: URL

    /// A store in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The XDG location: `$XDG_STATE_HOME/omega-tui/drafts`, or `~/.local/state/omega-tui/drafts`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL
    {
        let state: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home =
                environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            state = home.appendingPathComponent(".local/state", isDirectory: true)
        }
        return state.appendingPathComponent("omega-tui/drafts", isDirectory: true)
    }

    public func load(_ key: DraftKey) async -> FormDraft? {
        guard let data = try? Data(contentsOf: url(for: key)) else { return nil }
        return try? JSONDecoder().decode(FormDraft.self, from: data)
    }

    public func save(_ draft: FormDraft) async throws {
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let data = try JSONEncoder().encode(draft)
        let target = url(for: draft.key)
        let temporary = directory.appendingPathComponent(".\(draft.key.name).\(UUID().uuidString).tmp")
        try write(data, toNewFile: temporary.path)
        guard rename(temporary.path, target.path) == 0 else {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            unlink(temporary.path)
            throw POSIXError(code)
        }
    }

    public func delete(_ key: DraftKey) async {
        unlink(url(for: key).path)
    }

    /// The file of a draft.
    public func url(for key: DraftKey) -> URL {
        directory.appendingPathComponent(key.name + ".json")
    }

    /// Creates `path` with mode 0600 (never readable by others, whatever the umask allows),
    /// writes everything and flushes it to disk.
    private func write(_ data: Data, toNewFile path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(path)
            throw error
        }
    }
}

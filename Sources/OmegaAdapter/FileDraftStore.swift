import Foundation
import OmegaClient
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
        guard let data = try? PrivateFiles.read(url(for: key)) else { return nil }
        return try? JSONDecoder().decode(FormDraft.self, from: data)
    }

    public func save(_ draft: FormDraft) async throws {
        try PrivateFiles.replace(url(for: draft.key), with: JSONEncoder().encode(draft))
    }

    public func delete(_ key: DraftKey) async {
        unlink(url(for: key).path)
    }

    /// The file of a draft.
    public func url(for key: DraftKey) -> URL {
        directory.appendingPathComponent(key.name + ".json")
    }
}

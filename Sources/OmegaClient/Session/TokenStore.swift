import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a subscriber's refresh token may be kept between runs (optional: without a store,
/// the session lives in memory only). Access tokens are never stored.
public protocol TokenStore: Sendable {
    /// The stored refresh token, or nil.
    func load() throws -> String?
    /// Replaces the stored refresh token.
    func save(_ refreshToken: String) throws
    /// Forgets the stored refresh token.
    func clear() throws
}

/// A ``TokenStore`` in one file readable only by its owner (mode 0600), written atomically
/// (a temporary file in the same directory, then `rename`), under
/// `$XDG_STATE_HOME/omega-tui/` or `~/.local/state/omega-tui/`.
public struct FileTokenStore: TokenStore {
    /// The file holding the token.
    public let fileURL: URL

    /// A store in `directory` (default: the XDG state directory of omega-tui).
    public init(directory: URL? = nil, fileName: String = "refresh-token") {
        let folder = directory ?? Self.defaultDirectory()
        self.fileURL = folder.appendingPathComponent(fileName)
    }

    /// `$XDG_STATE_HOME/omega-tui`, or `~/.local/state/omega-tui` when it is unset or relative.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL
    {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("omega-tui")
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state/omega-tui")
    }

    public func load() throws -> String? {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return nil }
        let text = try String(contentsOf: fileURL, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    public func save(_ refreshToken: String) throws {
        let directory = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = directory.appendingPathComponent(".\(fileURL.lastPathComponent).\(UUID().uuidString)")
        // Created 0600 from the start, so the token is never readable by others, even briefly.
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: Data(refreshToken.utf8),
                attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteUnknown) }
        guard rename(temporary.path, fileURL.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    public func clear() throws {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return }
        try FileManager.default.removeItem(at: fileURL)
    }
}

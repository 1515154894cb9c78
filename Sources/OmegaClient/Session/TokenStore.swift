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

/// A ``TokenStore`` in one file readable only by its owner, written atomically (a temporary
/// file in the same directory, then `rename`), under `$XDG_STATE_HOME/omega-tui/` or
/// `~/.local/state/omega-tui/`.
///
/// The folder is kept at mode 0700 and the file at 0600: when they already exist with looser
/// permissions (a folder made by hand, a file copied from a backup), reading or writing
/// tightens them first. A folder or file that belongs to another user, or a file that is not a
/// regular file, is refused with a ``PrivateFileError``: it is neither read nor written.
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
        guard let data = try PrivateFiles.read(fileURL) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    public func save(_ refreshToken: String) throws {
        try PrivateFiles.replace(fileURL, with: Array(refreshToken.utf8))
    }

    public func clear() throws {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return }
        try FileManager.default.removeItem(at: fileURL)
    }
}

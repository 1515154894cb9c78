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
/// regular file, is refused with a ``TokenStoreError``: it is neither read nor written.
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

    private var directoryPath: String { fileURL.deletingLastPathComponent().path }

    public func load() throws -> String? {
        guard try PrivatePath.secure(directoryPath, as: .directory),
            try PrivatePath.secure(fileURL.path, as: .file)
        else { return nil }
        let text = try String(contentsOf: fileURL, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    public func save(_ refreshToken: String) throws {
        let directory = fileURL.deletingLastPathComponent()
        if try !PrivatePath.secure(directory.path, as: .directory) {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            _ = try PrivatePath.secure(directory.path, as: .directory)
        }
        _ = try PrivatePath.secure(fileURL.path, as: .file)
        let temporary = directory.appendingPathComponent(".\(fileURL.lastPathComponent).\(UUID().uuidString)")
        try PrivatePath.writeNewFile(temporary.path, contents: Array(refreshToken.utf8))
        guard rename(temporary.path, fileURL.path) == 0 else {
            let failure = POSIXError.current
            try? FileManager.default.removeItem(at: temporary)
            throw failure
        }
    }

    public func clear() throws {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return }
        try FileManager.default.removeItem(at: fileURL)
    }
}

/// The checks that keep the token's folder and file private to the user running omega-tui.
enum PrivatePath {
    enum Kind {
        case directory
        case file

        var mode: mode_t { self == .directory ? 0o700 : 0o600 }
    }

    /// Checks `path` and tightens its permissions to the kind's mode; false when it does not exist.
    ///
    /// The folder may be a symbolic link (dotfile managers make them): its target is checked. The
    /// file may not, since the token would then be read from, or written to, somewhere else.
    static func secure(_ path: String, as kind: Kind) throws -> Bool {
        var info = stat()
        let found = kind == .directory ? stat(path, &info) : lstat(path, &info)
        guard found == 0 else {
            guard errno == ENOENT else { throw POSIXError.current }
            return false
        }
        let expectedType: mode_t = kind == .directory ? S_IFDIR : S_IFREG
        guard info.st_mode & S_IFMT == expectedType else {
            throw TokenStoreError(.unexpectedFileType, path: path)
        }
        guard info.st_uid == geteuid() else {
            throw TokenStoreError(.foreignOwner, path: path, owner: UInt32(info.st_uid))
        }
        if info.st_mode & 0o777 != kind.mode, chmod(path, kind.mode) != 0 {
            throw POSIXError.current
        }
        return true
    }

    /// Creates `path` with mode 0600 from the first instant (`O_EXCL`: never an existing file)
    /// and writes `contents` to disk.
    static func writeNewFile(_ path: String, contents: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, Kind.file.mode)
        guard descriptor >= 0 else { throw POSIXError.current }
        defer { close(descriptor) }
        // The mode given to open() is reduced by the umask; fchmod sets it exactly.
        guard fchmod(descriptor, Kind.file.mode) == 0 else { throw POSIXError.current }
        var written = 0
        while written < contents.count {
            let result = contents[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                guard errno == EINTR else { throw POSIXError.current }
                continue
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw POSIXError.current }
    }
}

private extension POSIXError {
    /// The error `errno` names now.
    static var current: POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}

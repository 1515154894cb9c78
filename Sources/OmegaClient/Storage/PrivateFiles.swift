import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files omega-tui keeps under the user's state folder (remembered session and e-mail,
/// drafts, log): folders 0700, files 0600, owned by the user running the program.
///
/// A folder or file found looser (0755, 0644: an older version, a restored backup, a umask)
/// is tightened before it is read or written; one owned by someone else, or of another kind
/// (a device, a link where a file is expected), is refused with ``PrivateFileError``.
public enum PrivateFiles {
    /// What a path is expected to be.
    public enum Kind: Sendable {
        /// A folder, mode 0700.
        case directory
        /// A regular file, mode 0600.
        case file

        /// The mode the kind is kept at.
        public var mode: mode_t { self == .directory ? 0o700 : 0o600 }
    }

    /// Checks `path` and tightens its permissions to the kind's mode; false when it does not exist.
    ///
    /// A folder may be a symbolic link (dotfile managers make them): its target is checked. A
    /// file may not, since it would then be read from, or written to, somewhere else.
    public static func secure(_ path: String, as kind: Kind) throws -> Bool {
        var info = stat()
        let found = kind == .directory ? stat(path, &info) : lstat(path, &info)
        guard found == 0 else {
            guard errno == ENOENT else { throw POSIXError.current }
            return false
        }
        let expectedType: mode_t = kind == .directory ? S_IFDIR : S_IFREG
        guard info.st_mode & S_IFMT == expectedType else {
            throw PrivateFileError(.unexpectedFileType, path: path)
        }
        guard info.st_uid == geteuid() else {
            throw PrivateFileError(.foreignOwner, path: path, owner: UInt32(info.st_uid))
        }
        if info.st_mode & 0o777 != kind.mode, chmod(path, kind.mode) != 0 {
            throw POSIXError.current
        }
        return true
    }

    /// Makes sure `directory` exists as a private folder: created 0700 when missing (with its
    /// missing parents), tightened when looser.
    public static func prepareDirectory(_ directory: URL) throws {
        if try secure(directory.path, as: .directory) { return }
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: Kind.directory.mode])
        _ = try secure(directory.path, as: .directory)
    }

    /// The contents of a private file, or nil when it does not exist. Its folder and the file
    /// are checked (and tightened) first.
    public static func read(_ file: URL) throws -> Data? {
        guard try secure(file.deletingLastPathComponent().path, as: .directory),
            try secure(file.path, as: .file)
        else { return nil }
        return try Data(contentsOf: file)
    }

    /// Replaces `file` with `contents` in one step: written to a new 0600 file beside it,
    /// flushed, then renamed over the old one, so a crash never leaves half a file.
    public static func replace(_ file: URL, with contents: some Collection<UInt8>) throws {
        let directory = file.deletingLastPathComponent()
        try prepareDirectory(directory)
        _ = try secure(file.path, as: .file)
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString)")
        try writeNewFile(temporary.path, contents: Array(contents))
        guard rename(temporary.path, file.path) == 0 else {
            let failure = POSIXError.current
            unlink(temporary.path)
            throw failure
        }
    }

    /// A handle that appends to `file`, created 0600 when missing, tightened when looser.
    public static func openForAppending(_ file: URL) throws -> FileHandle {
        try prepareDirectory(file.deletingLastPathComponent())
        _ = try secure(file.path, as: .file)
        // O_NOFOLLOW: a link planted between the check and the open is refused, not followed.
        let descriptor = open(
            file.path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, Kind.file.mode)
        guard descriptor >= 0 else { throw POSIXError.current }
        guard fchmod(descriptor, Kind.file.mode) == 0 else {
            let failure = POSIXError.current
            close(descriptor)
            throw failure
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
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

extension POSIXError {
    /// The error `errno` names now.
    static var current: POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}

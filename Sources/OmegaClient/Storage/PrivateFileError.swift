/// Why a private state file (remembered session, drafts, log, remembered e-mail) is refused.
///
/// A folder or file that belongs to another user could have been planted, or could be read by
/// that user: nothing is read from it nor written into it.
public struct PrivateFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of refusal.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The folder or the file belongs to another user.
        case foreignOwner
        /// The path is not a folder (resp. a regular file) as expected, e.g. a device or a link.
        case unexpectedFileType
    }

    /// The class of refusal.
    public var kind: Kind
    /// The folder or file concerned.
    public var path: String
    /// Its owner's user id, when it matters.
    public var owner: UInt32?

    /// Creates an error.
    public init(_ kind: Kind, path: String, owner: UInt32? = nil) {
        self.kind = kind
        self.path = path
        self.owner = owner
    }

    /// A technical description for logs.
    public var description: String {
        var text = "PrivateFileError.\(kind.rawValue) at \(path)"
        if let owner { text += " (owner uid \(owner))" }
        return text
    }
}

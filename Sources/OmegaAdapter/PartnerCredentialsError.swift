/// Why the partner credentials could not be loaded. The counter refuses to start on any of
/// these, before touching the screen, and says why in the interface language.
public enum PartnerCredentialsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist.
    case missing(path: String)
    /// The file exists but cannot be opened or read (`errno` text).
    case unreadable(path: String, reason: String)
    /// The path is not a regular file.
    case notRegularFile(path: String)
    /// The file belongs to someone other than root or the running user.
    case wrongOwner(path: String, owner: UInt32)
    /// Group or others may read or write the file (`mode` is the permission bits).
    case tooOpen(path: String, mode: UInt32)
    /// The TOML is not what is expected.
    case malformed(path: String, problem: Malformation)
    /// Environment variables are missing or empty.
    case missingEnvironment([String])

    /// A technical description for logs (never the key): the front end words it for people.
    public var description: String {
        switch self {
        case .missing(let path): return "missing: \(path)"
        case .unreadable(let path, let reason): return "unreadable: \(path): \(reason)"
        case .notRegularFile(let path): return "not a regular file: \(path)"
        case .wrongOwner(let path, let owner): return "wrong owner \(owner): \(path)"
        case .tooOpen(let path, let mode): return "mode \(Self.octal(mode)): \(path)"
        case .malformed(let path, let problem): return "malformed (\(problem)): \(path)"
        case .missingEnvironment(let names): return "missing environment: \(names.joined(separator: ", "))"
        }
    }

    /// Permission bits as `0644`.
    public static func octal(_ mode: UInt32) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// What is wrong inside a credentials file.
public enum Malformation: Equatable, Sendable, CustomStringConvertible {
    /// Larger than 64 KiB.
    case tooLarge
    /// Not UTF-8 text.
    case notUTF8
    /// Not TOML, from this line.
    case unreadableTOML(line: Int)
    /// `id`, `key` or `api_id` is not a string.
    case notStrings
    /// More than one `[[partner]]` table.
    case severalPartners
    /// `id`, `key` or `api_id` is missing or empty.
    case missingFields

    public var description: String {
        switch self {
        case .tooLarge: return "too large"
        case .notUTF8: return "not UTF-8"
        case .unreadableTOML(let line): return "TOML error at line \(line)"
        case .notStrings: return "not strings"
        case .severalPartners: return "several partners"
        case .missingFields: return "missing fields"
        }
    }
}

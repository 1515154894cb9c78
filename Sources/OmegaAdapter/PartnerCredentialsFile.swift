import Foundation
import TOMLKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads the counter's partner credentials: from a TOML file that only root or the running
/// user owns and nobody else can read, or from environment variables (tests).
///
/// The file holds the same keys as one `[[partner]]` entry of the sandbox's `--partner-keys`:
///
/// ```toml
/// id = "guichet-ales"
/// key = "…"
/// api_id = "guichet@ales"
/// ```
///
/// A file with exactly one `[[partner]]` table is accepted too (its `communes` are ignored).
public enum PartnerCredentialsFile {
    /// Where the counter looks when `--partner-credentials` is not given.
    public static let defaultPath = "/etc/omega-tui/partner.toml"

    /// The environment variables read by ``fromEnvironment(_:)``.
    public static let environmentNames = (
        id: "OMEGA_PARTNER_ID", key: "OMEGA_PARTNER_KEY", apiId: "OMEGA_PARTNER_API_ID"
    )

    /// Loads and checks the file at `path`. `runningUser` is the uid allowed to own it besides
    /// root (the effective uid by default).
    ///
    /// The file is opened first and its permissions checked on the open descriptor, so the
    /// file checked is the file read.
    public static func load(path: String = defaultPath, runningUser: UInt32 = UInt32(geteuid()))
        throws(PartnerCredentialsError) -> PartnerCredentials
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        try checkPermissions(
            path: path, owner: UInt32(info.st_uid), mode: UInt32(info.st_mode), runningUser: runningUser)
        let text = try readAll(descriptor, path: path)
        return try parse(text, source: path)
    }

    /// Checks that a file of this `owner` and `mode` may hold the key.
    static func checkPermissions(path: String, owner: UInt32, mode: UInt32, runningUser: UInt32)
        throws(PartnerCredentialsError)
    {
        guard mode & UInt32(S_IFMT) == UInt32(S_IFREG) else { throw .notRegularFile(path: path) }
        guard owner == 0 || owner == runningUser else { throw .wrongOwner(path: path, owner: owner) }
        guard mode & 0o077 == 0 else { throw .tooOpen(path: path, mode: mode & 0o7777) }
    }

    private static func readAll(_ descriptor: Int32, path: String) throws(PartnerCredentialsError) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            // A credentials file is a few lines: refuse anything absurd instead of reading it all.
            guard bytes.count <= 64 * 1024 else { throw .malformed(path: path, problem: .tooLarge) }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .malformed(path: path, problem: .notUTF8)
        }
        return text
    }

    /// Parses credentials from TOML `text`; `source` names it in errors.
    public static func parse(_ text: String, source: String) throws(PartnerCredentialsError)
        -> PartnerCredentials
    {
        let document: CredentialsDocument
        do {
            document = try TOMLDecoder().decode(CredentialsDocument.self, from: text)
        } catch let error as TOMLParseError {
            // Never quote the text (TOMLKit's description may): it holds the key.
            throw .malformed(path: source, problem: .unreadableTOML(line: error.source.begin.line))
        } catch {
            throw .malformed(path: source, problem: .notStrings)
        }
        let values: CredentialsDocument.Entry
        switch document.partner {
        case nil:
            values = document.topLevel
        case let partners?:
            guard partners.count == 1, document.topLevel == CredentialsDocument.Entry() else {
                throw .malformed(path: source, problem: .severalPartners)
            }
            values = partners[0]
        }
        guard let id = values.id, !id.isEmpty, let key = values.key, !key.isEmpty,
            let apiId = values.apiId, !apiId.isEmpty
        else {
            throw .malformed(path: source, problem: .missingFields)
        }
        return PartnerCredentials(id: id, key: key, apiId: apiId)
    }

    /// Credentials from `OMEGA_PARTNER_ID`, `OMEGA_PARTNER_KEY` and `OMEGA_PARTNER_API_ID`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PartnerCredentialsError) -> PartnerCredentials
    {
        let names = environmentNames
        let missing = [names.id, names.key, names.apiId].filter { (environment[$0] ?? "").isEmpty }
        guard missing.isEmpty, let id = environment[names.id], let key = environment[names.key],
            let apiId = environment[names.apiId]
        else {
            throw .missingEnvironment(missing)
        }
        return PartnerCredentials(id: id, key: key, apiId: apiId)
    }
}

/// The credentials file: the three keys at the top, or in one `[[partner]]` table (the same
/// entry as the sandbox's `--partner-keys`; other keys, such as `communes`, are ignored).
private struct CredentialsDocument: Decodable {
    struct Entry: Decodable, Equatable {
        var id: String?
        var key: String?
        var apiId: String?

        enum CodingKeys: String, CodingKey {
            case id, key
            case apiId = "api_id"
        }
    }

    var topLevel: Entry
    var partner: [Entry]?

    enum CodingKeys: String, CodingKey {
        case partner
    }

    init(from decoder: any Decoder) throws {
        topLevel = try Entry(from: decoder)
        partner = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(
            [Entry].self, forKey: .partner)
    }
}

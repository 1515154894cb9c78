import OmegaClient

/// Why the partner credentials could not be loaded. The counter refuses to start on any of
/// these, before touching the screen, and prints ``message(in:)``.
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
    /// The TOML is not what is expected (`detail` says what).
    case malformed(path: String, detail: String)
    /// Environment variables are missing or empty.
    case missingEnvironment([String])

    /// The message for the operator, in French or English. Never contains the key.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.missing(let path), .fr):
            return "Fichier d'identifiants partenaire introuvable : \(path)."
        case (.missing(let path), .en):
            return "Partner credentials file not found: \(path)."
        case (.unreadable(let path, let reason), .fr):
            return "Impossible de lire le fichier d'identifiants partenaire \(path) : \(reason)."
        case (.unreadable(let path, let reason), .en):
            return "Cannot read the partner credentials file \(path): \(reason)."
        case (.notRegularFile(let path), .fr):
            return "\(path) n'est pas un fichier ordinaire."
        case (.notRegularFile(let path), .en):
            return "\(path) is not a regular file."
        case (.wrongOwner(let path, let owner), .fr):
            return
                "Le fichier \(path) appartient à l'utilisateur n° \(owner) : il doit appartenir à root ou à l'utilisateur qui lance omega-tui."
        case (.wrongOwner(let path, let owner), .en):
            return
                "The file \(path) is owned by uid \(owner): it must be owned by root or by the user running omega-tui."
        case (.tooOpen(let path, let mode), .fr):
            return
                "Le fichier \(path) est accessible au groupe ou aux autres (droits \(Self.octal(mode))) : la clé partenaire serait lisible. Faites « chmod 600 \(path) »."
        case (.tooOpen(let path, let mode), .en):
            return
                "The file \(path) is accessible to group or others (mode \(Self.octal(mode))): the partner key would be readable. Run \"chmod 600 \(path)\"."
        case (.malformed(let path, let detail), .fr):
            return
                "Fichier d'identifiants partenaire \(path) invalide : \(detail) (attendu : id, key et api_id)."
        case (.malformed(let path, let detail), .en):
            return "Invalid partner credentials file \(path): \(detail) (expected: id, key and api_id)."
        case (.missingEnvironment(let names), .fr):
            return "Variables d'environnement manquantes ou vides : \(names.joined(separator: ", "))."
        case (.missingEnvironment(let names), .en):
            return "Missing or empty environment variables: \(names.joined(separator: ", "))."
        }
    }

    /// The French message.
    public var description: String { message(in: .fr) }

    /// Permission bits as `0644`.
    static func octal(_ mode: UInt32) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

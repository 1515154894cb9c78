import Foundation
import OmegaClient

/// The e-mail "Se souvenir de moi" keeps, so the login screen opens on it: one line in a
/// private file (0600 in a 0700 folder) beside the remembered session.
public struct RememberedEmail: Sendable {
    /// The file.
    public let file: URL

    /// The e-mail kept in `file`.
    public init(file: URL) {
        self.file = file
    }

    /// The remembered address, or nil (none, empty, or a file that is not the user's).
    public func load() -> String? {
        guard let data = try? PrivateFiles.read(file) else { return nil }
        let email = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return email.isEmpty ? nil : email
    }

    /// Keeps `email`; a failure only means the next start asks for it again.
    public func save(_ email: String) {
        try? PrivateFiles.replace(file, with: Array(email.utf8))
    }

    /// Forgets the address.
    public func forget() {
        unlink(file.path)
    }
}

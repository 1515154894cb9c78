import Foundation
import TOMLKit

/// Reads `--partner-keys FILE`: one `[[partner]]` table per partner with `id`, `key`,
/// `api_id` and `communes` (names, or `["*"]` for all).
public enum PartnerKeyFile {
    /// A problem with the partner key file, described for the operator.
    public struct LoadError: Error, CustomStringConvertible {
        /// What is wrong, with the file's path.
        public var description: String
    }

    private struct File: Decodable {
        var partner: [Entry]
    }

    private struct Entry: Decodable {
        var id: String
        var key: String
        var apiID: String
        var communes: [String]

        enum CodingKeys: String, CodingKey {
            case id, key, communes
            case apiID = "api_id"
        }
    }

    /// The partners declared in the file at `path`.
    public static func load(path: String) throws -> [PartnerCredential] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LoadError(description: "cannot read partner keys \(path): \(error.localizedDescription)")
        }
        return try parse(text, source: path)
    }

    /// The partners declared in `text`; `source` names it in error messages.
    public static func parse(_ text: String, source: String = "partner keys") throws -> [PartnerCredential] {
        let file: File
        do {
            file = try TOMLDecoder().decode(File.self, from: text)
        } catch {
            throw LoadError(
                description: "\(source): expected [[partner]] tables with id, key, api_id, communes")
        }
        var seen = Set<String>()
        return try file.partner.map { entry in
            guard !entry.id.isEmpty, !entry.key.isEmpty, !entry.apiID.isEmpty else {
                throw LoadError(description: "\(source): a partner has an empty id, key or api_id")
            }
            guard seen.insert(entry.id).inserted else {
                throw LoadError(description: "\(source): partner id \(entry.id) appears twice")
            }
            let communes: PartnerCredential.Communes =
                entry.communes.contains("*") ? .all : .named(Set(entry.communes.map { $0.lowercased() }))
            return PartnerCredential(id: entry.id, key: entry.key, apiID: entry.apiID, communes: communes)
        }
    }

    /// A partner with random credentials that sees every commune, for a sandbox started
    /// without a key file (printed at start so that the operator can use it).
    public static func demoPartner() -> PartnerCredential {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        let key = String((0..<32).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
        return PartnerCredential(id: "demo-partner", key: key, apiID: "demo@omega-sandbox", communes: .all)
    }
}

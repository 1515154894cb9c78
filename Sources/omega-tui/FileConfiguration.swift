import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/omega-tui/config.toml` (default `~/.config/omega-tui/config.toml`):
///
/// ```toml
/// server = "https://omega.example.fr/api/v1/"
/// api_id = "cle@integration"
/// theme = "contraste-eleve"
/// lang = "fr"
/// payment_url = "https://paiement.eaux-exemple.fr"   # when the service's messages name none
/// payment_phone = "09 69 32 35 29"
/// ```
/// Command-line options win over the file. Never a password here.
struct FileConfiguration: Decodable, Equatable {
    var server: String?
    var apiId: String?
    var theme: String?
    var lang: String?
    /// The payment page "Payer" shows when the service's messages name none.
    var paymentURL: String?
    /// The phone number "Payer" shows when the service's messages name none.
    var paymentPhone: String?

    enum CodingKeys: String, CodingKey {
        case server
        case apiId = "api_id"
        case theme
        case lang
        case paymentURL = "payment_url"
        case paymentPhone = "payment_phone"
    }

    /// The file's path for `environment`.
    static func url(environment: [String: String]) -> URL {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home =
                environment["HOME"].map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            base = home.appendingPathComponent(".config")
        }
        return base.appendingPathComponent("omega-tui").appendingPathComponent("config.toml")
    }

    /// Reads the file: an empty configuration when it does not exist, an error when it is
    /// not valid TOML (the user should know their settings are ignored).
    static func load(from url: URL) throws -> FileConfiguration {
        guard let data = FileManager.default.contents(atPath: url.path) else { return FileConfiguration() }
        let text = String(decoding: data, as: UTF8.self)
        return try TOMLDecoder().decode(FileConfiguration.self, from: text)
    }
}

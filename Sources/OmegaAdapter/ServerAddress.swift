import Foundation

/// The Omega API root a person means by a server address.
public enum ServerAddress {
    /// The path of the API on an OmegaWEB server.
    public static let apiPath = "api/v1/"

    /// `https://omega.example.fr/api/v1/` for `https://omega.example.fr`, `…fr/` or the API root
    /// itself: a bare origin gets the API path, any other path is kept (with a final `/`).
    public static func apiRoot(_ address: String) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme, url.host != nil,
            scheme == "http" || scheme == "https"
        else { return trimmed }
        let path = url.path
        if path.isEmpty || path == "/" {
            return (trimmed.hasSuffix("/") ? trimmed : trimmed + "/") + apiPath
        }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}

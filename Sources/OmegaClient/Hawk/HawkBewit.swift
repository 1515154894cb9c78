import Foundation

/// Bewits: a Hawk authorization carried in a URL (`?bewit=…`), for links without headers.
/// Omega does not use them; they are here so the whole reference vector set is checked.
public enum HawkBewit {
    /// The bewit for `url` valid until `expiry` (seconds since 1970), with optional `ext`:
    /// `base64url_nopad(id \ exp \ mac \ ext)`.
    public static func make(
        url: String, credentials: HawkCredentials, expiry: Int, ext: String? = nil
    ) throws(HawkError) -> String {
        let target = try HawkTarget(url: url)
        let artifacts = HawkArtifacts(
            ts: expiry, nonce: "", method: "GET", resource: target.resource, host: target.host,
            port: target.port, ext: ext)
        let mac = HawkCrypto.mac(type: .bewit, credentials: credentials, artifacts: artifacts)
        let plain = [credentials.id, String(expiry), mac, ext ?? ""].joined(separator: "\\")
        return Data(plain.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes a bewit into its four parts (id, expiry, mac, ext), or nil when it is not one.
    public static func decode(_ bewit: String) -> (id: String, expiry: Int, mac: String, ext: String)? {
        var base64 = bewit.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8) else {
            return nil
        }
        let parts = plain.split(separator: "\\", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, let expiry = Int(parts[1]) else { return nil }
        return (parts[0], expiry, parts[2], parts[3])
    }
}

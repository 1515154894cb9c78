/// Parsing and writing of Hawk attribute headers (`Authorization`, `Server-Authorization`,
/// `WWW-Authenticate`), following the reference implementation's rules exactly.
public enum HawkHeader {
    /// Attributes allowed in a request's `Authorization` header.
    public static let authorizationKeys: Set<String> = [
        "id", "ts", "nonce", "hash", "ext", "mac", "app", "dlg",
    ]
    /// Attributes allowed in a response's `Server-Authorization` header.
    public static let serverAuthorizationKeys: Set<String> = ["mac", "ext", "hash"]
    /// Attributes allowed in a 401's `WWW-Authenticate` header read by a client.
    public static let wwwAuthenticateKeys: Set<String> = ["ts", "tsm", "error"]
    /// Longest header the reference accepts.
    public static let maximumLength = 4096

    /// Parses `Hawk k="v", k2="v2"` into a dictionary.
    ///
    /// Values are always double-quoted and contain printable ASCII except `"` and `\` (no
    /// escapes exist); a name outside `allowedKeys`, a repeated name, an empty or bad value,
    /// or unparsable leftovers are errors with the reference's messages.
    public static func parse(_ header: String, allowedKeys: Set<String>) throws(HawkError) -> [String: String]
    {
        guard header.utf8.count <= maximumLength else { throw .invalidHeader("Header length too long") }
        let bytes = Array(header.utf8)
        var index = 0
        while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
        guard index > 0 else { throw .invalidHeader("Invalid header syntax") }
        let scheme = String(decoding: bytes[0..<index], as: UTF8.self)
        if index < bytes.count {
            guard isSpace(bytes[index]) else { throw .invalidHeader("Invalid header syntax") }
        }
        guard scheme.lowercased() == "hawk" else { throw .notHawkScheme }
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { throw .invalidHeader("Invalid header syntax") }
        return try parseAttributes(Array(bytes[index...]), allowedKeys: allowedKeys)
    }

    /// Scans attributes the way the reference's global `replace` does: matches are consumed,
    /// anything else is leftover and makes the header invalid.
    private static func parseAttributes(_ bytes: [UInt8], allowedKeys: Set<String>) throws(HawkError)
        -> [String: String]
    {
        var attributes: [String: String] = [:]
        var hasLeftover = false
        var index = 0
        while index < bytes.count {
            guard let match = matchAttribute(bytes, at: index) else {
                hasLeftover = true
                index += 1
                continue
            }
            let (name, value) = (match.name, match.value)
            guard allowedKeys.contains(name) else { throw .invalidHeader("Unknown attribute: \(name)") }
            guard !value.isEmpty, value.utf8.allSatisfy(isAllowedValueByte) else {
                throw .invalidHeader("Bad attribute value: \(name)")
            }
            guard attributes[name] == nil else { throw .invalidHeader("Duplicate attribute: \(name)") }
            attributes[name] = value
            index = match.end
        }
        guard !hasLeftover else { throw .invalidHeader("Bad header format") }
        return attributes
    }

    /// Matches `(\w+)="([^"\\]*)"\s*(?:,\s*|$)` at `start`.
    private static func matchAttribute(_ bytes: [UInt8], at start: Int) -> (
        name: String, value: String, end: Int
    )? {
        var index = start
        while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
        guard index > start, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "="),
            bytes[index + 1] == UInt8(ascii: "\"")
        else { return nil }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 2
        let valueStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        if index == bytes.count { return (name, value, index) }
        guard bytes[index] == UInt8(ascii: ",") else { return nil }
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return (name, value, index)
    }

    /// Writes `Hawk id="…", ts="…", nonce="…"[, hash="…"][, ext="…"], mac="…"[, app="…"[, dlg="…"]]`,
    /// the order of the reference client; `ext` is left out when empty.
    public static func authorization(id: String, artifacts: HawkArtifacts, mac: String) -> String {
        var parts = ["id=\"\(id)\"", "ts=\"\(artifacts.ts)\"", "nonce=\"\(artifacts.nonce)\""]
        if let hash = artifacts.hash { parts.append("hash=\"\(hash)\"") }
        if let ext = artifacts.ext, !ext.isEmpty { parts.append("ext=\"\(ext)\"") }
        parts.append("mac=\"\(mac)\"")
        if let app = artifacts.app {
            parts.append("app=\"\(app)\"")
            if let dlg = artifacts.dlg { parts.append("dlg=\"\(dlg)\"") }
        }
        return "Hawk " + parts.joined(separator: ", ")
    }

    /// Writes `Hawk mac="…"[, hash="…"][, ext="…"]` (a server's `Server-Authorization`).
    public static func serverAuthorization(mac: String, hash: String?, ext: String?) -> String {
        var parts = ["mac=\"\(mac)\""]
        if let hash { parts.append("hash=\"\(hash)\"") }
        if let ext, !ext.isEmpty { parts.append("ext=\"\(ext)\"") }
        return "Hawk " + parts.joined(separator: ", ")
    }

    /// Writes `Hawk ts="…", tsm="…", error="Stale timestamp"` (a server's stale-timestamp answer).
    public static func staleTimestamp(now: Int, credentials: HawkCredentials) -> String {
        let tsm = HawkCrypto.timestampMAC(ts: now, credentials: credentials)
        return "Hawk ts=\"\(now)\", tsm=\"\(tsm)\", error=\"Stale timestamp\""
    }

    /// Whether `value` can travel as an attribute value: non-empty printable ASCII without
    /// `"` or `\` (Hawk has no escapes).
    public static func isValidAttributeValue(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy(isAllowedValueByte)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// Printable ASCII 0x20–0x7E except `"` and `\`.
    private static func isAllowedValueByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte <= 0x7E && byte != 0x22 && byte != 0x5C
    }
}

import Foundation

/// The kinds of normalized string Hawk signs; each gives the first line `hawk.1.<type>`.
public enum HawkMACType: String, Sendable, Hashable {
    /// A request's `Authorization` header.
    case header
    /// A server's `Server-Authorization` header (request values, response hash and ext).
    case response
    /// A bewit (URL authorization): `ts` is the expiry and the nonce is empty.
    case bewit
}

/// Everything that goes into a Hawk MAC: the request's coordinates and the signed attributes.
public struct HawkArtifacts: Sendable, Hashable {
    /// Seconds since 1970 (the client's clock plus its known offset to the server).
    public var ts: Int
    /// A random string chosen by the client for each request.
    public var nonce: String
    /// The HTTP method; upper-cased in the normalized string.
    public var method: String
    /// Path and `?query` exactly as sent on the request line.
    public var resource: String
    /// The host without port; lower-cased in the normalized string.
    public var host: String
    /// The port, explicit or the scheme's default (80 for http, 443 for https).
    public var port: Int
    /// The payload hash, or nil when the payload is not covered.
    public var hash: String?
    /// Application data covered by the MAC (e.g. `agent=<login>`), or nil.
    public var ext: String?
    /// Oz application id (rarely used), or nil.
    public var app: String?
    /// Oz delegated-by application id, used only when `app` is set.
    public var dlg: String?

    /// Creates artifacts from their parts.
    public init(
        ts: Int, nonce: String, method: String, resource: String, host: String, port: Int,
        hash: String? = nil, ext: String? = nil, app: String? = nil, dlg: String? = nil
    ) {
        self.ts = ts
        self.nonce = nonce
        self.method = method
        self.resource = resource
        self.host = host
        self.port = port
        self.hash = hash
        self.ext = ext
        self.app = app
        self.dlg = dlg
    }

    /// The normalized string of the reference implementation: one line per field, each
    /// ending in `\n`, with `ext` escaped (`\` → `\\`, newline → `\n`).
    public func normalizedString(type: HawkMACType) -> String {
        var lines = [
            "hawk.1.\(type.rawValue)",
            String(ts),
            nonce,
            method.uppercased(),
            resource,
            host.lowercased(),
            String(port),
            hash ?? "",
            Self.escapeExt(ext ?? ""),
        ]
        if let app {
            lines.append(app)
            lines.append(dlg ?? "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes `ext` for the normalized string, backslashes first so escapes stay unambiguous.
    static func escapeExt(_ ext: String) -> String {
        ext.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }
}

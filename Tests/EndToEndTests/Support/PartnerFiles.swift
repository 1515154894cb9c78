import Foundation

/// The files a counter test needs, written into `work`: the sandbox's partner table
/// (`partners.toml`, every commune) and the desk's credentials file (`partner.toml`, 0600).
struct PartnerFiles {
    let keys: URL
    let credentials: URL

    init(work: URL, id: String, key: String, apiID: String) throws {
        keys = work.appendingPathComponent("partners.toml")
        try """
        [[partner]]
        id = "\(id)"
        key = "\(key)"
        api_id = "\(apiID)"
        communes = ["*"]
        """.write(to: keys, atomically: true, encoding: .utf8)
        credentials = work.appendingPathComponent("partner.toml")
        try "id = \"\(id)\"\nkey = \"\(key)\"\napi_id = \"\(apiID)\"\n"
            .write(to: credentials, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials.path)
    }
}

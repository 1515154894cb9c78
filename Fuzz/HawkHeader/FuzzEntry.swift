/// libFuzzer entry: any text given to the Hawk header parser either parses or fails with a
/// `HawkError`; what parses respects the attribute rules and reads back the same once written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHawkHeader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let header = String(
        decoding: UnsafeBufferPointer(start: start, count: start == nil ? 0 : count), as: UTF8.self)
    for keys in [
        HawkHeader.authorizationKeys, HawkHeader.serverAuthorizationKeys, HawkHeader.wwwAuthenticateKeys,
    ] {
        guard let attributes = try? HawkHeader.parse(header, allowedKeys: keys) else { continue }
        for (name, value) in attributes {
            precondition(keys.contains(name), "attribute \(name) is not allowed")
            precondition(HawkHeader.isValidAttributeValue(value), "value of \(name) cannot travel")
        }
        if keys == HawkHeader.authorizationKeys { checkAuthorizationRoundTrip(attributes) }
    }
    return 0
}

/// A request header rebuilt by the writer from parsed attributes parses back to them.
private func checkAuthorizationRoundTrip(_ attributes: [String: String]) {
    guard let id = attributes["id"], let tsText = attributes["ts"], let ts = Int(tsText),
        String(ts) == tsText,
        let nonce = attributes["nonce"], let mac = attributes["mac"],
        attributes["dlg"] == nil || attributes["app"] != nil
    else { return }
    let artifacts = HawkArtifacts(
        ts: ts, nonce: nonce, method: "GET", resource: "/", host: "localhost", port: 80,
        hash: attributes["hash"], ext: attributes["ext"], app: attributes["app"], dlg: attributes["dlg"])
    let written = HawkHeader.authorization(id: id, artifacts: artifacts, mac: mac)
    guard let again = try? HawkHeader.parse(written, allowedKeys: HawkHeader.authorizationKeys) else {
        preconditionFailure("the writer's header does not parse: \(written)")
    }
    precondition(again == attributes, "attributes changed through writing: \(written)")
}

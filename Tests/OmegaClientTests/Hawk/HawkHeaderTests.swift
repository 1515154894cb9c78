import OmegaClient
import Testing

@Suite("Hawk header parsing (the reference's rules)")
struct HawkHeaderTests {
    let keys = HawkHeader.authorizationKeys

    @Test("attributes in any order, with extra spaces")
    func parsesAttributes() throws {
        let parsed = try HawkHeader.parse(
            #"Hawk id="1", ts="1353788437", nonce="k3j4h2",mac="zy79QQ5/EYFmQqutVnYb73gAc/U=",  ext="hello""#,
            allowedKeys: keys)
        #expect(
            parsed == [
                "id": "1", "ts": "1353788437", "nonce": "k3j4h2", "mac": "zy79QQ5/EYFmQqutVnYb73gAc/U=",
                "ext": "hello",
            ])
    }

    @Test(
        "malformed headers are refused with the reference's message",
        arguments: [
            (#"Hawk id="1", ts="1", bogus="x""#, "Unknown attribute: bogus"),
            (#"Hawk id="", ts="1""#, "Bad attribute value: id"),
            ("Hawk id=\"a\tb\"", "Bad attribute value: id"),
            (#"Hawk id="1", id="2""#, "Duplicate attribute: id"),
            (#"Hawk id="1" junk"#, "Bad header format"),
            ("Hawk", "Invalid header syntax"),
            (#"Hawk   "#, "Invalid header syntax"),
            (#"=Hawk id="1""#, "Invalid header syntax"),
            ("Hawk id=\"" + String(repeating: "a", count: 4100) + "\"", "Header length too long"),
        ])
    func refusesMalformed(header: String, message: String) {
        #expect(throws: HawkError.invalidHeader(message)) { try HawkHeader.parse(header, allowedKeys: keys) }
    }

    @Test("another scheme is not a Hawk header")
    func otherScheme() {
        #expect(throws: HawkError.notHawkScheme) { try HawkHeader.parse(#"Bearer abc"#, allowedKeys: keys) }
        #expect(throws: HawkError.notHawkScheme) { try HawkHeader.parse(#"Basic id="1""#, allowedKeys: keys) }
    }

    @Test("WWW-Authenticate accepts only ts, tsm and error")
    func wwwAuthenticateKeys() throws {
        let parsed = try HawkHeader.parse(
            #"Hawk ts="1368996800", tsm="HPDcD5S3Kw7LM/oyoXKcgv2Z30RnOLAI5ebXpYDGfo4=", error="Stale timestamp""#,
            allowedKeys: HawkHeader.wwwAuthenticateKeys)
        #expect(parsed["ts"] == "1368996800")
        #expect(throws: HawkError.invalidHeader("Unknown attribute: mac")) {
            try HawkHeader.parse(#"Hawk ts="1", mac="x""#, allowedKeys: HawkHeader.wwwAuthenticateKeys)
        }
    }

    @Test("ext escaping in the normalized string: backslash and newline")
    func extEscaping() {
        let artifacts = HawkArtifacts(
            ts: 1, nonce: "n", method: "get", resource: "/", host: "Example.COM", port: 80, ext: "a\\b\nc")
        #expect(
            artifacts.normalizedString(type: .header)
                == "hawk.1.header\n1\nn\nGET\n/\nexample.com\n80\n\na\\\\b\\nc\n")
    }

    @Test("content type is lower-cased, cut at ';' and trimmed for the payload hash")
    func contentTypeNormalization() {
        #expect(
            HawkCrypto.normalizedContentType(" Application/VND.API+JSON ; charset=utf-8")
                == "application/vnd.api+json")
        #expect(HawkCrypto.normalizedContentType(nil) == "")
        let plain = HawkCrypto.payloadHash(
            payload: Array("x".utf8), contentType: "text/plain", algorithm: .sha256)
        let decorated = HawkCrypto.payloadHash(
            payload: Array("x".utf8), contentType: "TEXT/PLAIN; charset=utf-8", algorithm: .sha256)
        #expect(plain == decorated)
    }

    @Test("constant-time compare gives the same answers as ==")
    func constantTimeCompare() {
        #expect(HawkCrypto.constantTimeEquals("abc", "abc"))
        #expect(!HawkCrypto.constantTimeEquals("abc", "abd"))
        #expect(!HawkCrypto.constantTimeEquals("abc", "abcd"))
        #expect(!HawkCrypto.constantTimeEquals("", "a"))
        #expect(HawkCrypto.constantTimeEquals("", ""))
    }

    @Test("nonces differ")
    func nonces() {
        let nonces = (0..<50).map { _ in HawkSigner.randomNonce() }
        #expect(Set(nonces).count > 45)
    }

    @Test("the signer uses the URL's port or the scheme's default, lower-cased host")
    func targetFromURL() throws {
        let signer = HawkSigner(credentials: HawkCredentials(id: "i", key: "k"))
        let https = try signer.sign(
            method: "GET", url: "https://Omega.Example/api/v1/partner/test", timestamp: 1, nonce: "n")
        #expect(https.artifacts.port == 443)
        #expect(https.artifacts.host == "omega.example")
        let query = try signer.sign(
            method: "GET",
            url: "http://127.0.0.1:8080/api/v1/partner/pconso?filter%5Bnumpconso%5D%5Beq%5D=12",
            timestamp: 1, nonce: "n")
        #expect(query.artifacts.port == 8080)
        #expect(query.artifacts.resource == "/api/v1/partner/pconso?filter%5Bnumpconso%5D%5Beq%5D=12")
        #expect(throws: HawkError.self) { try signer.sign(method: "GET", url: "not a url") }
    }
}

@Suite("Hawk signer input checks")
struct HawkSignerInputTests {
    @Test("an ext or id the header cannot carry is refused before sending")
    func refusesUnsendableValues() {
        let signer = HawkSigner(credentials: HawkCredentials(id: "p", key: "k"))
        #expect(throws: HawkError.invalidHeader("Bad attribute value: ext")) {
            try signer.sign(method: "GET", url: "http://h/api", ext: "agent=\"x\"")
        }
        #expect(throws: HawkError.invalidHeader("Bad attribute value: ext")) {
            try signer.sign(method: "GET", url: "http://h/api", ext: "agent=Élodie")
        }
        let badID = HawkSigner(credentials: HawkCredentials(id: "a b\\c", key: "k"))
        #expect(throws: HawkError.invalidHeader("Bad attribute value: id")) {
            try badID.sign(method: "GET", url: "http://h/api")
        }
    }
}

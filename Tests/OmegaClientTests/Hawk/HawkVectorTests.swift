import Foundation
import OmegaClient
import Testing

/// Every vector of the reference set (34, reproduced independently when the notes were made).
@Suite("Hawk reference vectors")
struct HawkVectorTests {
    @Test("the fixture holds all 34 vectors, each of a kind tested here")
    func fixtureIsComplete() {
        let kinds: Set = [
            "request-header", "server-authorization", "bewit", "bewit-server-accept", "normalized-only",
            "timestamp-mac",
        ]
        #expect(HawkVector.all.count == 34)
        #expect(HawkVector.all.allSatisfy { kinds.contains($0.kind) })
    }

    @Test(
        "request header: normalized string, payload hash, MAC and header",
        arguments: HawkVector.of("request-header"))
    func requestHeader(vector: HawkVector) throws {
        let credentials = try #require(vector.hawkCredentials)
        var artifacts = try #require(vector.artifacts)
        if let payload = vector.payload {
            let input = HawkCrypto.payloadHashInput(
                payload: Array(payload.utf8), contentType: vector.contentType)
            if let expectedInput = vector.payloadHashInput {
                #expect(String(decoding: input, as: UTF8.self) == expectedInput)
            }
            artifacts.hash = HawkCrypto.payloadHash(
                payload: Array(payload.utf8), contentType: vector.contentType,
                algorithm: credentials.algorithm)
            #expect(artifacts.hash == vector.expectedHash)
        } else if vector.hashGivenInHeader == true {
            artifacts.hash = vector.expectedHash
        }
        #expect(artifacts.normalizedString(type: .header) == vector.normalized)
        let mac = HawkCrypto.mac(type: .header, credentials: credentials, artifacts: artifacts)
        #expect(mac == vector.expectedMAC)
        let header = HawkHeader.authorization(id: credentials.id, artifacts: artifacts, mac: mac)
        let expectedHeader = try #require(vector.expectedHeader)
        // The Tent vectors write `mac` second; attribute order is free in Hawk, so those are
        // compared attribute by attribute, the others byte for byte.
        let parsed = try HawkHeader.parse(header, allowedKeys: HawkHeader.authorizationKeys)
        let expectedParsed = try HawkHeader.parse(expectedHeader, allowedKeys: HawkHeader.authorizationKeys)
        #expect(parsed == expectedParsed)
        if expectedHeader.hasPrefix("Hawk id=\"\(credentials.id)\", ts=") {
            #expect(header == expectedHeader)
        }
    }

    @Test(
        "the signer reproduces the header from the URL",
        arguments: HawkVector.of("request-header").filter { $0.url != nil })
    func signerFromURL(vector: HawkVector) throws {
        let credentials = try #require(vector.hawkCredentials)
        let signer = HawkSigner(credentials: credentials)
        let signature = try signer.sign(
            method: try #require(vector.method), url: try #require(vector.url),
            payload: vector.payload.map { Array($0.utf8) }, contentType: vector.contentType, ext: vector.ext,
            timestamp: vector.ts?.value, nonce: vector.nonce)
        #expect(signature.artifacts.normalizedString(type: .header) == vector.normalized)
        #expect(signature.header == vector.expectedHeader)
    }

    @Test(
        "Server-Authorization: normalized string, hash, MAC, header and verification",
        arguments: HawkVector.of("server-authorization"))
    func serverAuthorization(vector: HawkVector) throws {
        let credentials = try #require(vector.hawkCredentials)
        var request = try #require(vector.artifacts)
        request.hash = nil
        request.ext = nil
        let payload = (vector.responsePayload ?? vector.payload).map { Array($0.utf8) }
        let contentType = vector.responseContentType ?? vector.contentType
        let responseExt = vector.hasResponseExt ? vector.responseExt : vector.ext
        let header = HawkServer.serverAuthorization(
            credentials: credentials, requestArtifacts: request, payload: payload, contentType: contentType,
            ext: responseExt)
        #expect(header == vector.expectedHeader)
        var responseArtifacts = request
        responseArtifacts.hash = vector.expectedHash
        responseArtifacts.ext = responseExt
        #expect(responseArtifacts.normalizedString(type: .response) == vector.normalized)
        #expect(
            HawkCrypto.mac(type: .response, credentials: credentials, artifacts: responseArtifacts)
                == vector.expectedMAC)
        if let payload {
            #expect(
                HawkCrypto.payloadHash(
                    payload: payload, contentType: contentType, algorithm: credentials.algorithm)
                    == vector.expectedHash)
        }

        let signer = HawkSigner(credentials: credentials)
        let signature = HawkSignature(header: "", artifacts: request, mac: "")
        try signer.verifyResponse(
            serverAuthorization: vector.expectedHeader, signature: signature, payload: payload,
            contentType: contentType)
        #expect(throws: payload == nil ? HawkError.missingResponseHash : HawkError.badResponsePayloadHash) {
            try signer.verifyResponse(
                serverAuthorization: vector.expectedHeader, signature: signature,
                payload: Array("wrong reply".utf8), contentType: contentType)
        }
        let expectedMAC = try #require(vector.expectedMAC)
        let tampered = try #require(vector.expectedHeader).replacingOccurrences(
            of: expectedMAC, with: "_" + expectedMAC.dropFirst())
        #expect(throws: HawkError.badResponseMAC) {
            try signer.verifyResponse(serverAuthorization: tampered, signature: signature)
        }
    }

    @Test("bewit: normalized string, MAC and encoding", arguments: HawkVector.of("bewit"))
    func bewit(vector: HawkVector) throws {
        let credentials = try #require(vector.hawkCredentials)
        let artifacts = try #require(vector.artifacts)
        #expect(artifacts.normalizedString(type: .bewit) == vector.normalized)
        #expect(
            HawkCrypto.mac(type: .bewit, credentials: credentials, artifacts: artifacts) == vector.expectedMAC
        )
        let bewit = try HawkBewit.make(
            url: try #require(vector.url), credentials: credentials, expiry: try #require(vector.exp).value,
            ext: vector.ext)
        #expect(bewit == vector.expectedBewit)
    }

    @Test(
        "bewit accepted by a server: decoded parts and MAC over the URL without it",
        arguments: HawkVector.of("bewit-server-accept"))
    func bewitServerAccept(vector: HawkVector) throws {
        let credentials = try #require(vector.hawkCredentials)
        let bewit = try #require(vector.bewit)
        let decoded = try #require(HawkBewit.decode(bewit))
        #expect(
            [decoded.id, String(decoded.expiry), decoded.mac, decoded.ext].joined(separator: "\\")
                == vector.bewitPlain)
        let artifacts = try #require(vector.artifacts)
        #expect(artifacts.normalizedString(type: .bewit) == vector.normalized)
        #expect(HawkCrypto.mac(type: .bewit, credentials: credentials, artifacts: artifacts) == decoded.mac)
        #expect(decoded.mac == vector.expectedMAC)
    }

    @Test("normalized string only", arguments: HawkVector.of("normalized-only"))
    func normalizedOnly(vector: HawkVector) throws {
        let artifacts = try #require(vector.artifacts)
        #expect(artifacts.normalizedString(type: .header) == vector.normalized)
    }

    @Test("timestamp MAC of a stale-timestamp answer", arguments: HawkVector.of("timestamp-mac"))
    func timestampMAC(vector: HawkVector) throws {
        let credentials = try #require(vector.hawkCredentials)
        let ts = try #require(vector.ts).value
        #expect(HawkCrypto.timestampMAC(ts: ts, credentials: credentials) == vector.expectedTSM)
        #expect(HawkHeader.staleTimestamp(now: ts, credentials: credentials) == vector.expectedHeader)
    }
}

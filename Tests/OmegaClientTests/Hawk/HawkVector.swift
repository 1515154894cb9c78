import Foundation
import OmegaClient
import Testing

/// One entry of Fixtures/hawk-vectors.json (copied from the project's reference notes).
struct HawkVector: Decodable, Sendable, CustomTestStringConvertible {
    struct Credentials: Decodable, Sendable {
        var id: String
        var key: String
        var algorithm: String
    }

    struct RequestArtifacts: Decodable, Sendable {
        var ext: String?
    }

    var name: String
    var kind: String
    var credentials: Credentials?
    var ts: FlexibleInt?
    var nonce: String?
    var method: String?
    var url: String?
    var resource: String?
    var host: String?
    var port: FlexibleInt?
    var ext: String?
    var app: String?
    var dlg: String?
    var hash: String?
    var payload: String?
    var contentType: String?
    var payloadHashInput: String?
    var normalized: String?
    var expectedHash: String?
    var expectedMAC: String?
    var expectedHeader: String?
    var expectedTSM: String?
    var hashGivenInHeader: Bool?
    var responsePayload: String?
    var responseContentType: String?
    var responseExt: String?
    var hasResponseExt: Bool
    var resourceWithoutBewit: String?
    var bewit: String?
    var bewitPlain: String?
    var expectedBewit: String?
    var exp: FlexibleInt?

    var testDescription: String { name }

    enum CodingKeys: String, CodingKey {
        case name, kind, credentials, ts, nonce, method, url, resource, host, port, ext, app, dlg, hash
        case payload, normalized, bewit, exp
        case contentType = "content_type"
        case payloadHashInput = "payload_hash_input"
        case expectedHash = "expected_hash"
        case expectedMAC = "expected_mac"
        case expectedHeader = "expected_header"
        case expectedTSM = "expected_tsm"
        case hashGivenInHeader = "hash_given_in_header"
        case responsePayload = "response_payload"
        case responseContentType = "response_content_type"
        case responseExt = "response_ext"
        case resourceWithoutBewit = "resource_without_bewit"
        case bewitPlain = "bewit_plain"
        case expectedBewit = "expected_bewit"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(String.self, forKey: .kind)
        credentials = try container.decodeIfPresent(Credentials.self, forKey: .credentials)
        ts = try container.decodeIfPresent(FlexibleInt.self, forKey: .ts)
        nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        method = try container.decodeIfPresent(String.self, forKey: .method)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        resource = try container.decodeIfPresent(String.self, forKey: .resource)
        host = try container.decodeIfPresent(String.self, forKey: .host)
        port = try container.decodeIfPresent(FlexibleInt.self, forKey: .port)
        ext = try container.decodeIfPresent(String.self, forKey: .ext)
        app = try container.decodeIfPresent(String.self, forKey: .app)
        dlg = try container.decodeIfPresent(String.self, forKey: .dlg)
        hash = try container.decodeIfPresent(String.self, forKey: .hash)
        payload = try container.decodeIfPresent(String.self, forKey: .payload)
        contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
        payloadHashInput = try container.decodeIfPresent(String.self, forKey: .payloadHashInput)
        normalized = try container.decodeIfPresent(String.self, forKey: .normalized)
        expectedHash = try container.decodeIfPresent(String.self, forKey: .expectedHash)
        expectedMAC = try container.decodeIfPresent(String.self, forKey: .expectedMAC)
        expectedHeader = try container.decodeIfPresent(String.self, forKey: .expectedHeader)
        expectedTSM = try container.decodeIfPresent(String.self, forKey: .expectedTSM)
        hashGivenInHeader = try container.decodeIfPresent(Bool.self, forKey: .hashGivenInHeader)
        responsePayload = try container.decodeIfPresent(String.self, forKey: .responsePayload)
        responseContentType = try container.decodeIfPresent(String.self, forKey: .responseContentType)
        responseExt = try container.decodeIfPresent(String.self, forKey: .responseExt)
        hasResponseExt = container.contains(.responseExt)
        resourceWithoutBewit = try container.decodeIfPresent(String.self, forKey: .resourceWithoutBewit)
        bewit = try container.decodeIfPresent(String.self, forKey: .bewit)
        bewitPlain = try container.decodeIfPresent(String.self, forKey: .bewitPlain)
        expectedBewit = try container.decodeIfPresent(String.self, forKey: .expectedBewit)
        exp = try container.decodeIfPresent(FlexibleInt.self, forKey: .exp)
    }

    /// The credentials as the client's type; nil when the vector has none or a bad algorithm.
    var hawkCredentials: HawkCredentials? {
        guard let credentials, let algorithm = HawkAlgorithm(rawValue: credentials.algorithm) else {
            return nil
        }
        return HawkCredentials(id: credentials.id, key: credentials.key, algorithm: algorithm)
    }

    /// The artifacts described by the vector's top-level fields.
    var artifacts: HawkArtifacts? {
        guard let ts, let method, let resource = resourceWithoutBewit ?? resource, let host, let port else {
            return nil
        }
        return HawkArtifacts(
            ts: ts.value, nonce: nonce ?? "", method: method, resource: resource, host: host,
            port: port.value,
            hash: hash, ext: ext, app: app, dlg: dlg)
    }

    static let all: [HawkVector] = {
        guard
            let url = Bundle.module.url(
                forResource: "hawk-vectors", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let vectors = try? JSONDecoder().decode([HawkVector].self, from: data)
        else { return [] }
        return vectors
    }()

    static func of(_ kinds: String...) -> [HawkVector] { all.filter { kinds.contains($0.kind) } }
}

/// The vectors write numbers either as JSON numbers or as strings.
struct FlexibleInt: Decodable, Sendable {
    var value: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = number
        } else if let number = Int(try container.decode(String.self)) {
            value = number
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an integer")
        }
    }
}

import Foundation
import JSONAPI
import Testing

@testable import OmegaSandbox

/// Every number a request carries is bounded: out of range is a 400 naming the parameter,
/// never an arithmetic trap that ends the server (issue 10).
@Suite("Numbers read from requests are bounded")
struct NumberBoundsTests {
    /// Paging values that overflowed `Int` arithmetic, and other out-of-range ones.
    static let badPaging: [(query: String, parameter: String)] = [
        ("page%5Boffset%5D=9223372036854775807", "page[offset]"),
        ("page=922337203685477581", "page"),
        ("page%5Bnumber%5D=922337203685477581", "page[number]"),
        ("page%5Boffset%5D=99999999", "page[offset]"),
        ("page%5Blimit%5D=0", "page[limit]"),
        ("page%5Bsize%5D=101", "page[size]"),
        ("page%5Blimit%5D=9223372036854775807", "page[limit]"),
        ("page%5Boffset%5D=-1", "page[offset]"),
        ("page=99999999999999999999999", "page"),
    ]

    @Test("subscriber lists answer 400 with source.parameter to out-of-range paging, and keep serving")
    func subscriberPaging() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            for list in ["releve", "facture", "message", "request", "contrat"] {
                for bad in Self.badPaging {
                    let reply = try await sandbox.send(
                        .get, "/api/v1/subscriber/\(list)?\(bad.query)", headers: sandbox.bearer(token))
                    Self.expectBadParameter(reply, bad.parameter, "\(list)?\(bad.query)")
                }
            }
            let still = try await sandbox.send(
                .get, "/api/v1/subscriber/releve", headers: sandbox.bearer(token))
            #expect(still.status == 200)
        }
    }

    @Test("partner lists answer 400 with source.parameter to out-of-range paging")
    func partnerPaging() async throws {
        try await SandboxHarness.with { sandbox in
            let lists = [
                "pconso?", "releve?filter%5Bpconso_id%5D%5Beq%5D=P1&", "facture?", "commune?", "request?",
                "message?", "enum?",
            ]
            for list in lists {
                for bad in Self.badPaging {
                    let path = "/api/v1/partner/\(list)\(bad.query)"
                    let reply = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path))
                    Self.expectBadParameter(reply, bad.parameter, path)
                }
            }
        }
    }

    @Test("the largest accepted page still answers with links that add up")
    func largestAcceptedPage() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let path =
                "/api/v1/subscriber/releve?page%5Boffset%5D=\(ListQuery.maximumOffset + 1)"
                + "&page%5Blimit%5D=\(ListQuery.maximumLimit)"
            let reply = try await sandbox.send(.get, path, headers: sandbox.bearer(token))
            #expect(reply.status == 200)
            #expect(reply.data.isEmpty)
            #expect(reply.json["links"]?["prev"]?.stringValue != nil)
            #expect(reply.json["links"]?["next"] == .null)
        }
    }

    @Test("numeric filter operands, list sizes and operand lengths are bounded")
    func filterOperands() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let manyIDs = (0...ListQuery.maximumListItems).map { "F\($0)" }.joined(separator: ",")
            let longText = String(repeating: "a", count: ListQuery.maximumOperandLength + 1)
            let cases: [(query: String, parameter: String)] = [
                ("filter%5Bsolde%5D%5Bgtn%5D=1e400", "filter[solde][gtn]"),
                ("filter%5Bsolde%5D%5Beqn%5D=99999999999999999999999999999999", "filter[solde][eqn]"),
                ("filter%5Bsolde%5D%5Blten%5D=abc", "filter[solde][lten]"),
                ("filter%5Bfacture_id%5D%5Bin%5D=\(manyIDs)", "filter[facture_id][in]"),
                ("filter%5Bnofacture%5D%5Blike%5D=\(longText)", "filter[nofacture][like]"),
            ]
            for bad in cases {
                let reply = try await sandbox.send(
                    .get, "/api/v1/subscriber/facture?\(bad.query)", headers: sandbox.bearer(token))
                Self.expectBadParameter(reply, bad.parameter, bad.query.prefix(60).description)
            }
            let conditions = (0...ListQuery.maximumFilters).map { "filter%5Bf\($0)%5D%5Beq%5D=1" }
            let tooMany = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?" + conditions.joined(separator: "&"),
                headers: sandbox.bearer(token))
            Self.expectBadParameter(tooMany, "filter", "too many filters")
            let fine = try await sandbox.send(
                .get, "/api/v1/subscriber/facture?filter%5Bsolde%5D%5Bgten%5D=-0.5",
                headers: sandbox.bearer(token))
            #expect(fine.status == 200)
        }
    }

    @Test("a partner search on a field no table has matches nothing instead of failing")
    func unknownSearchField() async throws {
        try await SandboxHarness.with { sandbox in
            for query in [
                "filter%5Bnosuchfield%5D%5Beq%5D=1", "filter%5Bcompteur.nosuchfield%5D%5Bbegin%5D=x",
                "sort=nosuchfield", "sort=-contratActif.occupant.nosuchfield",
            ] {
                let path = "/api/v1/partner/pconso?" + query
                let reply = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path))
                #expect(reply.status == 200, "\(query) answered \(reply.status)")
            }
        }
    }

    @Test("a Hawk timestamp far out of range is refused, not a crash")
    func hawkTimestampOutOfRange() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/test-secured"
            for ts in [Int.min, Int.max, Int.min + 1] {
                let reply = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path, ts: ts))
                #expect(reply.status == 400 || reply.status == 401, "ts \(ts) answered \(reply.status)")
                #expect(reply.json["errors"]?.arrayValue?.isEmpty == false)
            }
            #expect(try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path)).status == 204)
        }
    }

    @Test("a reading's index and a bill's amount are bounded (422 on the field)")
    func bodyNumbers() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            for index in ["9223372036854775807", "1000000000", "99999999999999999999"] {
                let reply = try await sandbox.send(
                    .post, "/api/v1/subscriber/request/reading",
                    body: sandbox.document(
                        "Partner_Releve", ["pconso_id": "P1", "ni": index, "dateni": "2025-12-01"]),
                    headers: sandbox.bearer(token))
                #expect(reply.status == 422, "ni \(index) answered \(reply.status)")
                #expect(reply.errorPointers() == ["/data/attributes/ni"])
            }
            let path = "/api/v1/partner/request/bill"
            for amount in ["1e400", String(repeating: "9", count: 40), "12.345"] {
                let body = sandbox.document("Partner_Facture", ["nofacture": "X1", "ttc": amount])
                let reply = try await sandbox.send(
                    .post, path, body: body, headers: sandbox.hawk("POST", path, body: body))
                #expect(reply.status == 422, "ttc \(amount) answered \(reply.status)")
                #expect(reply.errorPointers() == ["/data/attributes/ttc"])
            }
        }
    }

    @Test("an Idempotency-Key must be 1 to 200 printable characters (400 naming the header)")
    func idempotencyKeyBounds() async throws {
        try await SandboxHarness.with { sandbox in
            let (token, _) = try await sandbox.login()
            let body = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1630", "dateni": "2025-12-01"])
            for key in [String(repeating: "k", count: Idempotency.maximumKeyLength + 1), "two words"] {
                let reply = try await sandbox.send(
                    .post, "/api/v1/subscriber/request/reading", body: body,
                    headers: sandbox.bearer(token) + [("Idempotency-Key", key)])
                #expect(reply.status == 400)
                let source = reply.json["errors"]?.arrayValue?.first?["source"]
                #expect(source?["header"]?.stringValue == "Idempotency-Key")
            }
            let filed = try await sandbox.send(
                .get, "/api/v1/subscriber/request", headers: sandbox.bearer(token))
            #expect(filed.data.isEmpty)
        }
    }

    /// A 400 whose first error has a code, a title, a detail and `source.parameter`.
    static func expectBadParameter(
        _ reply: SandboxHarness.Reply, _ parameter: String, _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(reply.status == 400, "\(label) answered \(reply.status)", sourceLocation: sourceLocation)
        let error = reply.json["errors"]?.arrayValue?.first
        #expect(error?["code"]?.stringValue == "400", "\(label)", sourceLocation: sourceLocation)
        #expect(error?["title"]?.stringValue?.isEmpty == false, "\(label)", sourceLocation: sourceLocation)
        #expect(error?["detail"]?.stringValue?.isEmpty == false, "\(label)", sourceLocation: sourceLocation)
        #expect(
            error?["source"]?["parameter"]?.stringValue == parameter, "\(label)",
            sourceLocation: sourceLocation)
    }
}

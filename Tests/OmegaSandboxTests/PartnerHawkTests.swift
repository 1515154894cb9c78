import Foundation
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

@Suite("Partner API: Hawk, ApiId and commune isolation over HTTP")
struct PartnerHawkTests {
    @Test("test answers 204, test-404 answers Omega's 404 document, unknown routes 404, no Accept 415")
    func basics() async throws {
        try await SandboxHarness.with { sandbox in
            #expect(
                try await sandbox.send(.get, "/api/v1/partner/test", headers: [("ApiId", "x@y")]).status
                    == 204)
            let missing = try await sandbox.send(.get, "/api/v1/partner/test-404")
            #expect(missing.status == 404)
            #expect(missing.json["errors"]?.arrayValue?.first?["code"]?.stringValue == "404")
            #expect(missing.json["errors"]?.arrayValue?.first?["title"]?.stringValue == "Not Found!")
            #expect(try await sandbox.send(.get, "/api/v1/nowhere").status == 404)
            #expect(
                try await sandbox.send(.get, "/api/v1/partner/test", accept: "application/json").status == 415
            )
        }
    }

    @Test("a valid signature passes; replayed nonce, tampered MAC and missing ApiId fail")
    func signatures() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/test-secured"
            let headers = sandbox.hawk("GET", path)
            #expect(try await sandbox.send(.get, path, headers: headers).status == 204)
            let replay = try await sandbox.send(.get, path, headers: headers)
            #expect(replay.status == 401)
            #expect(replay.header("WWW-Authenticate")?.contains("Invalid nonce") == true)
            var tampered = sandbox.hawk("GET", path)
            tampered[0].1 = tampered[0].1.replacingOccurrences(of: "mac=\"", with: "mac=\"A")
            #expect(try await sandbox.send(.get, path, headers: tampered).status == 401)
            let noApiID = sandbox.hawk("GET", path).filter { $0.0 != "ApiId" }
            #expect(try await sandbox.send(.get, path, headers: noApiID).status == 400)
            let otherApiID = sandbox.hawk("GET", path, apiID: "cle@tous")
            #expect(try await sandbox.send(.get, path, headers: otherApiID).status == 401)
        }
    }

    @Test("a nonce is a replay only with the same timestamp: six random characters do collide at load")
    func nonceWithinItsSecond() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/test-secured"
            let now = Int(Date().timeIntervalSince1970)
            let first = sandbox.hawk("GET", path, ts: now - 1, nonce: "Ab3dE6")
            #expect(try await sandbox.send(.get, path, headers: first).status == 204)
            let sameNonceNextSecond = sandbox.hawk("GET", path, ts: now, nonce: "Ab3dE6")
            #expect(try await sandbox.send(.get, path, headers: sameNonceNextSecond).status == 204)
            let replay = try await sandbox.send(.get, path, headers: sameNonceNextSecond)
            #expect(replay.status == 401)
            #expect(replay.header("WWW-Authenticate")?.contains("Invalid nonce") == true)
        }
    }

    @Test("a stale timestamp gets 401 with ts and a tsm that proves the server holds the key")
    func staleTimestamp() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/test-secured"
            let old = Int(Date().timeIntervalSince1970) - 600
            let reply = try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path, ts: old))
            #expect(reply.status == 401)
            let challenge = try #require(reply.header("WWW-Authenticate"))
            #expect(challenge.contains("error=\"Stale timestamp\""))
            let attributes = try HawkHeader.parse(challenge, allowedKeys: HawkHeader.wwwAuthenticateKeys)
            let serverTs = try #require(attributes["ts"].flatMap { Int($0) })
            #expect(abs(serverTs - Int(Date().timeIntervalSince1970)) < 30)
            let tsm = HawkCrypto.timestampMAC(
                ts: serverTs, credentials: SandboxHarness.partner.hawkCredentials)
            #expect(attributes["tsm"] == tsm)
            // Within the ±60 s window the request passes.
            let skewed = Int(Date().timeIntervalSince1970) - 45
            #expect(
                try await sandbox.send(.get, path, headers: sandbox.hawk("GET", path, ts: skewed)).status
                    == 204)
        }
    }

    @Test("the payload hash is checked when sent, and a partner's reading records its agent")
    func payloadHashAndAgent() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/request/reading"
            let body = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1625", "dateni": "2025-12-01"])
            let other = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "9999", "dateni": "2025-12-01"])
            let badHash = sandbox.hawk("POST", path, body: other, ext: "agent=jdupont")
            let refused = try await sandbox.send(.post, path, body: body, headers: badHash)
            #expect(refused.status == 401)
            let good = sandbox.hawk("POST", path, body: body, ext: "agent=jdupont")
            let filed = try await sandbox.send(.post, path, body: body, headers: good)
            #expect(filed.status == 202)
            #expect(filed.json["data"]?["attributes"]?["agent"]?.stringValue == "jdupont")
            #expect(filed.json["data"]?["attributes"]?["req_code"]?.stringValue == "J_RELEVE")
        }
    }

    @Test("a write signed without a payload hash is refused, whatever its body")
    func payloadHashRequired() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/api/v1/partner/request/reading"
            let body = sandbox.document(
                "Partner_Releve", ["pconso_id": "P1", "ni": "1625", "dateni": "2025-12-01"])
            let unhashed = sandbox.hawk("POST", path, ext: "agent=jdupont")
            #expect(!unhashed[0].1.contains("hash="))
            let refused = try await sandbox.send(.post, path, body: body, headers: unhashed)
            #expect(refused.status == 401)
            #expect(refused.header("WWW-Authenticate")?.hasPrefix("Hawk") == true)
            #expect(refused.header("WWW-Authenticate")?.contains("Missing required payload hash") == true)
            #expect(refused.json["errors"]?.arrayValue?.first?["code"]?.stringValue == "401")
            let person = "/api/v1/partner/request/personne/PE1"
            let change = sandbox.document("Partner_Personne", ["tel": "0466000002"])
            let put = try await sandbox.send(.put, person, body: change, headers: sandbox.hawk("PUT", person))
            #expect(put.status == 401)
            let listed = "/api/v1/partner/request"
            let requests = try await sandbox.send(.get, listed, headers: sandbox.hawk("GET", listed))
            #expect(requests.status == 200)
            #expect(requests.data.isEmpty)
        }
    }

    @Test("a partner sees only its communes; another commune's point is 404")
    func communeIsolation() async throws {
        try await SandboxHarness.with { sandbox in
            let list = "/api/v1/partner/pconso"
            let ales = try await sandbox.send(.get, list, headers: sandbox.hawk("GET", list))
            #expect(ales.status == 200)
            #expect(Set(ales.ids) == ["P1", "P2", "P3"])
            let all = try await sandbox.send(
                .get, list, headers: sandbox.hawk("GET", list, partner: SandboxHarness.allPartner))
            #expect(Set(all.ids) == ["P1", "P2", "P3", "P4"])
            let foreign = "/api/v1/partner/pconso/P4"
            #expect(
                try await sandbox.send(.get, foreign, headers: sandbox.hawk("GET", foreign)).status == 404)
            let reading = "/api/v1/partner/request/reading"
            let body = sandbox.document(
                "Partner_Releve", ["pconso_id": "P4", "ni": "30", "dateni": "2025-01-01"])
            let refused = try await sandbox.send(
                .post, reading, body: body, headers: sandbox.hawk("POST", reading, body: body))
            #expect(refused.status == 422)
        }
    }

    @Test("partner readings need a point or contract filter and stay within the partner's communes")
    func partnerReadings() async throws {
        try await SandboxHarness.with { sandbox in
            let own = "/api/v1/partner/releve?filter%5Bcontrat_id%5D%5Beq%5D=K1&page%5Blimit%5D=5"
            let reply = try await sandbox.send(.get, own, headers: sandbox.hawk("GET", own))
            #expect(reply.status == 200)
            #expect(reply.json["meta"]?["total"]?.numberValue == 30)
            #expect(reply.data.first?["attributes"]?["ni"]?.stringValue == "1600")
            let foreign = "/api/v1/partner/releve?filter%5Bpconso_id%5D%5Beq%5D=P4"
            let hidden = try await sandbox.send(.get, foreign, headers: sandbox.hawk("GET", foreign))
            #expect(hidden.data.isEmpty)
            let unfiltered = "/api/v1/partner/releve"
            #expect(
                try await sandbox.send(.get, unfiltered, headers: sandbox.hawk("GET", unfiltered)).status
                    == 400)
        }
    }

    @Test("filters on dotted paths, default includes and paging on the partner search")
    func searchFilters() async throws {
        try await SandboxHarness.with { sandbox in
            let byName =
                "/api/v1/partner/pconso?filter%5BcontratActif.occupant.nom%5D%5Beq%5D=durand"
                + "&filter%5Boptions%5D%5Bcase_sensitive%5D=false"
            let names = try await sandbox.send(
                .get, byName, headers: sandbox.hawk("GET", byName, partner: SandboxHarness.allPartner))
            #expect(Set(names.ids) == ["P1", "P2"])
            let included = (names.json["included"]?.arrayValue ?? []).compactMap { $0["type"]?.stringValue }
            #expect(
                Set(included).isSuperset(of: [
                    "Partner_Compteur", "Partner_Contrat", "Partner_Personne", "Partner_Commune",
                ]))
            let bySerial = "/api/v1/partner/pconso?filter%5Bcompteur.numeroSerie%5D%5Bend%5D=0004"
            let serial = try await sandbox.send(
                .get, bySerial, headers: sandbox.hawk("GET", bySerial, partner: SandboxHarness.allPartner))
            #expect(serial.ids == ["P4"])
            let byTown = "/api/v1/partner/pconso?filter%5BadresseDesserte.voie.commune.nom%5D%5Beq%5D=Anduze"
            let town = try await sandbox.send(
                .get, byTown, headers: sandbox.hawk("GET", byTown, partner: SandboxHarness.allPartner))
            #expect(town.ids == ["P4"])
            let paged = "/api/v1/partner/pconso?page%5Boffset%5D=3&page%5Blimit%5D=2"
            let page = try await sandbox.send(
                .get, paged, headers: sandbox.hawk("GET", paged, partner: SandboxHarness.allPartner))
            #expect(page.ids == ["P3", "P4"])
            #expect(page.json["meta"]?["total"]?.numberValue == 4)
            #expect(page.json["links"]?["related"]?["meta"]?["count"]?.numberValue == 2)
            #expect(page.json["links"]?["next"] == .null)
        }
    }

    @Test("search conditions that a missing contract can satisfy still find points without one")
    func searchWithAndWithoutAnActiveContract() async throws {
        // P4's only contract ends: the point has no active contract any more.
        let endP4Contract: (SandboxStore) async throws -> Void = { store in
            try await store.pool.write { db in
                try db.execute(sql: "UPDATE contrat SET actif = 0 WHERE contrat_id = 'K4'")
            }
        }
        try await SandboxHarness.with(prepare: endP4Contract) { sandbox in
            func ids(_ filter: String) async throws -> Set<String> {
                let path = "/api/v1/partner/pconso?" + filter
                let answer = try await sandbox.send(
                    .get, path, headers: sandbox.hawk("GET", path, partner: SandboxHarness.allPartner))
                #expect(answer.status == 200, "\(filter)")
                return Set(answer.ids)
            }
            let number = "filter%5BcontratActif.numeroContrat%5D"
            let name = "filter%5BcontratActif.occupant.nom%5D"
            let cases: [(filter: String, expected: Set<String>)] = [
                ("\(number)%5Beq%5D=c-100&filter%5Boptions%5D%5Bcase_sensitive%5D=false", ["P1"]),
                ("\(number)%5Bempty%5D=", ["P4"]),
                ("\(number)%5Bneq%5D=C-100", ["P2", "P3", "P4"]),
                ("\(number)%5Bnin%5D=C-100,C-101", ["P3", "P4"]),
                ("\(name)%5Bbegin%5D=DUR", ["P1", "P2"]),
                ("\(name)%5Bbegin%5D=", ["P1", "P2", "P3"]),
                // OR: either side may hold, so a point without contract stays a candidate.
                (
                    "filter%5Bor%5D%5BcontratActif.numeroContrat%5D%5Beq%5D=C-100"
                        + "&filter%5Bor%5D%5Bcompteur.numeroSerie%5D%5Bend%5D=0004", ["P1", "P4"]
                ),
            ]
            for (filter, expected) in cases {
                let found = try await ids(filter)
                #expect(found == expected, "\(filter)")
            }
        }
    }
}

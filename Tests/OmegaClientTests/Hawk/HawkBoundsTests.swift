import Foundation
import OmegaClient
import Testing

/// Numbers in a Hawk header come from the other side: none may trap (an overflow ends the
/// process, and an in-process sandbox takes its host with it).
@Suite("Hawk numbers from outside are bounded")
struct HawkBoundsTests {
    let credentials = HawkCredentials(
        id: "partner", key: "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", algorithm: .sha256)
    let now = 1_700_000_000

    @Test(
        "a server proving a clock at Int.max or Int.min does not make the client trap",
        arguments: [Int.max, Int.min])
    func absurdServerClock(serverTimestamp: Int) {
        let clock = HawkClock(now: { Date(timeIntervalSince1970: 1_700_000_000) })
        clock.adjust(server: "omega:443", serverTimestamp: serverTimestamp)
        // An offset beyond any real clock error is not believed.
        #expect(clock.timestamp(for: "omega:443") == now)
    }

    @Test("a server clock a few minutes off is still followed")
    func plausibleServerClock() {
        let clock = HawkClock(now: { Date(timeIntervalSince1970: 1_700_000_000) })
        clock.adjust(server: "omega:443", serverTimestamp: now + 600)
        #expect(clock.timestamp(for: "omega:443") == now + 600)
    }

    @Test(
        "a request stamped at Int.min or Int.max is a stale timestamp, not a crash",
        arguments: [Int.min, Int.max])
    func absurdRequestTimestamp(ts: Int) throws {
        let artifacts = HawkArtifacts(
            ts: ts, nonce: "abc123", method: "GET", resource: "/api/v1/partner/pconso", host: "omega",
            port: 443)
        let mac = HawkCrypto.mac(type: .header, credentials: credentials, artifacts: artifacts)
        let authorization = "Hawk id=\"partner\", ts=\"\(ts)\", nonce=\"abc123\", mac=\"\(mac)\""
        let failure = #expect(throws: HawkAuthenticationFailure.self) {
            try HawkServer.authenticate(
                authorization: authorization, method: "GET", resource: "/api/v1/partner/pconso",
                host: "omega",
                port: 443, now: now, credentials: { _ in credentials })
        }
        #expect(failure?.status == 401)
        #expect(failure?.message == "Stale timestamp")
    }

    @Test("nonces carry enough randomness for a hundred desks under one key")
    func nonceLength() {
        let nonces = (0..<1_000).map { _ in HawkSigner.randomNonce() }
        // 62^12 ≈ 3·10^21: 150 000 nonces in the replay window collide with odds near 4·10^-12.
        #expect(nonces.allSatisfy { $0.count == 12 })
        #expect(Set(nonces).count == 1_000)
    }
}

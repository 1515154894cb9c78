import Foundation
import Testing

@testable import OmegaClient

@Suite("Retry policy and Retry-After")
struct RetryPolicyTests {
    @Test("waits double from the base delay, are capped, and jitter only shortens them")
    func backoff() {
        let policy = RetryPolicy(maximumAttempts: 5, baseDelay: 0.5, maximumDelay: 2, jitter: 0.5)
        for _ in 0..<50 {
            let first = policy.delay(afterAttempt: 1)
            let second = policy.delay(afterAttempt: 2)
            let fourth = policy.delay(afterAttempt: 4)
            #expect(first >= 0.25 && first <= 0.5)
            #expect(second >= 0.5 && second <= 1)
            #expect(fourth >= 1 && fourth <= 2)
        }
        let steady = RetryPolicy(baseDelay: 0.5, jitter: 0)
        #expect(steady.delay(afterAttempt: 3) == 2)
        #expect(RetryPolicy(maximumAttempts: 0).maximumAttempts == 1)
    }

    @Test("only GETs and keyed POST/PUT are safe to retry")
    func safeToRetry() {
        #expect(OmegaRequest(.get, "x").isSafeToRetry)
        #expect(!OmegaRequest(.post, "x").isSafeToRetry)
        #expect(!OmegaRequest(.put, "x").isSafeToRetry)
        #expect(OmegaRequest(.post, "x", idempotencyKey: "k").isSafeToRetry)
        #expect(OmegaRequest(.put, "x", idempotencyKey: "k").isSafeToRetry)
        #expect(!OmegaRequest(.delete, "x").isSafeToRetry)
    }

    @Test("Retry-After reads seconds and HTTP dates, and ignores what it cannot read")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 1_784_000_000)
        #expect(RetryAfter.seconds(from: "120", now: now) == 120)
        #expect(RetryAfter.seconds(from: " 0 ", now: now) == 0)
        #expect(RetryAfter.seconds(from: "-5", now: now) == 0)
        let inNinety = now.addingTimeInterval(90)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        #expect(RetryAfter.seconds(from: formatter.string(from: inNinety), now: now) == 90)
        #expect(RetryAfter.seconds(from: "soon", now: now) == nil)
        #expect(RetryAfter.seconds(from: nil, now: now) == nil)
    }

    @Test("Retry-After is bounded to an hour and reads nothing from damaged text")
    func retryAfterIsBoundedAndStrict() {
        let now = Date(timeIntervalSince1970: 1_784_000_000)
        #expect(RetryAfter.seconds(from: "3600", now: now) == 3600)
        #expect(RetryAfter.seconds(from: "3601", now: now) == 3600)
        #expect(RetryAfter.seconds(from: "99999999999999999999999999", now: now) == 3600)
        #expect(RetryAfter.seconds(from: String(repeating: "9", count: 10_000), now: now) == 3600)
        #expect(RetryAfter.seconds(from: "\t7 ", now: now) == 7)
        #expect(RetryAfter.seconds(from: "Sun, 06 Nov 2994 08:49:37 GMT", now: now) == 3600)
        #expect(RetryAfter.seconds(from: "Sun, 06 Nov 1994 08:49:37 GMT", now: now) == 0)
        for damaged in [
            "\u{01}", "12\u{7F}", "1\u{08}2", "\u{1B}[2J5", "1\t2", "1.5", "+5", "0x10", "5 s", "∞",
        ] {
            #expect(RetryAfter.seconds(from: damaged, now: now) == nil, "\(damaged.debugDescription)")
        }
    }

    @Test("paths are built under the base URL; ids are one encoded segment")
    func urls() {
        let configuration = OmegaConfiguration(baseURL: "http://127.0.0.1:8080/api/v1", apiId: "k@n")
        #expect(configuration.baseURL == "http://127.0.0.1:8080/api/v1/")
        #expect(configuration.url(path: "subscriber/me") == "http://127.0.0.1:8080/api/v1/subscriber/me")
        #expect(
            configuration.url(path: "/partner/test", query: "a=1")
                == "http://127.0.0.1:8080/api/v1/partner/test?a=1")
        #expect(OmegaEndpoints.subscriberRequest("../admin") == "subscriber/request/..%2Fadmin")
        #expect(OmegaEndpoints.partnerRequestPersonne("é 1") == "partner/request/personne/%C3%A9%201")
        #expect(OmegaEndpoints.subscriberContrat("..") == "subscriber/contrat/%2E%2E")
    }
}

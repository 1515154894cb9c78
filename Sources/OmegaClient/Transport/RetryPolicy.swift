import Foundation

/// When and how long the transport waits before trying a call again.
///
/// Only calls that are safe to repeat are retried: GETs, and POST/PUT carrying an
/// `Idempotency-Key` (sent unchanged on every try). Retried failures: connection errors,
/// timeouts, 502/503/504 and 429. The wait doubles from ``baseDelay`` up to ``maximumDelay``
/// with random jitter, so that many clients do not retry in step; a server's `Retry-After`
/// replaces the computed wait.
public struct RetryPolicy: Sendable, Hashable {
    /// Total tries including the first (1 disables retries).
    public var maximumAttempts: Int
    /// The wait before the second try, doubled for each further try.
    public var baseDelay: TimeInterval
    /// The longest computed wait.
    public var maximumDelay: TimeInterval
    /// The longest `Retry-After` the transport waits for by itself; longer waits are returned
    /// to the caller as an error carrying ``OmegaError/retryAfter``.
    public var maximumRetryAfter: TimeInterval
    /// The random part of each wait, from 0 (none) to 1 (the wait is anywhere in [0, delay]).
    public var jitter: Double

    /// Creates a policy.
    public init(
        maximumAttempts: Int = 3, baseDelay: TimeInterval = 0.5, maximumDelay: TimeInterval = 8,
        maximumRetryAfter: TimeInterval = 30, jitter: Double = 0.5
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maximumDelay = max(0, maximumDelay)
        self.maximumRetryAfter = max(0, maximumRetryAfter)
        self.jitter = min(1, max(0, jitter))
    }

    /// The default: 3 tries, 0.5 s then 1 s (each reduced by up to half at random).
    public static let standard = RetryPolicy()
    /// No retry at all.
    public static let never = RetryPolicy(maximumAttempts: 1)

    /// The wait after failed try number `attempt` (1-based) when the server gave no `Retry-After`.
    public func delay(afterAttempt attempt: Int) -> TimeInterval {
        let exponent = Double(max(0, attempt - 1))
        let full = min(maximumDelay, baseDelay * pow(2, exponent))
        let reduction = full * jitter * Double.random(in: 0...1)
        return full - reduction
    }
}

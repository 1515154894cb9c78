/// Faults the sandbox injects on purpose (`omega-sandbox serve --chaos RATE`), to show how
/// a client copes with a bad network and a failing service: server errors, delays, answers
/// that trickle in or stop half-way, and connections that die after the request was applied.
///
/// Faults are drawn from a generator seeded with ``seed``: the same seed and the same
/// sequence of requests give the same faults.
public struct ChaosConfiguration: Sendable, Hashable {
    /// One kind of fault.
    public enum Fault: String, Sendable, CaseIterable {
        /// A 500 JSON:API error; the request is not applied.
        case internalError = "500"
        /// A 502 JSON:API error; the request is not applied.
        case badGateway = "502"
        /// A 503 JSON:API error with `Retry-After`; the request is not applied.
        case unavailable = "503"
        /// The answer comes after a random delay up to ``ChaosConfiguration/maximumDelay``.
        case delay
        /// The answer's body comes a few bytes at a time (``ChaosConfiguration/trickleSteps``
        /// pieces, one every ``ChaosConfiguration/trickleInterval``).
        case trickle
        /// The connection closes half-way through the answer's body.
        case cut
        /// The request is applied, then the connection is reset before any answer: the case
        /// an `Idempotency-Key` exists for.
        case reset
    }

    /// The share of requests that get a fault, from 0 (none) to 1 (every one).
    public var rate: Double
    /// The seed of the fault generator.
    public var seed: UInt64
    /// The faults drawn from (uniformly); all of them by default.
    public var faults: [Fault]
    /// The longest injected delay.
    public var maximumDelay: Duration
    /// The pause between two pieces of a trickled body.
    public var trickleInterval: Duration
    /// How many pieces a trickled body is cut into.
    public var trickleSteps: Int

    /// Creates a configuration; `rate` is clamped to 0…1.
    public init(
        rate: Double, seed: UInt64 = 1, faults: [Fault] = Fault.allCases,
        maximumDelay: Duration = .seconds(2),
        trickleInterval: Duration = .milliseconds(50), trickleSteps: Int = 40
    ) {
        self.rate = min(max(rate, 0), 1)
        self.seed = seed
        self.faults = faults.isEmpty ? Fault.allCases : faults
        self.maximumDelay = maximumDelay
        self.trickleInterval = trickleInterval
        self.trickleSteps = max(trickleSteps, 1)
    }
}

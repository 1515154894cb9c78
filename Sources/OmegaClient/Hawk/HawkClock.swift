import Foundation

/// The client's view of each server's clock: the local time plus an offset learnt from a
/// verified stale-timestamp answer, kept per server (`host:port`).
///
/// The system clock is never changed (the reference's advice against clock poisoning): a
/// server can only shift the timestamps we send to *that* server, and only after proving with
/// `tsm` that it holds our key.
public final class HawkClock: @unchecked Sendable {
    // @unchecked: the mutable state is only touched under `lock`.
    private let lock = NSLock()
    private var offsets: [String: TimeInterval] = [:]
    private let now: @Sendable () -> Date

    /// Creates a clock reading `now` (the system clock unless a test passes another).
    public init(now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
    }

    /// The Hawk timestamp (whole seconds) to send to `server`.
    public func timestamp(for server: String) -> Int {
        let offset = lock.withLock { offsets[server] ?? 0 }
        return Int((now().timeIntervalSince1970 + offset).rounded(.down))
    }

    /// The offset in seconds currently applied for `server` (0 when none was learnt).
    public func offset(for server: String) -> TimeInterval {
        lock.withLock { offsets[server] ?? 0 }
    }

    /// The largest clock difference believed: a day. A server proving a clock further off (or
    /// an absurd `ts` such as Int.max, which would overflow the timestamps we compute) is ignored.
    public static let maximumOffset: TimeInterval = 86_400

    /// Records that `server`'s clock reads `serverTimestamp` now (within ``maximumOffset``).
    public func adjust(server: String, serverTimestamp: Int) {
        let offset = TimeInterval(serverTimestamp) - now().timeIntervalSince1970
        guard abs(offset) <= Self.maximumOffset else { return }
        lock.withLock { offsets[server] = offset }
    }
}

import Foundation

/// Counts failed logins per e-mail and per client address: after 5 failures within 15
/// minutes, further attempts for that key are refused until the oldest failure ages out.
actor LoginRateLimiter {
    static let maximumFailures = 5
    static let maximumFailuresPerAccount = 5
    static let maximumFailingAccountsPerAddress = 20
    static let window: TimeInterval = 15 * 60

    private var failures: [String: [Date]] = [:]

    /// The seconds to wait before trying again, when any of `keys` is locked; nil otherwise.
    func retryAfter(keys: [String], now: Date = Date()) -> Int? {
        var longest: TimeInterval?
        for key in keys {
            let recent = prune(key, now: now)
            guard recent.count >= Self.maximumFailures, let oldest = recent.first else { continue }
            let wait = oldest.addingTimeInterval(Self.window).timeIntervalSince(now)
            longest = max(longest ?? 0, wait)
        }
        return longest.map { max(1, Int($0.rounded(.up))) }
    }

    /// Records one failed attempt under each of `keys`.
    func recordFailure(keys: [String], now: Date = Date()) {
        for key in keys {
            var recent = prune(key, now: now)
            recent.append(now)
            failures[key] = recent
        }
    }

    /// Forgets the failures of an e-mail after a successful login (the address keeps its count,
    /// so one attacker cannot reset its budget by logging into its own account).
    func reset(key: String) {
        failures[key] = nil
    }

    private func prune(_ key: String, now: Date) -> [Date] {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}

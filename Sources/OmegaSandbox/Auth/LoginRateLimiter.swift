import Foundation

/// Failed logins, counted so that checking and counting are one step (an actor: no await
/// between them), per account strictly and per client address generously.
///
/// - Per account (the e-mail): 5 failures within 15 minutes lock it; further attempts get
///   429 until the oldest failure is 15 minutes old.
/// - Per address: the address is locked only once 20 *different* accounts have failed from
///   it within 15 minutes, so one account's storm behind an office's or a carrier's NAT
///   does not lock everybody else out, while spraying many accounts from one address stops
///   after 20 × 5 guesses.
///
/// An attempt is counted as a failure when it is admitted, before the password is checked
/// (bcrypt takes tens of milliseconds, and parallel attempts must not all pass the check
/// before any of them is counted); a correct password takes it back.
actor LoginRateLimiter {
    static let maximumFailuresPerAccount = 5
    static let maximumFailingAccountsPerAddress = 20
    static let window: TimeInterval = 15 * 60

    /// An admitted attempt, to hand back to ``succeeded(_:)`` when the password is right.
    struct Ticket: Sendable {
        fileprivate var account: String
        fileprivate var address: String
    }

    enum Admission: Sendable {
        case admitted(Ticket)
        /// Locked: try again in this many seconds (at least 1).
        case refused(retryAfter: Int)
    }

    /// Counted failures (admitted attempts) per account, oldest first.
    private var failures: [String: [Date]] = [:]
    /// Per address, the accounts that failed from it and when they last did.
    private var failingAccounts: [String: [String: Date]] = [:]
    private var lastSweep = Date.distantPast

    /// Admits and counts an attempt for `account` from `address`, or says how long to wait.
    func admit(account: String, address: String, now: Date = Date()) -> Admission {
        sweep(now: now)
        let recent = recentFailures(account, now: now)
        if recent.count >= Self.maximumFailuresPerAccount, let oldest = recent.first {
            return .refused(retryAfter: Self.seconds(until: oldest, now: now))
        }
        let accounts = recentAccounts(address, now: now)
        if accounts[account] == nil, accounts.count >= Self.maximumFailingAccountsPerAddress,
            let oldest = accounts.values.min()
        {
            return .refused(retryAfter: Self.seconds(until: oldest, now: now))
        }
        failures[account, default: []].append(now)
        failingAccounts[address, default: [:]][account] = now
        return .admitted(Ticket(account: account, address: address))
    }

    /// The password was right: the account's failures are forgotten, and the address no
    /// longer counts it among its failing accounts.
    func succeeded(_ ticket: Ticket) {
        failures[ticket.account] = nil
        failingAccounts[ticket.address]?[ticket.account] = nil
        if failingAccounts[ticket.address]?.isEmpty == true { failingAccounts[ticket.address] = nil }
    }

    private func recentFailures(_ account: String, now: Date) -> [Date] {
        let recent = (failures[account] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[account] = recent.isEmpty ? nil : recent
        return recent
    }

    private func recentAccounts(_ address: String, now: Date) -> [String: Date] {
        let recent = (failingAccounts[address] ?? [:]).filter {
            now.timeIntervalSince($0.value) < Self.window
        }
        failingAccounts[address] = recent.isEmpty ? nil : recent
        return recent
    }

    /// Drops every entry older than the window, at most once a minute, so that attempts on
    /// many different e-mails do not grow the tables for ever.
    private func sweep(now: Date) {
        guard now.timeIntervalSince(lastSweep) > 60 else { return }
        lastSweep = now
        failures = failures.compactMapValues { dates in
            let recent = dates.filter { now.timeIntervalSince($0) < Self.window }
            return recent.isEmpty ? nil : recent
        }
        failingAccounts = failingAccounts.compactMapValues { accounts in
            let recent = accounts.filter { now.timeIntervalSince($0.value) < Self.window }
            return recent.isEmpty ? nil : recent
        }
    }

    private static func seconds(until oldest: Date, now: Date) -> Int {
        max(1, Int(oldest.addingTimeInterval(window).timeIntervalSince(now).rounded(.up)))
    }
}

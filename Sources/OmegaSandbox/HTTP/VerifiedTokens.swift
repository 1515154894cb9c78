import Foundation
import Synchronization

/// Access tokens already verified, with the subscriber they name, until they expire.
///
/// Verifying a token (its HMAC through jwt-kit's key collection, an actor every request
/// queued on) and finding its account (a database read, two thread hops) cost as much as
/// the data of a small answer; a client sends the same token for 20 minutes. A token's
/// verdict cannot change before its `exp` (no access token is revoked alone: logout and
/// password changes revoke refresh tokens, and accounts are never deleted), so the first
/// verdict is kept until then. A full table is emptied rather than managed: it refills
/// from the requests that follow.
final class VerifiedTokens: Sendable {
    private struct Entry {
        var identity: SubscriberIdentity
        var expires: Date
    }

    /// Tokens kept at most (one per signed-in session).
    static let capacity = 10_000
    private let entries = Mutex<[String: Entry]>([:])

    /// The subscriber of `token` when it was verified before and has not expired at `now`.
    func identity(for token: String, now: Date = Date()) -> SubscriberIdentity? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard entry.expires > now else {
                entries[token] = nil
                return nil
            }
            return entry.identity
        }
    }

    /// Keeps the verdict on `token` until `expires`.
    func remember(_ token: String, as identity: SubscriberIdentity, until expires: Date) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(identity: identity, expires: expires)
        }
    }
}

/// Failures of the store that callers handle (anything else is a GRDB `DatabaseError`).
public enum StoreError: Error, Sendable, Equatable {
    /// The e-mail already belongs to an account.
    case emailTaken
    /// No row with this id.
    case notFound(type: String, id: String)
    /// The resource type has no table (see ``StoreTable``).
    case unknownType(String)
    /// A row could not be decoded into its model (a sandbox bug, not a client error).
    case corruptRow(type: String, detail: String)
    /// A request is no longer in the status the caller expected (a concurrent move).
    case statusChanged(requestId: String, current: String)
    /// The same idempotency key was stored concurrently.
    case duplicateIdempotencyKey
}

/// Where forms keep their input between runs.
public protocol DraftStore: Sendable {
    /// The draft under `key`, or nil (also when it is unreadable: a draft is a convenience).
    func load(_ key: DraftKey) async -> Draft?
    /// Saves a draft, replacing the previous one.
    func save(_ draft: Draft) async throws
    /// Removes a draft; no error when there is none.
    func delete(_ key: DraftKey) async
}

/// Drafts in memory only: counter mode, where nothing of a subscriber may stay on disk.
public actor InMemoryDraftStore: DraftStore {
    private var drafts: [DraftKey: Draft] = [:]

    /// Creates an empty store.
    public init() {}

    public func load(_ key: DraftKey) -> Draft? { drafts[key] }

    public func save(_ draft: Draft) { drafts[draft.key] = draft }

    public func delete(_ key: DraftKey) { drafts[key] = nil }

    /// Forgets every draft (leaving a subscriber).
    public func removeAll() { drafts.removeAll() }
}

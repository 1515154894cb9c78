/// Where forms keep their input between runs.
public protocol DraftStore: Sendable {
    /// The draft under `key`, or nil (also when it is unreadable: a draft is a convenience).
    func load(_ key: DraftKey) async -> FormDraft?
    /// Saves a draft, replacing the previous one.
    func save(_ draft: FormDraft) async throws
    /// Removes a draft; no error when there is none.
    func delete(_ key: DraftKey) async
}

/// Drafts in memory only: counter mode, where nothing of a subscriber may stay on disk.
public actor InMemoryDraftStore: DraftStore {
    private var drafts: [DraftKey: FormDraft] = [:]

    /// Creates an empty store.
    public init() {}

    public func load(_ key: DraftKey) -> FormDraft? { drafts[key] }

    public func save(_ draft: FormDraft) { drafts[draft.key] = draft }

    public func delete(_ key: DraftKey) { drafts[key] = nil }

    /// Forgets every draft (leaving a subscriber).
    public func removeAll() { drafts.removeAll() }
}

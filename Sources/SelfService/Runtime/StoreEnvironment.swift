/// What the store runs effects against.
public struct StoreEnvironment: Sendable {
    /// The pre-login flows (subscriber mode); nil at the counter.
    public var account: (any AccountService)?
    /// The subscriber's data source when one is known from the start (counter mode, tests);
    /// in subscriber mode the account service provides it at login.
    public var dataSource: (any SubscriberDataSource)?
    /// Where forms keep drafts (`FileDraftStore` for subscribers, `InMemoryDraftStore` at the counter).
    public var drafts: any DraftStore
    /// Time and ids for the reducer.
    public var context: ReducerContext

    /// Creates an environment.
    public init(
        account: (any AccountService)? = nil, dataSource: (any SubscriberDataSource)? = nil,
        drafts: any DraftStore, context: ReducerContext = .live
    ) {
        self.account = account
        self.dataSource = dataSource
        self.drafts = drafts
        self.context = context
    }
}

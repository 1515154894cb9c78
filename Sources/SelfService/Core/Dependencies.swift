/// What effects run against: the services that do not change while the store lives.
///
/// The subscriber's data source is not here: it changes at login, so it travels in the state
/// (``DataSourceHandle``) and each effect takes the one of the state that started it.
public struct Dependencies: Sendable {
    /// The pre-login flows (subscriber mode); nil at the counter.
    public var account: (any AccountService)?
    /// The counter's search and the opening of a subscriber; nil in subscriber mode.
    public var counter: (any CounterDirectory)?
    /// Where forms keep drafts (on disk for subscribers, in memory at the counter and kiosk).
    public var drafts: any DraftStore
    /// The clock of timers (toasts, polling, draft writes); tests give a manual one.
    public var clock: any Clock<Duration>

    /// Creates the dependencies.
    public init(
        account: (any AccountService)? = nil, counter: (any CounterDirectory)? = nil,
        drafts: any DraftStore = InMemoryDraftStore(), clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.account = account
        self.counter = counter
        self.drafts = drafts
        self.clock = clock
    }
}

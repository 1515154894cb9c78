import Foundation

/// The counter's whole view-model: the search screen, then ONE subscriber's usual screens
/// (their own ``AppState``) under the counter header, and the idle rule.
///
/// Leaving a subscriber (Esc from Accueil, `q`/F10 in its screens, or the idle timeout)
/// drops its state and data source and empties the search: nothing of that subscriber stays
/// on screen or in memory.
public struct CounterState: Equatable, Sendable {
    /// The agent's login.
    public var agent: String
    /// The interface language.
    public var language: Language
    /// The search screen.
    public var search = SubscriberSearchState()
    /// The subscriber being opened or open.
    public var subject: CounterSubject?
    /// The open subscriber's screens.
    public var app: AppState?
    /// Inactivity.
    public var idle: IdleTimer
    /// The seconds left before the idle timeout while its warning shows (nil: no warning).
    public var warningSeconds: Int?
    /// The agent quit (F10 on the search screen).
    public var hasQuit = false

    /// The counter at an empty search; `idleTimeout` in seconds from `now`.
    public init(agent: String, language: Language = .fr, idleTimeout: TimeInterval, now: Date) {
        self.agent = agent
        self.language = language
        idle = IdleTimer(timeout: idleTimeout, now: now)
    }

    /// Whether anything about a subscriber is on screen or in memory: one is open, or the
    /// search holds typed text, results or an error.
    public var holdsSubscriberData: Bool {
        subject != nil || !search.text.isEmpty || !search.town.isEmpty || search.page != nil
            || search.failure != nil
    }

    /// Whether anything is in flight.
    public var isBusy: Bool { search.isSearching || app?.isBusy == true }
}

/// What happens at the counter.
public enum CounterAction: Equatable, Sendable {
    /// The search screen.
    case search(SubscriberSearchAction)
    /// The subscriber chosen was opened (its data source), or could not be.
    case opened(CounterSubject, Result<DataSourceHandle, ServiceFailure>)
    /// The open subscriber's screens.
    case app(AppAction)
    /// Back to an empty search.
    case leave
    /// A key came: the idle count starts again.
    case keyPressed
    /// The clock moved: warn, or leave at the timeout.
    case tick
    /// F10 on the search screen.
    case quit
}

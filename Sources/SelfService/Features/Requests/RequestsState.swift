/// The Demandes screen: the subscriber's requests, the selected one's timeline, polling.
public struct RequestsState: Equatable, Sendable {
    /// The requests, newest first (one list per subscriber: its key is "").
    public var list = PagedList<RequestRecord>()
    /// The selected request with its history, once loaded.
    public var detail: RequestRecord?
    /// The detail is loading.
    public var isLoadingDetail = false
    /// Whether Demandes is on screen: only then does the list poll.
    public var isWatching = false
    /// The polling schedule while watching.
    public var poll = PollSchedule()

    /// An empty state.
    public init() {}

    /// The selected request.
    public var selectedItem: RequestRecord? { list.selectedItem }

    /// The requests still open (for Accueil).
    public var openRequests: [RequestRecord] { list.items.filter(\.status.isOpen) }
}

/// What happens on Demandes.
public enum RequestsAction: Equatable, Sendable {
    /// The list.
    case list(PagedListAction<RequestRecord>)
    /// Demandes opens: refresh now, then poll while it stays.
    case watch
    /// Demandes closes: stop polling.
    case stopWatching
    /// The polling timer fired.
    case pollTimerFired
    /// Moves the selection and loads that request's history.
    case select(Int)
    /// A request's history arrived.
    case detailLoaded(Result<RequestRecord, ServiceFailure>)
    /// Loads page 1 again (or for the first time), without polling.
    case refresh
    /// A request was just filed: it goes on top.
    case filed(RequestRecord)
    /// Tells the app that requests moved (it shows a toast for each).
    case announce([StatusChange])
}

/// How requests are fetched, page by page (for the whole subscriber: the key is "").
public enum RequestPages: PageLoader {
    public static let list = ListKind.requests

    public static func page(_ number: Int, of _: String, from source: any SubscriberDataSource)
        async throws(ServiceFailure) -> RecordPage<RequestRecord>
    {
        try await source.requests(page: number)
    }
}

/// A status move seen in a refresh or a detail.
public struct StatusChange: Equatable, Sendable {
    /// The request.
    public var request: RequestRecord
    /// The status before.
    public var from: RequestStatus

    /// Creates a move.
    public init(request: RequestRecord, from: RequestStatus) {
        self.request = request
        self.from = from
    }
}

import Foundation

/// The Messages screen: the service's messages in force today.
public struct MessagesState: Equatable, Sendable {
    /// The messages.
    public var items: [ServiceMessage] = []
    /// Whether they have arrived once.
    public var hasLoaded = false
    /// A load is in flight.
    public var isLoading = false
    /// The last failure.
    public var error: ServiceFailure?
    /// The selected message.
    public var selection = 0
    /// When they last arrived.
    public var loadedAt: Date?

    /// An empty state.
    public init() {}
}

/// What happens on Messages.
public enum MessagesAction: Equatable, Sendable {
    /// Loads the messages (again).
    case load
    /// They arrived.
    case loaded(Result<[ServiceMessage], ServiceFailure>)
    /// Moves the selection (clamped).
    case select(Int)
    /// Esc while loading: stop.
    case cancel
}

/// Loading and browsing the messages.
public enum MessagesFeature {
    /// Applies `action`.
    public static func reduce(
        _ state: inout MessagesState, _ action: MessagesAction, _ context: ReducerContext
    )
        -> Effect<MessagesAction>
    {
        switch action {
        case .load:
            guard let source = context.source?.source else { return .none }
            state.isLoading = true
            return .run(.messages) { _ in
                return .loaded(await .of { () async throws(ServiceFailure) in try await source.messages() })
            }
        case .loaded(let result):
            state.isLoading = false
            switch result {
            case .success(let messages):
                state.items = messages
                state.hasLoaded = true
                state.loadedAt = context.now()
                state.error = nil
                state.selection = min(state.selection, max(0, messages.count - 1))
            case .failure(let failure):
                state.error = failure
            }
            return .none
        case .select(let row):
            state.selection = min(max(0, row), max(0, state.items.count - 1))
            return .none
        case .cancel:
            guard state.isLoading else { return .none }
            state.isLoading = false
            return .cancel(.messages)
        }
    }
}

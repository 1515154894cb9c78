/// The subscriber's contracts, the one the screens show, and the picker's highlighted row.
public struct ContractsState: Equatable, Sendable {
    /// The contracts.
    public var items: [ContractSummary] = []
    /// Whether they have arrived once.
    public var hasLoaded = false
    /// A load is in flight.
    public var isLoading = false
    /// The last failure.
    public var error: ServiceFailure?
    /// The contract the screens show.
    public var selectedId: String?
    /// The highlighted row of the contract picker.
    public var highlighted = 0

    /// No contract yet.
    public init() {}

    /// The contract the screens show.
    public var selected: ContractSummary? { items.first { $0.id == selectedId } }
}

/// What happens to the contracts.
public enum ContractsAction: Equatable, Sendable {
    /// Loads the contracts (unless they are loaded or loading).
    case load
    /// They arrived.
    case loaded(Result<[ContractSummary], ServiceFailure>)
    /// Moves the picker's highlight (clamped).
    case highlight(Int)
}

/// Loading the contracts and choosing the default one.
public enum ContractsFeature {
    /// Applies `action` to the contracts.
    public static func reduce(
        _ state: inout ContractsState, _ action: ContractsAction, _ context: ReducerContext
    )
        -> Effect<ContractsAction>
    {
        switch action {
        case .load:
            guard !state.hasLoaded, !state.isLoading, let source = context.source?.source else {
                return .none
            }
            state.isLoading = true
            return .run(.contracts) { _ in
                return .loaded(await .of { () async throws(ServiceFailure) in try await source.contracts() })
            }
        case .loaded(let result):
            state.isLoading = false
            switch result {
            case .success(let contracts):
                state.items = contracts
                state.hasLoaded = true
                state.error = nil
                if state.selected == nil {
                    // The same default at every start (servers need not order lists): the
                    // active contract with the smallest number.
                    let byNumber = contracts.sorted { $0.numeroContrat < $1.numeroContrat }
                    state.selectedId = (byNumber.first { $0.actif } ?? byNumber.first)?.id
                }
            case .failure(let failure):
                state.error = failure
            }
            return .none
        case .highlight(let row):
            state.highlighted = min(max(0, row), max(0, state.items.count - 1))
            return .none
        }
    }
}

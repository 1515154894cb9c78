/// The kinds of request the "Nouvelle demande" menu offers, in order.
public enum NewRequestKind: Equatable, Hashable, Sendable {
    /// "Transmettre un index".
    case transmettreIndex
    /// "Mettre à jour mes coordonnées".
    case mettreAJourCoordonnees
    /// One of our kinds, when the server accepts it.
    case service(ServiceRequestKind)

    /// Omega's own kinds, which every server accepts.
    public static let standard: [NewRequestKind] = [.transmettreIndex, .mettreAJourCoordonnees]

    /// The form the kind opens.
    public var step: NewRequestStep {
        switch self {
        case .transmettreIndex: return .index
        case .mettreAJourCoordonnees: return .coordonnees
        case .service(let kind): return .kind(kind)
        }
    }
}

/// What the server said about the request kinds it accepts.
public enum KindsAvailability: Equatable, Sendable {
    /// Not asked yet, or the answer failed (asked again when the menu opens).
    case unknown
    /// Asked, no answer yet.
    case loading
    /// The server does not say (no `request-kind`: a real OmegaWEB): Omega's kinds only.
    case notAdvertised
    /// The kinds of ours it accepts.
    case advertised(Set<ServiceRequestKind>)
}

/// The "Nouvelle demande" menu.
public struct NewRequestState: Equatable, Sendable {
    /// What the server accepts beyond Omega's kinds.
    public var availability = KindsAvailability.unknown
    /// Whether the invoice due may be paid in instalments (the entry is offered only then).
    public var instalmentsAllowed = false
    /// The highlighted entry.
    public var highlighted = 0

    /// The menu, first entry highlighted.
    public init() {}

    /// The kinds offered: Omega's, then ours that the server accepts (instalments only when
    /// the invoice due allows them).
    public var kinds: [NewRequestKind] {
        guard case .advertised(let accepted) = availability else { return NewRequestKind.standard }
        let ours = ServiceRequestKind.allCases.filter {
            accepted.contains($0) && ($0 != .installments || instalmentsAllowed)
        }
        return NewRequestKind.standard + ours.map(NewRequestKind.service)
    }

    /// Whether the menu must say that the other requests are to be asked of the water
    /// service directly (the server accepts none of ours).
    public var othersUnavailable: Bool { availability == .notAdvertised }

    /// The highlighted kind.
    public var highlightedKind: NewRequestKind? {
        kinds.indices.contains(highlighted) ? kinds[highlighted] : nil
    }
}

/// What happens in the menu.
public enum NewRequestAction: Equatable, Sendable {
    /// Moves the highlight (clamped).
    case highlight(Int)
    /// Asks the server which kinds it accepts (once per session, again after a failure).
    case loadKinds
    /// The server answered (nil: it does not say).
    case kindsLoaded(Result<Set<ServiceRequestKind>?, ServiceFailure>)
}

/// The menu's reducer.
public enum NewRequestFeature {
    /// Applies `action`.
    public static func reduce(
        _ state: inout NewRequestState, _ action: NewRequestAction, _ context: ReducerContext
    ) -> Effect<NewRequestAction> {
        switch action {
        case .highlight(let row):
            state.highlighted = min(max(0, row), max(0, state.kinds.count - 1))
        case .loadKinds:
            guard state.availability == .unknown, let source = context.source?.source else { return .none }
            state.availability = .loading
            return .run(.requestKinds) { _ in
                .kindsLoaded(
                    await .of { () async throws(ServiceFailure) in try await source.requestKinds() })
            }
        case .kindsLoaded(.success(let kinds)):
            state.availability = kinds.map(KindsAvailability.advertised) ?? .notAdvertised
        case .kindsLoaded(.failure):
            state.availability = .unknown
        }
        return .none
    }
}

/// The kinds of request the "Nouvelle demande" menu offers, in order.
public enum NewRequestKind: CaseIterable, Equatable, Sendable {
    /// "Transmettre un index".
    case transmettreIndex
    /// "Mettre à jour mes coordonnées".
    case mettreAJourCoordonnees

    /// The form the kind opens.
    public var step: NewRequestStep {
        switch self {
        case .transmettreIndex: return .index
        case .mettreAJourCoordonnees: return .coordonnees
        }
    }
}

/// The "Nouvelle demande" menu.
public struct NewRequestState: Equatable, Sendable {
    /// The kinds offered.
    public var kinds = NewRequestKind.allCases
    /// The highlighted entry.
    public var highlighted = 0

    /// The menu, first entry highlighted.
    public init() {}

    /// The highlighted kind.
    public var highlightedKind: NewRequestKind? {
        kinds.indices.contains(highlighted) ? kinds[highlighted] : nil
    }
}

/// What happens in the menu.
public enum NewRequestAction: Equatable, Sendable {
    /// Moves the highlight (clamped).
    case highlight(Int)
}

/// The menu's reducer.
public enum NewRequestFeature {
    /// Applies `action`.
    public static func reduce(_ state: inout NewRequestState, _ action: NewRequestAction) {
        switch action {
        case .highlight(let row):
            state.highlighted = min(max(0, row), max(0, state.kinds.count - 1))
        }
    }
}

import OmegaClient

/// What the water service decides about a request under review.
public enum ReviewDecision: Sendable, Hashable {
    /// Accept and apply (the reading joins the history, the person changes).
    case close(comment: String)
    /// Ask the subscriber to confirm or correct.
    case askClient(comment: String)
    /// Refuse.
    case refuse(comment: String)
    /// The request cannot be processed (unknown point, unreadable payload…).
    case error(comment: String)

    /// The status the decision leads to.
    public var statut: StatutDemande {
        switch self {
        case .close: .terminee
        case .askClient: .attenteClient
        case .refuse: .refusee
        case .error: .enErreur
        }
    }

    /// The comment recorded with the move.
    public var comment: String {
        switch self {
        case .close(let comment), .askClient(let comment), .refuse(let comment), .error(let comment): comment
        }
    }
}

/// Failures of manual review operations.
public enum ReviewError: Error, Sendable, Equatable {
    /// No request with this id.
    case notFound(String)
    /// The request is finished (`CLOSED`, `REFUSED`, `ERROR`) and cannot move any more.
    case alreadyFinal(id: String, statut: String)
    /// Refusing or asking needs a comment for the subscriber.
    case commentRequired
}

import Foundation

/// The status of a change request (`req_status`).
public enum RequestStatus: Equatable, Hashable, Sendable, Codable {
    case saved
    case send
    case omega
    case client
    case closed
    case error
    case refused
    /// A code this version does not know, kept as sent.
    case unknown(String)

    /// Reads a wire code (`SAVED`, `SEND`, `OMEGA`, `CLIENT`, `CLOSED`, `ERROR`, `REFUSED`).
    public init(code: String) {
        switch code.uppercased() {
        case "SAVED": self = .saved
        case "SEND": self = .send
        case "OMEGA": self = .omega
        case "CLIENT": self = .client
        case "CLOSED": self = .closed
        case "ERROR": self = .error
        case "REFUSED": self = .refused
        default: self = .unknown(code)
        }
    }

    /// The wire code.
    public var code: String {
        switch self {
        case .saved: return "SAVED"
        case .send: return "SEND"
        case .omega: return "OMEGA"
        case .client: return "CLIENT"
        case .closed: return "CLOSED"
        case .error: return "ERROR"
        case .refused: return "REFUSED"
        case .unknown(let code): return code
        }
    }

    /// Whether the water service still has to act (the request is "open").
    public var isOpen: Bool {
        switch self {
        case .saved, .send, .omega, .client: return true
        case .closed, .error, .refused, .unknown: return false
        }
    }
}

/// What a request asks for (`req_code`).
public enum RequestCode: Equatable, Hashable, Sendable {
    /// `J_RELEVE`: a meter index.
    case releve
    /// `J_MAJPER`: contact details.
    case miseAJourPersonne
    /// `J_FACTURE`: an external invoice (partners only).
    case facture
    /// Any other code, kept as sent.
    case autre(String)

    /// Reads a wire code.
    public init(code: String) {
        switch code.uppercased() {
        case "J_RELEVE": self = .releve
        case "J_MAJPER": self = .miseAJourPersonne
        case "J_FACTURE": self = .facture
        default: self = .autre(code)
        }
    }
}

/// One event of a request's history (`Partner_RequestEvent`).
public struct RequestEvent: Equatable, Sendable {
    /// The status the request moved to.
    public var status: RequestStatus
    /// When (`ts`).
    public var date: Date
    /// The service's comment, if any (its question when the status is "Attente client").
    public var comment: String?

    /// Creates an event.
    public init(status: RequestStatus, date: Date, comment: String? = nil) {
        self.status = status
        self.date = date
        self.comment = comment
    }
}

/// Where a request was filed.
public enum RequestOrigin: Equatable, Hashable, Sendable {
    /// By the subscriber, online.
    case online
    /// At the water service's counter, by this agent.
    case counter(agent: String)
}

/// A change request (`Partner_Request`) and, when loaded, its history.
public struct RequestRecord: Equatable, Sendable, Identifiable {
    /// `req_id`; empty for the request a dry run *would* make.
    public var id: String
    /// `req_code`.
    public var code: RequestCode
    /// `req_status`.
    public var status: RequestStatus
    /// `req_title`.
    public var title: String
    /// `req_ts`.
    public var date: Date?
    /// Events, oldest first; empty until the detail is loaded.
    public var history: [RequestEvent]
    /// Where it was filed.
    public var origin: RequestOrigin

    /// Creates a request.
    public init(
        id: String, code: RequestCode, status: RequestStatus, title: String, date: Date?,
        history: [RequestEvent] = [], origin: RequestOrigin = .online
    ) {
        self.origin = origin
        self.id = id
        self.code = code
        self.status = status
        self.title = title
        self.date = date
        self.history = history
    }
}

/// The status of a ``Demande`` (`req_status`).
///
/// A request moves `SAVED`/`SEND` -> `OMEGA` -> `CLOSED` | `REFUSED` | `CLIENT` | `ERROR`.
/// A status this version does not know decodes as ``unknown(_:)`` so that a new value on
/// the server never breaks decoding.
public enum StatutDemande: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `SAVED`: enregistrée, not sent yet.
    case enregistree
    /// `SEND`: envoyée to the water service.
    case envoyee
    /// `OMEGA`: en traitement by the water service.
    case enTraitement
    /// `CLIENT`: attente client, the service asks the subscriber something.
    case attenteClient
    /// `CLOSED`: terminée, accepted and applied.
    case terminee
    /// `ERROR`: en erreur.
    case enErreur
    /// `REFUSED`: refusée.
    case refusee
    /// Any other wire value, kept as sent.
    case unknown(String)

    /// Every status Omega documents, in the order of the workflow.
    public static let connus: [StatutDemande] = [
        .enregistree, .envoyee, .enTraitement, .attenteClient, .terminee, .enErreur, .refusee,
    ]

    /// Reads a wire value (`"SEND"`…); unknown values become ``unknown(_:)``.
    public init(rawValue: String) {
        switch rawValue {
        case "SAVED": self = .enregistree
        case "SEND": self = .envoyee
        case "OMEGA": self = .enTraitement
        case "CLIENT": self = .attenteClient
        case "CLOSED": self = .terminee
        case "ERROR": self = .enErreur
        case "REFUSED": self = .refusee
        default: self = .unknown(rawValue)
        }
    }

    /// The wire value (`"SEND"`…).
    public var rawValue: String {
        switch self {
        case .enregistree: "SAVED"
        case .envoyee: "SEND"
        case .enTraitement: "OMEGA"
        case .attenteClient: "CLIENT"
        case .terminee: "CLOSED"
        case .enErreur: "ERROR"
        case .refusee: "REFUSED"
        case .unknown(let value): value
        }
    }

    /// The French label shown to people (« Envoyée »…); the raw value for an unknown status.
    public var libelle: String {
        switch self {
        case .enregistree: "Enregistrée"
        case .envoyee: "Envoyée"
        case .enTraitement: "En traitement"
        case .attenteClient: "Attente client"
        case .terminee: "Terminée"
        case .enErreur: "En erreur"
        case .refusee: "Refusée"
        case .unknown(let value): value
        }
    }

    /// Whether the request is finished (`CLOSED`, `REFUSED` or `ERROR`): no further move.
    public var estFinal: Bool {
        switch self {
        case .terminee, .refusee, .enErreur: true
        default: false
        }
    }

    /// The wire value.
    public var description: String { rawValue }

    /// Decodes the wire string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Encodes the wire string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

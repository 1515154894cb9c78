/// The kind of a ``Demande`` (`req_code`). Unknown codes decode as ``unknown(_:)``.
public enum CodeDemande: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `J_RELEVE`: transmission de relevé (a meter index).
    case releve
    /// `J_MAJPER`: mise à jour personne (contact details).
    case miseAJourPersonne
    /// `J_FACTURE`: external invoice (partners only).
    case facture
    /// Any other wire value, kept as sent.
    case unknown(String)

    /// Reads a wire value (`"J_RELEVE"`…).
    public init(rawValue: String) {
        switch rawValue {
        case "J_RELEVE": self = .releve
        case "J_MAJPER": self = .miseAJourPersonne
        case "J_FACTURE": self = .facture
        default: self = .unknown(rawValue)
        }
    }

    /// The wire value (`"J_RELEVE"`…).
    public var rawValue: String {
        switch self {
        case .releve: "J_RELEVE"
        case .miseAJourPersonne: "J_MAJPER"
        case .facture: "J_FACTURE"
        case .unknown(let value): value
        }
    }

    /// The French label shown to people.
    public var libelle: String {
        switch self {
        case .releve: "Transmission de relevé"
        case .miseAJourPersonne: "Mise à jour des coordonnées"
        case .facture: "Facture externe"
        case .unknown(let value): value
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

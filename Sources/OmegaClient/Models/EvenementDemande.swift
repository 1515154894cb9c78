import Foundation
import JSONAPI

/// Un événement de l'historique d'une ``Demande`` (`Partner_RequestEvent`): chaque changement de
/// statut en ajoute un.
public struct EvenementDemande: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_RequestEvent"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "event_id"

    /// Identifiant Omega (attribut `event_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant de la demande.
    @Loose public var demandeId: String?
    /// Statut atteint.
    public var statut: StatutDemande?
    /// Moment du changement.
    @Loose public var horodatage: Date?
    /// Commentaire du service (par exemple la question posée à l'abonné).
    @Loose public var commentaire: String?
    /// Agent ou automate à l'origine du changement.
    @Loose public var agent: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "event_id"
        case demandeId = "req_id"
        case statut = "status"
        case horodatage = "ts"
        case commentaire = "comment"
        case agent
    }
}

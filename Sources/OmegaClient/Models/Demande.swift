import Foundation
import JSONAPI

/// Une demande (`Partner_Request`): toute modification passe par une demande que le service
/// des eaux valide ou refuse. Elle porte un numéro et se suit dans le temps (voir
/// ``StatutDemande`` et l'historique ``EvenementDemande``).
///
/// Au-delà des attributs documentés d'Omega (`req_*`), nous ajoutons l'agent, le commentaire du
/// service et un résumé de la charge utile.
public struct Demande: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Request"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "req_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The history (`Partner_RequestEvent`).
        public static let history = "history"
    }

    /// Identifiant Omega (attribut `req_id`, égal à l'id de la ressource).
    public var id: String
    /// Statut courant.
    public var statut: StatutDemande?
    /// Nature de la demande.
    public var code: CodeDemande?
    /// Titre lisible (par exemple « Relevé du 12/03/2026 »).
    @Loose public var titre: String?
    /// Moment du dernier changement de statut.
    @Loose public var horodatage: Date?
    /// Agent du guichet qui a déposé la demande (vide pour l'abonné lui-même).
    @Loose public var agent: String?
    /// Dernier commentaire du service.
    @Loose public var commentaire: String?
    /// Contrat concerné.
    @Loose public var contratId: String?
    /// Point de consommation concerné (relevé).
    @Loose public var pointConsoId: String?
    /// Personne concernée (mise à jour de coordonnées).
    @Loose public var personneId: String?
    /// Index transmis (relevé).
    @Loose public var nouvelIndex: Int?
    /// Date de l'index transmis (relevé).
    @Loose public var dateNouvelIndex: Date?
    /// Résumé lisible de la charge utile.
    @Loose public var resume: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "req_id"
        case statut = "req_status"
        case code = "req_code"
        case titre = "req_title"
        case horodatage = "req_ts"
        case agent
        case commentaire = "comment"
        case contratId = "contrat_id"
        case pointConsoId = "pconso_id"
        case personneId = "personne_id"
        case nouvelIndex = "ni"
        case dateNouvelIndex = "dateni"
        case resume = "req_summary"
    }
}

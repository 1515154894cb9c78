import Foundation
import JSONAPI

/// Un relevé d'index (`Partner_Releve`): l'ancien et le nouvel index d'un compteur et la consommation
/// entre les deux.
public struct Releve: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Releve"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "releve_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The consumption point (`Partner_Pconso`).
        public static let pconso = "pconso"
        /// The meter (`Partner_Compteur`).
        public static let compteur = "compteur"
    }

    /// Identifiant Omega (attribut `releve_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant du point de consommation.
    @Loose public var pointConsoId: String?
    /// Identifiant du compteur relevé.
    @Loose public var compteurId: String?
    /// Date de l'ancien index.
    @Loose public var dateAncienIndex: Date?
    /// Ancien index (m³).
    @Loose public var ancienIndex: Int?
    /// Date du nouvel index.
    @Loose public var dateNouvelIndex: Date?
    /// Nouvel index (m³).
    @Loose public var nouvelIndex: Int?
    /// Type de relevé: voir ``TypeReleve`` pour les codes connus.
    @Loose public var typeReleve: String?
    /// Le relevé reste à facturer.
    @Loose public var aFacturer: Bool?
    /// Relevé transmis par radio.
    @Loose public var releveRadio: Bool?
    /// Compteur posé à l'envers.
    @Loose public var compteurInverse: Bool?
    /// Le compteur a fait un tour complet (retour à zéro) depuis l'ancien index.
    @Loose public var compteurTourne: Bool?
    /// Une fuite a été constatée.
    @Loose public var fuite: Bool?
    /// Consommation relevée (m³).
    @Loose public var consommation: Int?
    /// Commentaire libre.
    @Loose public var commentaire: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "releve_id"
        case pointConsoId = "pconso_id"
        case compteurId = "compteur_id"
        case dateAncienIndex = "dateai"
        case ancienIndex = "ai"
        case dateNouvelIndex = "dateni"
        case nouvelIndex = "ni"
        case typeReleve = "enum_crlv"
        case aFacturer = "afacturer"
        case releveRadio = "radiorlv"
        case compteurInverse = "cptinverse"
        case compteurTourne = "cpttour"
        case fuite = "cptfuite"
        case consommation = "consorlv"
        case commentaire = "comlib"
    }
}

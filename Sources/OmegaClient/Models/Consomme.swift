import Foundation
import JSONAPI

/// Une consommation facturée (`Partner_Consomme`) d'un contrat.
public struct Consomme: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Consomme"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "consomme_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The contract (`Partner_Contrat`).
        public static let contrat = "contrat"
    }

    /// Identifiant Omega (attribut `consomme_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant du contrat.
    @Loose public var contratId: String?
    /// Date de l'ancien index.
    @Loose public var dateAncienIndex: Date?
    /// Ancien index (m³).
    @Loose public var ancienIndex: Int?
    /// Date du nouvel index.
    @Loose public var dateNouvelIndex: Date?
    /// Nouvel index (m³).
    @Loose public var nouvelIndex: Int?
    /// Type de relevé (voir ``TypeReleve``).
    @Loose public var typeReleve: String?
    /// Reste à facturer.
    @Loose public var aFacturer: Bool?
    /// Déjà facturée.
    @Loose public var estFacture: Bool?
    /// Consommation forfaitaire.
    @Loose public var estForfait: Bool?
    /// Consommation relevée (m³).
    @Loose public var consommation: Int?
    /// Budget, code de l'énumération BUDG.
    @Loose public var budget: String?
    /// Consommation facturée (m³).
    @Loose public var consommationFacturee: Int?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "consomme_id"
        case contratId = "contrat_id"
        case dateAncienIndex = "dateai"
        case ancienIndex = "ai"
        case dateNouvelIndex = "dateni"
        case nouvelIndex = "ni"
        case typeReleve = "enum_crlv"
        case aFacturer = "afacturer"
        case estFacture = "facture"
        case estForfait = "forfait"
        case consommation = "consorlv"
        case budget = "enum_budg"
        case consommationFacturee = "comsofact"
    }
}

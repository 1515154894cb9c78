import Foundation
import JSONAPI

/// Une voie (`Partner_Voie`): rue, avenue, chemin… d'une commune.
public struct Voie: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Voie"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "voie_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The town (`Partner_Commune`).
        public static let commune = "commune"
    }

    /// Identifiant Omega (attribut `voie_id`, égal à l'id de la ressource).
    public var id: String
    /// Code de la voie.
    @Loose public var codeVoie: String?
    /// Type de voie (`RUE`, `AV`, `CHE`…).
    @Loose public var typeVoie: String?
    /// Article (`de la`, `des`, `du`…).
    @Loose public var article: String?
    /// Nom de la voie.
    @Loose public var nomVoie: String?
    /// Identifiant de la commune (`Partner_Commune`).
    @Loose public var communeId: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "voie_id"
        case codeVoie = "codevoie"
        case typeVoie = "typevoie"
        case article = "artvoie"
        case nomVoie = "nomvoie"
        case communeId = "commune_id"
    }
}

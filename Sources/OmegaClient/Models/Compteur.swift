import Foundation
import JSONAPI

/// Un compteur d'eau (`Partner_Compteur`).
public struct Compteur: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Compteur"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "compteur_id"

    /// Identifiant Omega (attribut `compteur_id`, égal à l'id de la ressource).
    public var id: String
    /// Numéro de série gravé sur le compteur.
    @Loose public var numeroSerie: String?
    /// Marque, code de l'énumération MQCPT.
    @Loose public var marque: String?
    /// Diamètre, code de l'énumération DCPT.
    @Loose public var diametre: String?
    /// Calibre, code de l'énumération CALIB.
    @Loose public var calibre: String?
    /// Année de fabrication.
    @Loose public var anneeFabrication: Int?
    /// Le compteur est en service.
    @Loose public var estActif: Bool?
    /// Type de compteur (code).
    @Loose public var typeCompteur: String?
    /// Le compteur est relevé par radio.
    @Loose public var releveRadio: Bool?
    /// Mode de relève radio.
    @Loose public var modeReleveRadio: String?
    /// Type du module radio.
    @Loose public var typeModuleRadio: String?
    /// Numéro de série du module radio.
    @Loose public var numeroModuleRadio: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "compteur_id"
        case numeroSerie = "numserie"
        case marque = "enum_marq"
        case diametre = "enum_diam"
        case calibre = "enum_calib"
        case anneeFabrication = "anneefab"
        case estActif = "compteur_actif"
        case typeCompteur = "enum_tcpt"
        case releveRadio = "releve_radio"
        case modeReleveRadio = "rrmodereleve"
        case typeModuleRadio = "rrtypemodule"
        case numeroModuleRadio = "rrnsmodule"
    }
}

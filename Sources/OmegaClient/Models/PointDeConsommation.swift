import Foundation
import JSONAPI

/// Un point de consommation (`Partner_Pconso`): l'emplacement d'un compteur chez un abonné.
///
/// Plusieurs points peuvent partager une même adresse de desserte (les appartements d'un immeuble).
public struct PointDeConsommation: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Pconso"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "pconso_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The meter (`Partner_Compteur`).
        public static let compteur = "compteur"
        /// The service address (`Partner_Pdessadr`).
        public static let pdessadr = "pdessadr"
        /// The active contract (`Partner_Contrat`).
        public static let contratactif = "contratactif"
        /// The reading round (`Partner_Tournee`).
        public static let tournee = "tournee"
        /// The latest reading (`Partner_Releve`).
        public static let dernierreleve = "dernierreleve"
        /// The owner (`Partner_Personne`).
        public static let proprietaire = "proprietaire"
        /// All contracts on this point (`Partner_Contrat`).
        public static let contrats = "contrats"
    }

    /// Identifiant Omega (attribut `pconso_id`, égal à l'id de la ressource).
    public var id: String
    /// Numéro du point de consommation.
    @Loose public var numeroPointConso: String?
    /// Identifiant de l'adresse de desserte (`Partner_Pdessadr`).
    @Loose public var adresseDesserteId: String?
    /// Identifiant du compteur posé (`Partner_Compteur`).
    @Loose public var compteurId: String?
    /// Type d'habitat, code de l'énumération THAB.
    @Loose public var typeHabitat: String?
    /// Étage.
    @Loose public var etage: String?
    /// Numéro d'appartement.
    @Loose public var numeroAppartement: String?
    /// Complément d'adresse.
    @Loose public var complementAdresse: String?
    /// Identifiant de la tournée de relève (`Partner_Tournee`).
    @Loose public var tourneeId: String?
    /// Ordre de passage dans la tournée.
    @Loose public var ordreReleve: Int?
    /// Commentaire libre.
    @Loose public var commentaire: String?
    /// Le point est actif.
    @Loose public var estActif: Bool?
    /// Date de mise en service.
    @Loose public var dateDebut: Date?
    /// Date de fin de service.
    @Loose public var dateFin: Date?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "pconso_id"
        case numeroPointConso = "numpconso"
        case adresseDesserteId = "pdessadr_id"
        case compteurId = "compteur_id"
        case typeHabitat = "enum_thab"
        case etage
        case numeroAppartement = "numapt"
        case complementAdresse = "cpltadr"
        case tourneeId = "tournee_id"
        case ordreReleve = "noordrlv"
        case commentaire = "comlib"
        case estActif = "actif"
        case dateDebut = "datedeb"
        case dateFin = "datefin"
    }
}

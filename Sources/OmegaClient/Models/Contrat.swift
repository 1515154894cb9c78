import Foundation
import JSONAPI

/// Un contrat d'abonnement (`Partner_Contrat`) sur un point de consommation.
///
/// En général un seul contrat actif par point; un contrat d'eau et un contrat d'assainissement
/// peuvent coexister.
public struct Contrat: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Contrat"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "contrat_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The consumption point (`Partner_Pconso`).
        public static let pconso = "pconso"
        /// The occupant (`Partner_Personne`).
        public static let occupant = "occupant"
        /// The payer (`Partner_Personne`).
        public static let redevable = "redevable"
        /// The subscriber nature (`Partner_Natabo`).
        public static let natabo = "natabo"
        /// Billed consumptions (`Partner_Consomme`).
        public static let consommes = "consommes"
        /// The readings of the contract's point during the contract (`Partner_Releve`); ours.
        public static let releves = "releves"
        /// The invoices of the contract (`Partner_Facture`); ours.
        public static let factures = "factures"
    }

    /// Identifiant Omega (attribut `contrat_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant du point de consommation.
    @Loose public var pointConsoId: String?
    /// Numéro de contrat, connu de l'abonné (sur ses factures).
    @Loose public var numeroContrat: String?
    /// Le contrat est actif.
    @Loose public var estActif: Bool?
    /// Le contrat est suspendu.
    @Loose public var estSuspendu: Bool?
    /// Le contrat est facturé.
    @Loose public var aFacturer: Bool?
    /// Nombre de logements ou d'unités couverts.
    @Loose public var nombre: Int?
    /// Type de contrat (code, par exemple `EAU` ou `ASS`).
    @Loose public var typeContrat: String?
    /// Nature du contrat (code).
    @Loose public var natureContrat: String?
    /// Statut du contrat (code).
    @Loose public var statutContrat: String?
    /// Date de début.
    @Loose public var dateDebut: Date?
    /// Date de fin (résiliation).
    @Loose public var dateFin: Date?
    /// Identifiant de la nature d'abonné (`Partner_Natabo`).
    @Loose public var natureAbonneId: String?
    /// Contrat principal du point.
    @Loose public var estPrincipal: Bool?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "contrat_id"
        case pointConsoId = "pconso_id"
        case numeroContrat = "numcontrat"
        case estActif = "actif"
        case estSuspendu = "suspendu"
        case aFacturer = "facturer"
        case nombre
        case typeContrat = "enum_tcon"
        case natureContrat = "enum_natcont"
        case statutContrat = "enum_stcont"
        case dateDebut = "datedeb"
        case dateFin = "datefin"
        case natureAbonneId = "natabo_id"
        case estPrincipal = "principal"
    }
}

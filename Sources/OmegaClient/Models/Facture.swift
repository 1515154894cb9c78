import Foundation
import JSONAPI

/// Une facture (`Partner_Facture`). Elle est liée à ses contrats par des ``ContratFacture``
/// (`Partner_Contfact`): relation ``Relationships/contfact``.
public struct Facture: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Facture"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "facture_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The contract links (`Partner_Contfact`), to-many (Omega may send a one-element array).
        public static let contfact = "contfact"
    }

    /// Identifiant Omega (attribut `facture_id`, égal à l'id de la ressource).
    public var id: String
    /// Identifiant du lien contrat–facture (`Partner_Contfact`).
    @Loose public var contratFactureId: String?
    /// Exercice comptable (année).
    @Loose public var exercice: Int?
    /// Date de la facture.
    @Loose public var dateFacture: Date?
    /// Numéro de facture, tel qu'imprimé (zéros de tête compris).
    @Loose public var numeroFacture: String?
    /// Type de facture en clair (par exemple `Reelle`).
    @Loose public var typeFacture: String?
    /// Budget facturé.
    @Loose public var budget: String?
    /// Consommation facturée (m³).
    @Loose public var consommationFacturee: Int?
    /// Code de la monnaie (`EUR`).
    @Loose public var codeMonnaie: String?
    /// Montant hors taxes.
    @Loose public var montantHT: Decimal?
    /// Montant de la TVA.
    @Loose public var montantTVA: Decimal?
    /// Montant toutes taxes comprises.
    @Loose public var montantTTC: Decimal?
    /// Net à payer.
    @Loose public var netAPayer: Decimal?
    /// Date d'échéance.
    @Loose public var dateEcheance: Date?
    /// Payée par prélèvement automatique.
    @Loose public var estPreleve: Bool?
    /// Facture annulée.
    @Loose public var estAnnulee: Bool?
    /// Date d'annulation.
    @Loose public var dateAnnulation: Date?
    /// Avoir (facture négative).
    @Loose public var estAvoir: Bool?
    /// Facture soldée (entièrement payée).
    @Loose public var estSoldee: Bool?
    /// Payée par mensualités.
    @Loose public var estMensualisee: Bool?
    /// Un prélèvement est à venir.
    @Loose public var aPrelever: Bool?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "facture_id"
        case contratFactureId = "contfact_id"
        case exercice
        case dateFacture = "datefact"
        case numeroFacture = "nofacture"
        case typeFacture = "typefact"
        case budget
        case consommationFacturee = "consofac"
        case codeMonnaie = "codemon"
        case montantHT = "ht"
        case montantTVA = "tva"
        case montantTTC = "ttc"
        case netAPayer = "nap"
        case dateEcheance = "datech"
        case estPreleve = "preleve"
        case estAnnulee = "annulee"
        case dateAnnulation = "dateann"
        case estAvoir = "avoir"
        case estSoldee = "solde"
        case estMensualisee = "mensualites"
        case aPrelever = "a_prelever"
    }
}

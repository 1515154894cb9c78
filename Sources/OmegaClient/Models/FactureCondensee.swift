import Foundation
import JSONAPI

/// La facture payable d'un contrat (`Partner_FactureCondensee`), telle que la renvoie
/// `facture/pour-paiement/:numcontrat`: la facture, le montant en centimes, l'abonné et les
/// possibilités de paiement fractionné (jusqu'à 3 échéances).
public struct FactureCondensee: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_FactureCondensee"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "facture_id"

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
    /// Net à payer en centimes (entier).
    @Loose public var netAPayerCentimes: Int?
    /// Numéro du contrat facturé.
    @Loose public var numeroContrat: String?
    /// Nom du redevable.
    @Loose public var nom: String?
    /// Prénom du redevable.
    @Loose public var prenom: String?
    /// Adresse électronique du redevable.
    @Loose public var email: String?
    /// Téléphone du redevable.
    @Loose public var telephone: String?
    /// Téléphone mobile du redevable.
    @Loose public var telephoneMobile: String?
    /// Référence de paiement à distance (vente à distance).
    @Loose public var referencePaiement: String?
    /// Le paiement en plusieurs fois est possible.
    @Loose public var paiementFractionnePossible: Bool?
    /// Montant de la première échéance d'un paiement fractionné.
    @Loose public var echeance1: Decimal?
    /// Montant de la deuxième échéance d'un paiement fractionné.
    @Loose public var echeance2: Decimal?
    /// Référence de paiement de la première échéance.
    @Loose public var referencePaiement1: String?
    /// Référence de paiement de la deuxième échéance.
    @Loose public var referencePaiement2: String?
    /// Référence de paiement de la troisième échéance.
    @Loose public var referencePaiement3: String?

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
        case netAPayerCentimes = "nap_cents"
        case numeroContrat = "numcontrat"
        case nom = "nompers"
        case prenom = "prenpers"
        case email = "mail"
        case telephone = "tel"
        case telephoneMobile = "tel_mobile"
        case referencePaiement = "vad"
        case paiementFractionnePossible = "p_nf_possible"
        case echeance1
        case echeance2
        case referencePaiement1 = "vad_recur1"
        case referencePaiement2 = "vad_recur2"
        case referencePaiement3 = "vad_recur3"
    }
}

import Foundation

/// One contract of the subscriber, flattened for the screens.
///
/// Only `id` and `pconsoId` are identities (Omega's advice: store ids only); the other
/// fields are what the Accueil screen and the contract picker show.
public struct ContractSummary: Equatable, Hashable, Sendable, Codable {
    /// `contrat_id`.
    public var id: String
    /// `numcontrat`, shown to the user and used by `facture/pour-paiement`.
    public var numeroContrat: String
    /// The consumption point (`pconso_id`) readings are filed against.
    public var pconsoId: String?
    /// The service address on one line ("12 rue des Lilas, 01000 Bourg").
    public var adresse: String
    /// The meter serial number (`numserie`), when the contract has a meter.
    public var numeroSerieCompteur: String?
    /// Whether the contract is active.
    public var actif: Bool
    /// What our request kinds set on the contract (nil: the server does not say).
    public var options: ContractOptions?

    /// Creates a contract summary.
    public init(
        id: String, numeroContrat: String, pconsoId: String?, adresse: String,
        numeroSerieCompteur: String?, actif: Bool = true
    ) {
        self.id = id
        self.numeroContrat = numeroContrat
        self.pconsoId = pconsoId
        self.adresse = adresse
        self.numeroSerieCompteur = numeroSerieCompteur
        self.actif = actif
    }
}

import Foundation
import JSONAPI

/// Une adresse de desserte (`Partner_Pdessadr`): un numéro dans une voie.
public struct AdresseDesserte: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Pdessadr"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "pdessadr_id"

    /// Relationship names of this resource, as Omega spells them.
    public enum Relationships {
        /// The street (`Partner_Voie`).
        public static let voie = "voie"
        /// The consumption points at this address (`Partner_Pconso`).
        public static let pconsos = "pconsos"
    }

    /// Identifiant Omega (attribut `pdessadr_id`, égal à l'id de la ressource).
    public var id: String
    /// Numéro dans la voie.
    @Loose public var numeroVoirie: String?
    /// Complément de numéro (`bis`, `ter`…).
    @Loose public var complementNumero: String?
    /// Identifiant de la voie (`Partner_Voie`).
    @Loose public var voieId: String?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "pdessadr_id"
        case numeroVoirie = "numvoirie"
        case complementNumero = "cpltnumvoi"
        case voieId = "voie_id"
    }
}

import Foundation
import JSONAPI

/// Un message du service des eaux (`Partner_Message`), diffusé entre deux dates.
public struct Message: OmegaModel {
    /// JSON:API type of this resource.
    public static let resourceType = "Partner_Message"
    /// Wire name of the attribute that repeats the resource id.
    public static let idAttribute = "message_id"

    /// Identifiant Omega (attribut `message_id`, égal à l'id de la ressource).
    public var id: String
    /// Titre du message.
    @Loose public var titre: String?
    /// Texte du message.
    @Loose public var corps: String?
    /// Début de diffusion.
    @Loose public var dateDebutDiffusion: Date?
    /// Fin de diffusion (incluse).
    @Loose public var dateFinDiffusion: Date?

    /// An empty value with only its id; set the other properties one by one.
    public init(id: String) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case id = "message_id"
        case titre = "titremsg"
        case corps = "corpsmsg"
        case dateDebutDiffusion = "ddebdiff"
        case dateFinDiffusion = "dfindiff"
    }
}

extension Message {
    /// Whether the message is in force at `date` (between its start and end of broadcast,
    /// a missing bound being open).
    public func estEnVigueur(le date: Date) -> Bool {
        if let debut = dateDebutDiffusion, date < debut { return false }
        if let fin = dateFinDiffusion, date > fin { return false }
        return true
    }
}

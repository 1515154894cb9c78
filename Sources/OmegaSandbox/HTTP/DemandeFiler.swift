import Foundation
import JSONAPI

/// Who files a demande: a subscriber (Bearer) or a partner (Hawk, with its agent).
enum DemandeFiler: Sendable {
    case subscriber(SubscriberIdentity)
    case partner(AuthenticatedPartner)

    /// The idempotency scope: keys of one filer never collide with another's.
    var idempotencyScope: String {
        switch self {
        case .subscriber(let identity): return "account:\(identity.accountID)"
        case .partner(let partner): return "partner:\(partner.partner.id)"
        }
    }

    var populationScope: PopulationScope {
        switch self {
        case .subscriber(let identity): return .person(identity.personID)
        case .partner(let partner):
            switch partner.partner.communes {
            case .all: return .communes(nil)
            case .named(let names): return .communes(names)
            }
        }
    }

    var accountID: String? {
        if case .subscriber(let identity) = self { return identity.accountID }
        return nil
    }

    var partnerID: String? {
        if case .partner(let partner) = self { return partner.partner.id }
        return nil
    }

    var agent: String? {
        if case .partner(let partner) = self { return partner.agent }
        return nil
    }
}

/// A validated demande, ready to be stored (or shown, for a dry run).
struct DemandeDraft: Sendable {
    var code: String
    var title: String
    var summary: String
    var payload: [String: JSONValue]
    var contratID: String?
    var pconsoID: String?
    var personneID: String?
    var ni: Int?
    var dateni: String?
    /// A remark for the operator (e.g. an implausible consumption), kept in the first event.
    var flag: String?

    /// The JSON:API type of the payload (`Partner_Releve`, `Partner_Personne`, `Partner_Facture`).
    var resourceType: String {
        switch code {
        case "J_RELEVE": "Partner_Releve"
        case "J_MAJPER": "Partner_Personne"
        case "J_FACTURE": "Partner_Facture"
        default: "Partner_Demande"
        }
    }
}

import Foundation

/// A contact field the subscriber may change through a `J_MAJPER` request.
///
/// The raw value is the Omega wire name (`Partner_Personne` attribute), which is also the
/// name the server uses in field-error pointers (`/data/attributes/tel`).
public enum ContactField: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable, Hashable,
    Comparable
{
    case adresse1 = "adrpers1"
    case adresse2 = "adrpers2"
    case adresse3 = "adrpers3"
    case codePostal = "cppers"
    case ville = "villepers"
    case telephone = "tel"
    case mobile = "telmobile"
    case telephoneTravail = "teltravail"
    case mail = "mail"

    /// Form order, top to bottom.
    public static func < (lhs: ContactField, rhs: ContactField) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The person behind the account (`Partner_Personne`) as the screens use it.
public struct ContactDetails: Equatable, Sendable, Codable {
    /// `personne_id`: the target of `PUT request/personne/:id`.
    public var personneId: String
    /// Civility code (`enum_civ`), e.g. "M", "MME".
    public var civilite: String?
    /// `nompers`.
    public var nom: String
    /// `prenpers`.
    public var prenom: String?
    /// The changeable fields, keyed by field; a missing key means "empty on the server".
    public var fields: [ContactField: String]

    /// Creates contact details.
    public init(
        personneId: String, civilite: String? = nil, nom: String, prenom: String? = nil,
        fields: [ContactField: String] = [:]
    ) {
        self.personneId = personneId
        self.civilite = civilite
        self.nom = nom
        self.prenom = prenom
        self.fields = fields
    }

    /// "Prénom Nom", or the name alone.
    public var nomComplet: String {
        [prenom, nom].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The value of a field, empty when absent.
    public func value(_ field: ContactField) -> String { fields[field] ?? "" }
}

/// The logged-in account and its person.
public struct SubscriberProfile: Equatable, Sendable {
    /// The account's e-mail (login), absent in counter mode.
    public var email: String?
    /// The person.
    public var personne: ContactDetails

    /// Creates a profile.
    public init(email: String?, personne: ContactDetails) {
        self.email = email
        self.personne = personne
    }
}

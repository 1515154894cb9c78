import JSONAPI

/// The one table of the API's paths, relative to the base URL (`…/api/v1/`).
///
/// Partner paths come from the public Omega documentation; subscriber paths are the
/// project's own contract (docs/api.md). Adapting the client to the real OmegaWEB should mean
/// editing this table (and the body member names in `OmegaEndpoints+Bodies.swift`) only.
public enum OmegaEndpoints {
    // MARK: Subscriber account and tokens (ours; no authentication unless said)

    /// `POST`: create an account (JSON:API `Subscriber_Account`).
    public static let subscriberAccount = "subscriber/account"
    /// `POST`: verify the account's e-mail with the 6-digit code (plain JSON).
    public static let subscriberAccountVerify = "subscriber/account/verify"
    /// `POST`: log in (plain JSON, OAuth2 password grant style); `DELETE` (Bearer): log out.
    public static let subscriberToken = "subscriber/token"
    /// `POST`: exchange a refresh token for a new pair (plain JSON).
    public static let subscriberTokenRefresh = "subscriber/token/refresh"
    /// `POST`: ask for a password-reset code by e-mail (plain JSON; always 202).
    public static let subscriberPasswordResetRequest = "subscriber/password/reset-request"
    /// `POST`: set a new password with the code (plain JSON).
    public static let subscriberPasswordReset = "subscriber/password/reset"
    /// `PUT` (Bearer): change the password (plain JSON).
    public static let subscriberPassword = "subscriber/password"

    // MARK: Subscriber's own data (ours; Bearer)

    /// `GET`: the account, its person and contracts.
    public static let subscriberMe = "subscriber/me"
    /// `GET`: own contracts.
    public static let subscriberContrats = "subscriber/contrat"
    /// `GET`: one own contract.
    public static func subscriberContrat(_ id: String) -> String { "subscriber/contrat/\(segment(id))" }
    /// `GET`: readings (`filter[contrat_id][eq]`, `sort=-dateni`, paging).
    public static let subscriberReleves = "subscriber/releve"
    /// `GET`: invoices (`filter[contrat_id][eq]`, `sort=-datefact`, paging).
    public static let subscriberFactures = "subscriber/facture"
    /// `GET`: the payable invoice of a contract (`Partner_FactureCondensee`) or 404.
    public static func subscriberFacturePourPaiement(_ numeroContrat: String) -> String {
        "subscriber/facture/pour-paiement/\(segment(numeroContrat))"
    }
    /// `GET`: the service's messages in force today.
    public static let subscriberMessages = "subscriber/message"
    /// `GET`: own requests (`include=history`).
    public static let subscriberRequests = "subscriber/request"
    /// `GET`: one own request.
    public static func subscriberRequest(_ id: String) -> String { "subscriber/request/\(segment(id))" }
    /// `POST`: file a meter reading (`Partner_Releve`) → 202 + `Partner_Request`.
    public static let subscriberRequestReading = "subscriber/request/reading"
    /// `PUT`: ask for a change of contact details (`Partner_Personne`) → 202 + `Partner_Request`.
    public static func subscriberRequestPersonne(_ id: String) -> String {
        "subscriber/request/personne/\(segment(id))"
    }

    /// Our extension: `GET` the request kinds the server accepts (`Partner_RequestKind`); a
    /// server without it (a real OmegaWEB) answers 404.
    public static let subscriberRequestKinds = "subscriber/request-kind"
    /// Our extension: `POST` a request of one of our kinds (`installments`, `direct-debit`…).
    public static func subscriberRequestOfKind(_ kind: String) -> String {
        "subscriber/request/\(segment(kind))"
    }

    // MARK: Partner API (public Omega documentation; Hawk)

    /// `GET`: connectivity test.
    public static let partnerTest = "partner/test"
    /// `GET`: a test that always answers 404.
    public static let partnerTest404 = "partner/test-404"
    /// `GET`: a test that needs valid Hawk authentication.
    public static let partnerTestSecured = "partner/test-secured"
    /// `GET`: enumerations (`Partner_Enum` with `Partner_Ligenum` lines).
    public static let partnerEnums = "partner/enum"
    /// `GET`: communes.
    public static let partnerCommunes = "partner/commune"
    /// `GET`: streets (`Partner_Voie`).
    public static let partnerVoies = "partner/voie"
    /// `GET`: service addresses (`Partner_Pdessadr`).
    public static let partnerAdresses = "partner/pdessadr"
    /// `GET`: consumption points (`Partner_Pconso`), with filters.
    public static let partnerPointsConso = "partner/pconso"
    /// `GET`: one consumption point.
    public static func partnerPointConso(_ id: String) -> String { "partner/pconso/\(segment(id))" }
    /// `GET`: meters (`Partner_Compteur`).
    public static let partnerCompteurs = "partner/compteur"
    /// `GET`: invoices (`Partner_Facture`).
    public static let partnerFactures = "partner/facture"
    /// Our extension (served by omega-sandbox, not documented by Omega): readings for the counter.
    public static let partnerReleves = "partner/releve"
    /// `GET`: the payable invoice of a contract.
    public static func partnerFacturePourPaiement(_ numeroContrat: String) -> String {
        "partner/facture/pour-paiement/\(segment(numeroContrat))"
    }
    /// `GET`: messages of the service.
    public static let partnerMessages = "partner/message"
    /// `GET`: requests filed by this partner.
    public static let partnerRequests = "partner/request"
    /// `GET`: one request.
    public static func partnerRequest(_ id: String) -> String { "partner/request/\(segment(id))" }
    /// `POST`: file a meter reading (`Partner_Releve`).
    public static let partnerRequestReading = "partner/request/reading"
    /// `PUT`: ask for a change of a person's details (`Partner_Personne`).
    public static func partnerRequestPersonne(_ id: String) -> String {
        "partner/request/personne/\(segment(id))"
    }
    /// `POST`: submit an external invoice (`J_FACTURE`).
    public static let partnerRequestBill = "partner/request/bill"
    /// Our extension: `GET` the request kinds the server accepts from partners.
    public static let partnerRequestKinds = "partner/request-kind"
    /// Our extension: `POST` a request of one of our kinds.
    public static func partnerRequestOfKind(_ kind: String) -> String { "partner/request/\(segment(kind))" }

    /// Percent-encodes an id for use as one path segment (everything outside the unreserved
    /// set `A–Z a–z 0–9 - . _ ~` becomes `%XX`), so an id can never add or climb a path level.
    static func segment(_ id: String) -> String {
        // `.` and `..` would be read as path navigation: spell their dots out.
        if id == "." || id == ".." { return String(repeating: "%2E", count: id.count) }
        return PercentEncoding.encode(id)
    }
}

import Foundation
import OmegaClient

/// A subscriber account as stored, password hash included (never serve this type as is:
/// serve ``model``).
public struct AccountRecord: Sendable, Hashable {
    /// Account id (`Subscriber_Account` id).
    public var id: String
    /// Login e-mail (unique, case-insensitive).
    public var email: String
    /// The bcrypt hash computed by the HTTP layer.
    public var passwordHash: String
    /// Whether the e-mail was verified with the code.
    public var verified: Bool
    /// The `Partner_Personne` whose contracts the account sees.
    public var personneId: String
    /// Creation instant.
    public var createdAt: Date

    /// The account as served (`Subscriber_Account`), without the hash.
    public var model: SubscriberAccount {
        var account = SubscriberAccount(id: id)
        account.email = email
        account.estVerifie = verified
        account.personneId = personneId
        account.dateCreation = createdAt
        return account
    }
}

/// What a one-time code is for.
public enum CodePurpose: String, Sendable, Hashable {
    /// E-mail verification after account creation.
    case verification
    /// Password reset.
    case reset
}

/// A verification or reset code (stored as whatever the HTTP layer hashes it into).
public struct CodeRecord: Sendable, Hashable {
    /// Row id.
    public var id: Int64
    /// The account it was sent for.
    public var accountId: String
    /// What it is for.
    public var purpose: CodePurpose
    /// The code's hash (the HTTP layer decides the hash).
    public var codeHash: String
    /// Expiry instant.
    public var expiresAt: Date
    /// Wrong tries so far.
    public var attempts: Int
    /// Whether it was consumed.
    public var used: Bool
}

/// A mail the sandbox "sent": written to the outbox table instead.
public struct OutboxMail: Sendable, Hashable {
    /// Row id (increasing).
    public var id: Int64
    /// Recipient e-mail.
    public var recipient: String
    /// Subject line.
    public var subject: String
    /// Plain-text body.
    public var body: String
    /// When it was written.
    public var createdAt: Date
}

/// A refresh token as stored: only its hash, its family (one login) and its state.
public struct RefreshTokenRecord: Sendable, Hashable {
    /// Hash of the token (the HTTP layer decides the hash, e.g. SHA-256 hex).
    public var tokenHash: String
    /// Owner account.
    public var accountId: String
    /// Family: every token rotated from one login shares it.
    public var familyId: String
    /// Expiry instant.
    public var expiresAt: Date
    /// Whether the token is dead (used, logged out or family revoked).
    public var revoked: Bool
    /// Issue instant.
    public var createdAt: Date

    /// A record.
    public init(
        tokenHash: String, accountId: String, familyId: String, expiresAt: Date, revoked: Bool = false,
        createdAt: Date = Date()
    ) {
        self.tokenHash = tokenHash
        self.accountId = accountId
        self.familyId = familyId
        self.expiresAt = expiresAt
        self.revoked = revoked
        self.createdAt = createdAt
    }
}

/// The stored answer to a write carrying an `Idempotency-Key`.
public struct IdempotencyRecord: Sendable, Hashable {
    /// Who sent it (an account id or a partner id): keys are per caller.
    public var scope: String
    /// The `Idempotency-Key` header.
    public var key: String
    /// Hash of the request body (same key + other body = 409).
    public var bodyHash: String
    /// HTTP status of the first answer.
    public var status: Int
    /// Body of the first answer.
    public var response: Data
    /// When the first answer was given.
    public var createdAt: Date

    /// A record.
    public init(
        scope: String, key: String, bodyHash: String, status: Int, response: Data, createdAt: Date = Date()
    ) {
        self.scope = scope
        self.key = key
        self.bodyHash = bodyHash
        self.status = status
        self.response = response
        self.createdAt = createdAt
    }
}

/// A request (demande) to file: what ``SandboxStore/insertRequest(_:at:)`` needs.
public struct NouvelleDemande: Sendable, Hashable {
    /// Kind of request.
    public var code: CodeDemande
    /// Initial status (`SEND` for the API; `SAVED` if kept as a draft).
    public var statut: StatutDemande
    /// Readable title (« Relevé du 12/03/2026 »).
    public var titre: String
    /// Readable summary of the payload.
    public var resume: String?
    /// The request body as received (a JSON:API resource), kept for review.
    public var payload: Data
    /// Counter agent's login (partner requests with Hawk `ext` `agent=`), else `nil`.
    public var agent: String?
    /// Filing subscriber account, if any.
    public var accountId: String?
    /// Filing partner id, if any.
    public var partnerId: String?
    /// Contract concerned.
    public var contratId: String?
    /// Consumption point concerned (reading).
    public var pointConsoId: String?
    /// Person concerned (contact update).
    public var personneId: String?
    /// Index sent (reading).
    public var nouvelIndex: Int?
    /// Date of the index (reading).
    public var dateNouvelIndex: Date?

    /// A request; everything but code, title and payload is optional.
    public init(
        code: CodeDemande, statut: StatutDemande = .envoyee, titre: String, resume: String? = nil,
        payload: Data, agent: String? = nil, accountId: String? = nil, partnerId: String? = nil,
        contratId: String? = nil, pointConsoId: String? = nil, personneId: String? = nil,
        nouvelIndex: Int? = nil, dateNouvelIndex: Date? = nil
    ) {
        self.code = code
        self.statut = statut
        self.titre = titre
        self.resume = resume
        self.payload = payload
        self.agent = agent
        self.accountId = accountId
        self.partnerId = partnerId
        self.contratId = contratId
        self.pointConsoId = pointConsoId
        self.personneId = personneId
        self.nouvelIndex = nouvelIndex
        self.dateNouvelIndex = dateNouvelIndex
    }
}

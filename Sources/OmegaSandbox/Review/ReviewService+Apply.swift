import Foundation
import GRDB
import JSONAPI
import OmegaClient

/// What closing a request changes: a reading joins the history, a person's contact details
/// change. Runs inside the transaction that records the move.
extension ReviewService {
    /// The contact fields a `J_MAJPER` request may change (names and legal data need papers).
    public static let modifiablePersonFields = [
        "adrpers1", "adrpers2", "adrpers3", "cppers", "villepers", "enum_paysr", "tel", "telmobile",
        "teltravail",
        "mail",
    ]

    /// Why a request could not be applied; the message goes to the subscriber.
    struct ApplyFailure: Error {
        let message: String
    }

    static func decide(_ db: Database, _ demande: Demande, payload: Data?) throws -> ReviewDecision {
        switch demande.code {
        case .releve:
            guard let reading = try proposedReading(db, demande, payload: payload) else {
                return .error(comment: "Relevé illisible ou point de consommation inconnu.")
            }
            let history = try StoreRow.fetchAll(
                Releve.self, db, sql: "SELECT * FROM releve WHERE pconso_id = ?",
                arguments: [reading.pointConsoId])
            let decision = ReadingRules.assess(
                nouvelIndex: reading.nouvelIndex ?? 0, date: reading.dateNouvelIndex ?? Date(),
                compteurTourne: reading.compteurTourne ?? false, history: history)
            return try answeredDecision(db, demande, reading: reading, rules: decision)
        case .miseAJourPersonne:
            return .close(comment: "Vos coordonnées ont été mises à jour.")
        case .facture:
            return .close(comment: "Facture externe enregistrée.")
        case .unknown(let code):
            guard let kind = ExtensionKind(code: code) else {
                return .error(comment: "Type de demande inconnu (\(code)).")
            }
            return try KindReview.decide(db, kind, demande, payload: payload)
        case nil:
            return .error(comment: "Type de demande inconnu (?).")
        }
    }

    /// The service does not ask the same question twice: once the subscriber answered
    /// (`CLIENT` then `OMEGA`), a question of the rules becomes a conclusion — the consumption
    /// he confirmed is accepted, an index still below the last one is refused.
    static func answeredDecision(_ db: Database, _ demande: Demande, reading: Releve, rules: ReviewDecision)
        throws -> ReviewDecision
    {
        guard case .askClient = rules, try wasAnswered(db, requestId: demande.id) else { return rules }
        if let index = reading.nouvelIndex, let last = reading.ancienIndex, index < last {
            return .refuse(
                comment:
                    "Malgré votre réponse, l'index transmis reste inférieur au dernier index relevé (\(last) m³) : "
                    + "le service des eaux viendra relever votre compteur.")
        }
        return .close(comment: "Index confirmé par l'abonné : relevé intégré à votre historique.")
    }

    /// Whether the request went back to `OMEGA` after a `CLIENT` (an answer).
    static func wasAnswered(_ db: Database, requestId: String) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM request_event asked JOIN request_event answered
                  ON answered.req_id = asked.req_id AND answered.event_id > asked.event_id
                  WHERE asked.req_id = ? AND asked.status = 'CLIENT' AND answered.status = 'OMEGA'
                    AND answered.comment IS NOT NULL)
                """, arguments: [requestId]) ?? false
    }

    static func apply(_ db: Database, _ demande: Demande, payload: Data?) throws {
        switch demande.code {
        case .releve:
            guard var reading = try proposedReading(db, demande, payload: payload) else {
                throw ApplyFailure(message: "Relevé illisible ou point de consommation inconnu.")
            }
            reading.id = try SandboxStore.nextId(db, table: "releve", column: "releve_id", floor: 900_000)
            try SandboxStore.insertReading(db, reading)
        case .miseAJourPersonne:
            try updatePerson(db, demande, payload: payload)
        case .facture:
            return
        case .unknown(let code):
            guard let kind = ExtensionKind(code: code) else {
                throw ApplyFailure(message: "Type de demande inconnu.")
            }
            try KindReview.apply(db, kind, demande, payload: payload)
        case nil:
            throw ApplyFailure(message: "Type de demande inconnu.")
        }
    }

    /// The reading a `J_RELEVE` request would add: the point's meter, the last index as old
    /// index, the transmitted index and date, the consumption between them.
    static func proposedReading(_ db: Database, _ demande: Demande, payload: Data?) throws -> Releve? {
        let sent = RequestPayload.decode(Releve.self, payload)
        guard let pointId = demande.pointConsoId ?? sent?.pointConsoId,
            let index = demande.nouvelIndex ?? sent?.nouvelIndex,
            let date = demande.dateNouvelIndex ?? sent?.dateNouvelIndex,
            let meterId = try String.fetchOne(
                db, sql: "SELECT compteur_id FROM pconso WHERE pconso_id = ?", arguments: [pointId])
        else { return nil }
        let last = try SandboxStore.lastReading(db, pointConsoId: pointId)
        let rollover = sent?.compteurTourne ?? false
        var reading = Releve(id: "0")
        reading.pointConsoId = pointId
        reading.compteurId = meterId
        reading.dateAncienIndex = last?.dateNouvelIndex
        reading.ancienIndex = last?.nouvelIndex
        reading.dateNouvelIndex = date
        reading.nouvelIndex = index
        reading.typeReleve = TypeReleve.autoReleve
        reading.aFacturer = true
        reading.releveRadio = false
        reading.compteurInverse = false
        reading.compteurTourne = rollover
        reading.fuite = false
        reading.consommation = last?.nouvelIndex.map {
            ReadingRules.consumptionSince(lastIndex: $0, nouvelIndex: index, rollover: rollover)
        }
        reading.commentaire = sent?.commentaire ?? "Auto-relevé transmis en ligne (demande \(demande.id))"
        return reading
    }

    private static func updatePerson(_ db: Database, _ demande: Demande, payload: Data?) throws {
        guard let personId = demande.personneId,
            let current = try StoreRow.fetchOne(
                Personne.self, db, sql: "SELECT * FROM personne WHERE personne_id = ?", arguments: [personId])
        else { throw ApplyFailure(message: "Personne inconnue.") }
        guard let changes = RequestPayload.attributes(payload) else {
            throw ApplyFailure(message: "Modifications illisibles.")
        }
        var attributes = try current.resource().attributes
        for field in modifiablePersonFields {
            if let value = changes[field] { attributes[field] = value }
        }
        let updated = try Personne(
            resource: Resource(type: Personne.resourceType, id: personId, attributes: attributes))
        try SandboxStore.updatePersonne(db, updated)
    }
}

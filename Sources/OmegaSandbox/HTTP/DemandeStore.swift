import Foundation
import GRDB
import JSONAPI

/// The `request` and `request_event` tables as `Partner_Request` / `Partner_RequestEvent`
/// resources.
enum DemandeStore {
    /// Stores `draft` with status `SEND` and its first history event; returns the new id.
    static func insert(_ db: Database, draft: DemandeDraft, filer: DemandeFiler, now: Date) throws -> String {
        let next = (try Int.fetchOne(db, sql: "SELECT max(CAST(req_id AS INTEGER)) FROM request") ?? 0) + 1
        let id = String(next)
        let timestamp = OmegaDates.format(now)
        // Stored as the JSON:API document the review service reads back.
        let document: JSONValue = .object([
            "data": .object(["type": .string(draft.resourceType), "attributes": .object(draft.payload)])
        ])
        let payload = String(decoding: try JSONAPIResponse.encode(document), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO request (req_id, req_code, req_status, req_title, req_ts, req_summary, payload, agent,
                    comment, account_id, partner_id, contrat_id, pconso_id, personne_id, ni, dateni, commune_id)
                VALUES (?, ?, 'SEND', ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, coalesce(
                    (SELECT commune_id FROM contrat WHERE contrat_id = ?),
                    (SELECT commune_id FROM pconso WHERE pconso_id = ?),
                    (SELECT commune_id FROM personne WHERE personne_id = ?)))
                """,
            arguments: [
                id, draft.code, draft.title, timestamp, draft.summary, payload, filer.agent, filer.accountID,
                filer.partnerID, draft.contratID, draft.pconsoID, draft.personneID, draft.ni, draft.dateni,
                draft.contratID, draft.pconsoID, draft.personneID,
            ])
        try db.execute(
            sql: "INSERT INTO request_event (req_id, status, ts, comment, agent) VALUES (?, 'SEND', ?, ?, ?)",
            arguments: [id, timestamp, draft.flag, filer.agent])
        return id
    }

    /// The requests `filer` may read (optionally one id) with their history events.
    ///
    /// Requests belong to the contract, not to whoever filed them: a subscriber sees every
    /// request on the contracts where his person is occupant or payer, and those about his
    /// person, whether filed online (by any login on them) or at the counter; a partner sees
    /// every request in its communes, and its own filings. Each says where it came from
    /// (`agent`: the counter agent's login, null online).
    static func load(_ db: Database, filer: DemandeFiler, id: String? = nil) throws -> ResourceGraph {
        var sql = "SELECT * FROM request WHERE "
        var arguments: StatementArguments
        switch filer {
        case .subscriber(let identity):
            sql += """
                (contrat_id IN (SELECT contrat_id FROM contrat WHERE occupant_id = ? OR redevable_id = ?)
                OR personne_id = ? OR account_id = ?)
                """
            arguments = [identity.personID, identity.personID, identity.personID, identity.accountID]
        case .partner(let partner):
            let communes = try GraphLoader(db: db, scope: filer.populationScope).communeIDs()
            if let communes {
                let inCommunes =
                    communes.isEmpty ? "" : " OR commune_id IN (\(GraphLoader.marks(communes.count)))"
                sql += "(partner_id = ?\(inCommunes))"
                arguments = StatementArguments([partner.partner.id] + communes)
            } else {
                sql += "1"
                arguments = []
            }
        }
        if let id {
            sql += " AND req_id = ?"
            arguments += [id]
        }
        let requests = try Row.fetchAll(db, sql: sql, arguments: arguments)
        let ids = requests.compactMap { $0["req_id"] as String? }
        let events = try GraphLoader.rows(db, "SELECT * FROM request_event WHERE req_id IN", ids)
        var graph = ResourceGraph()
        var eventsByRequest: [String: [ResourceKey]] = [:]
        for row in events {
            guard let eventID: Int64 = row["event_id"], let requestID: String = row["req_id"] else {
                continue
            }
            let key = ResourceKey(type: "Partner_RequestEvent", id: String(eventID))
            eventsByRequest[requestID, default: []].append(key)
            var attributes = RowResources.attributes(row)
            attributes["event_id"] = .string(String(eventID))
            graph.insert(Resource(type: key.type, id: key.id, attributes: attributes))
        }
        for row in requests {
            guard let requestID: String = row["req_id"] else { continue }
            graph.insert(
                Resource(
                    type: "Partner_Request", id: requestID,
                    attributes: RowResources.attributes(
                        row, excluding: ["payload", "account_id", "partner_id", "commune_id"]),
                    relationships: ["history": .toMany(eventsByRequest[requestID] ?? [])]))
        }
        return graph
    }

    /// The resource a dry run shows: what would be stored, without id.
    static func preview(_ draft: DemandeDraft, filer: DemandeFiler, now: Date) -> JSONValue {
        var attributes: [String: JSONValue] = [
            "req_code": .string(draft.code), "req_status": .string("SEND"), "req_title": .string(draft.title),
            "req_ts": .string(OmegaDates.format(now)), "req_summary": .string(draft.summary),
        ]
        attributes["agent"] = filer.agent.map(JSONValue.string) ?? .null
        if let value = draft.contratID { attributes["contrat_id"] = .string(value) }
        if let value = draft.pconsoID { attributes["pconso_id"] = .string(value) }
        if let value = draft.personneID { attributes["personne_id"] = .string(value) }
        if let value = draft.ni { attributes["ni"] = .string(String(value)) }
        if let value = draft.dateni { attributes["dateni"] = .string(value) }
        if let value = draft.flag { attributes["comment"] = .string(value) }
        return .object([
            "jsonapi": JSONAPIResponse.jsonapiMember,
            "data": .object(["type": .string("Partner_Request"), "attributes": .object(attributes)]),
        ])
    }
}

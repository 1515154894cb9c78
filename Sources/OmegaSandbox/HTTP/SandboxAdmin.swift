import Foundation
import GRDB
import OmegaClient

/// The operator side of the sandbox (`omega-sandbox outbox` and `review`).
public enum SandboxAdmin {
    /// A decision of the water service on a request.
    public enum Decision: String, Sendable {
        /// Close the request (`CLOSED`): the reading joins the history or the person changes.
        case approve
        /// Refuse it (`REFUSED`) with a comment.
        case refuse
        /// Ask the subscriber (`CLIENT`) with a comment.
        case ask
    }

    /// One line per message written to the outbox, oldest first.
    public static func outbox(store: SandboxStore) async throws -> [String] {
        try await store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id").map { row in
                let created = Date(timeIntervalSince1970: TimeInterval(row["created_at"] as Int? ?? 0))
                return "\(OmegaDates.format(created))  to: \(row["recipient"] as String? ?? "")  "
                    + "subject: \(row["subject"] as String? ?? "")  \(row["body"] as String? ?? "")"
            }
        }
    }

    /// One line per request not yet closed, refused or in error.
    public static func pendingRequests(store: SandboxStore) async throws -> [String] {
        try await store.pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM request WHERE req_status NOT IN ('CLOSED', 'REFUSED', 'ERROR')
                    ORDER BY CAST(req_id AS INTEGER)
                    """
            ).map { row in
                let agent = (row["agent"] as String?).map { " agent=\($0)" } ?? ""
                return "\(row["req_id"] as String? ?? "")  \(row["req_status"] as String? ?? "")  "
                    + "\(row["req_code"] as String? ?? "")  \(row["req_title"] as String? ?? "")  "
                    + "\(row["req_summary"] as String? ?? "")\(agent)"
            }
        }
    }

    /// Applies `decision` to request `id`; returns a one-line report.
    public static func decide(store: SandboxStore, id: String, decision: Decision, comment: String?)
        async throws
        -> String
    {
        try await ReviewHook.decide(store: store, id: id, decision: decision, comment: comment)
    }
}

/// Applies an operator's decision through the ``ReviewService``.
enum ReviewHook {
    static func decide(store: SandboxStore, id: String, decision: SandboxAdmin.Decision, comment: String?)
        async throws
        -> String
    {
        let review = ReviewService(store: store)
        let demande: Demande
        switch decision {
        case .approve: demande = try await review.approve(id, comment: comment)
        case .refuse: demande = try await review.refuse(id, comment: comment ?? "")
        case .ask: demande = try await review.ask(id, comment: comment ?? "")
        }
        return "\(demande.id)  \(demande.statut?.rawValue ?? "?")  \(demande.commentaire ?? "")"
    }
}

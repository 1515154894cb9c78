import Foundation
import GRDB
import OmegaClient

/// The water service's side of requests: takes them up (`OMEGA`) and concludes them
/// (`CLOSED`, `REFUSED`, `CLIENT`, `ERROR`), each move a history event.
///
/// Two ways to drive it:
/// - **auto** (``runAuto()``, `--review auto`): a loop that takes up every waiting request after
///   ``AutoTiming/toProcessing`` and concludes it after ``AutoTiming/toDecision`` by the rules
///   (``ReadingRules`` for readings; contact updates are accepted);
/// - **manual** (`omega-sandbox review list|approve|refuse|ask`): ``pending()``,
///   ``approve(_:comment:agent:now:)``, ``refuse(_:comment:agent:now:)``, ``ask(_:comment:agent:now:)``.
///
/// Closing a request applies it in the same transaction: a reading joins the point's history,
/// a person's contact details change. Concurrent moves are safe: each move checks that the
/// request is still in the status it read.
public final class ReviewService: Sendable {
    /// Delays of the auto mode.
    public struct AutoTiming: Sendable {
        /// How long a request waits in `SAVED`/`SEND` before it is taken up.
        public var toProcessing: Duration
        /// How long a request stays in `OMEGA` before it is concluded.
        public var toDecision: Duration
        /// How often the loop looks for work.
        public var poll: Duration

        /// Delays; the defaults conclude a request within about four seconds.
        public init(
            toProcessing: Duration = .seconds(1), toDecision: Duration = .seconds(2),
            poll: Duration = .milliseconds(500)
        ) {
            self.toProcessing = toProcessing
            self.toDecision = toDecision
            self.poll = poll
        }
    }

    /// The agent name recorded on the auto mode's moves.
    public static let autoAgent = "revue-automatique"

    /// The database.
    public let store: SandboxStore
    /// Delays of the auto mode.
    public let timing: AutoTiming

    /// A review service over `store`.
    public init(store: SandboxStore, timing: AutoTiming = AutoTiming()) {
        self.store = store
        self.timing = timing
    }

    /// The requests not concluded yet (`SAVED`, `SEND`, `OMEGA`, `CLIENT`), oldest first.
    public func pending() async throws -> [Demande] {
        try await store.requests(statuses: [.enregistree, .envoyee, .enTraitement, .attenteClient])
    }

    /// What the rules would decide for the request now, without moving it.
    public func assess(_ requestId: String) async throws -> ReviewDecision {
        try await store.pool.read { db in
            guard let demande = try SandboxStore.request(db, id: requestId) else {
                throw ReviewError.notFound(requestId)
            }
            return try Self.decide(db, demande, payload: try SandboxStore.requestPayload(db, id: requestId))
        }
    }

    /// Accepts the request (taking it up first if needed) and applies it; when it cannot be
    /// applied it ends in `ERROR` with the reason.
    @discardableResult
    public func approve(
        _ requestId: String, comment: String? = nil, agent: String = "operateur", now: Date = Date()
    ) async throws -> Demande {
        try await conclude(requestId, agent: agent, now: now) { _, _, _ in
            .close(comment: comment ?? "Demande acceptée par le service des eaux.")
        }
    }

    /// Refuses the request with a comment for the subscriber.
    @discardableResult
    public func refuse(
        _ requestId: String, comment: String, agent: String = "operateur", now: Date = Date()
    ) async throws -> Demande {
        guard !comment.trimmingCharacters(in: .whitespaces).isEmpty else { throw ReviewError.commentRequired }
        return try await conclude(requestId, agent: agent, now: now) { _, _, _ in .refuse(comment: comment) }
    }

    /// Asks the subscriber a question (status `CLIENT`).
    @discardableResult
    public func ask(
        _ requestId: String, comment: String, agent: String = "operateur", now: Date = Date()
    ) async throws -> Demande {
        guard !comment.trimmingCharacters(in: .whitespaces).isEmpty else { throw ReviewError.commentRequired }
        return try await conclude(requestId, agent: agent, now: now) { _, _, _ in .askClient(comment: comment)
        }
    }

    /// One pass of the auto mode at `now`: takes up the requests waiting for longer than
    /// ``AutoTiming/toProcessing`` and concludes by the rules those in `OMEGA` for longer than
    /// ``AutoTiming/toDecision``. Returns the requests it moved, after their move.
    @discardableResult
    public func autoStep(now: Date = Date()) async throws -> [Demande] {
        var moved: [Demande] = []
        let processingLimit = now.addingTimeInterval(-timing.toProcessing.seconds)
        let decisionLimit = now.addingTimeInterval(-timing.toDecision.seconds)
        for demande in try await store.requests(statuses: [.enregistree, .envoyee]) {
            guard let since = demande.horodatage, since <= processingLimit, let statut = demande.statut else {
                continue
            }
            do {
                moved.append(
                    try await store.appendEvent(
                        requestId: demande.id, status: .enTraitement,
                        comment: "Demande prise en charge par le service des eaux.", agent: Self.autoAgent,
                        expected: statut, at: now))
            } catch StoreError.statusChanged {
                continue
            }
        }
        for demande in try await store.requests(statuses: [.enTraitement]) {
            guard let since = demande.horodatage, since <= decisionLimit else { continue }
            do {
                moved.append(
                    try await conclude(demande.id, agent: Self.autoAgent, now: now) { db, current, payload in
                        try Self.decide(db, current, payload: payload)
                    })
            } catch StoreError.statusChanged {
                continue
            } catch ReviewError.alreadyFinal {
                continue
            }
        }
        return moved
    }

    /// Runs the auto mode until the task is cancelled (errors are retried at the next poll).
    public func runAuto() async {
        while !Task.isCancelled {
            _ = try? await autoStep()
            try? await Task.sleep(for: timing.poll)
        }
    }

    /// Moves a request to the decision's status in one transaction: takes it up first when it
    /// still waits, applies a closing decision (an application failure ends in `ERROR`), and
    /// records each move.
    private func conclude(
        _ requestId: String, agent: String, now: Date,
        decision: @escaping @Sendable (Database, Demande, Data?) throws -> ReviewDecision
    ) async throws -> Demande {
        try await store.pool.write { db in
            guard var demande = try SandboxStore.request(db, id: requestId) else {
                throw ReviewError.notFound(requestId)
            }
            let statut = demande.statut ?? .unknown("")
            if statut.estFinal || !StatutDemande.connus.contains(statut) {
                throw ReviewError.alreadyFinal(id: requestId, statut: statut.rawValue)
            }
            if ReviewTransitions.isWaiting(statut) {
                demande = try SandboxStore.appendEvent(
                    db, requestId: requestId, status: .enTraitement,
                    comment: "Demande prise en charge par le service des eaux.", agent: agent,
                    expected: statut, at: now)
            }
            let payload = try SandboxStore.requestPayload(db, id: requestId)
            var outcome = try decision(db, demande, payload)
            if case .close = outcome {
                do {
                    try Self.apply(db, demande, payload: payload)
                } catch let failure as ApplyFailure {
                    outcome = .error(comment: failure.message)
                }
            }
            var from = demande.statut ?? .enTraitement
            if !ReviewTransitions.isAllowed(from: from, to: outcome.statut) {
                // CLIENT -> CLIENT (asking again) goes through OMEGA, as the status machine says.
                demande = try SandboxStore.appendEvent(
                    db, requestId: requestId, status: .enTraitement, comment: nil, agent: agent,
                    expected: from, at: now)
                from = .enTraitement
            }
            return try SandboxStore.appendEvent(
                db, requestId: requestId, status: outcome.statut, comment: outcome.comment, agent: agent,
                expected: from,
                at: now)
        }
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

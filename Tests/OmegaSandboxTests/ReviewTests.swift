import Foundation
import GRDB
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

/// The review of requests: the status machine, the plausibility rules, the auto mode and the
/// manual operations, with their effects on the history.
@Suite struct ReviewTests {
    private static let day: TimeInterval = 86_400
    private let instant = ReviewService.AutoTiming(
        toProcessing: .zero, toDecision: .zero, poll: .milliseconds(50))

    private func reading(_ index: Int, daysAgo: Double, consumption: Int?, from now: Date) -> Releve {
        var releve = Releve(id: "\(index)")
        releve.nouvelIndex = index
        releve.consommation = consumption
        releve.dateNouvelIndex = now.addingTimeInterval(-daysAgo * Self.day)
        return releve
    }

    @Test func statusMachineAllowsOnlyDocumentedMoves() {
        #expect(ReviewTransitions.isAllowed(from: .envoyee, to: .enTraitement))
        #expect(ReviewTransitions.isAllowed(from: .enregistree, to: .enTraitement))
        for end in [StatutDemande.terminee, .refusee, .attenteClient, .enErreur] {
            #expect(ReviewTransitions.isAllowed(from: .enTraitement, to: end))
            #expect(!ReviewTransitions.isAllowed(from: .envoyee, to: end))
        }
        for final in [StatutDemande.terminee, .refusee, .enErreur] {
            for target in StatutDemande.connus {
                #expect(!ReviewTransitions.isAllowed(from: final, to: target))
            }
        }
        #expect(ReviewTransitions.isAllowed(from: .attenteClient, to: .enTraitement))
        #expect(!ReviewTransitions.isAllowed(from: .attenteClient, to: .attenteClient))
    }

    @Test func readingRulesJudgePlausibility() {
        let now = Date()
        // 30 m³ every half-year: about 0.16 m³ a day.
        let history = [
            reading(1000, daysAgo: 547, consumption: 0, from: now),
            reading(1030, daysAgo: 365, consumption: 30, from: now),
            reading(1060, daysAgo: 182, consumption: 30, from: now),
        ]
        let plausible = ReadingRules.assess(
            nouvelIndex: 1090, date: now, compteurTourne: false, history: history)
        #expect(plausible.statut == .terminee)
        let below = ReadingRules.assess(nouvelIndex: 1050, date: now, compteurTourne: false, history: history)
        #expect(below.statut == .attenteClient)
        #expect(below.comment.contains("inférieur au dernier index relevé (1060 m³"))
        let huge = ReadingRules.assess(
            nouvelIndex: 1060 + 400, date: now, compteurTourne: false, history: history)
        #expect(huge.statut == .attenteClient)
        #expect(huge.comment.contains("dix fois"))
        let tooOld = ReadingRules.assess(
            nouvelIndex: 1070, date: now.addingTimeInterval(-200 * Self.day), compteurTourne: false,
            history: history)
        #expect(tooOld.statut == .refusee)
        // A four-digit meter near its maximum: going back to 5 is a rollover of 45 m³.
        let nearMaximum = [
            reading(9900, daysAgo: 547, consumption: 0, from: now),
            reading(9930, daysAgo: 365, consumption: 30, from: now),
            reading(9960, daysAgo: 182, consumption: 30, from: now),
        ]
        let wrapped = ReadingRules.assess(
            nouvelIndex: 5, date: now, compteurTourne: true, history: nearMaximum)
        #expect(wrapped.statut == .terminee, "a rollover may go below the last index")
        let unflagged = ReadingRules.assess(
            nouvelIndex: 5, date: now, compteurTourne: false, history: nearMaximum)
        #expect(unflagged.statut == .attenteClient)
        #expect(
            ReadingRules.assess(nouvelIndex: 10, date: now, compteurTourne: false, history: []).statut
                == .terminee)
        #expect(ReadingRules.consumptionSince(lastIndex: 9990, nouvelIndex: 15, rollover: true) == 25)
        #expect(ReadingRules.consumptionSince(lastIndex: 120, nouvelIndex: 150, rollover: false) == 30)
    }

    /// The demo house's point, its last reading, and a date after it.
    private func demoPoint(_ store: SandboxStore, _ summary: DemoSummary) async throws -> (
        Contrat, Releve, Date
    ) {
        let contrat = try #require(try await store.contracts(forAccount: summary.demoAccountId).first)
        let pointId = try #require(contrat.pointConsoId)
        let last = try #require(try await store.lastReading(pointConsoId: pointId))
        return (contrat, last, StoreTestSupport.referenceDate.addingTimeInterval(-Self.day))
    }

    @Test func autoModeClosesAPlausibleReadingAndAddsItToTheHistory() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 10)
        let (contrat, last, date) = try await demoPoint(store, summary)
        let pointId = try #require(contrat.pointConsoId)
        let index = try #require(last.nouvelIndex) + 12
        let filed = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: summary.demoAccountId, pointId: pointId, contratId: contrat.id, index: index,
                date: date))
        let review = ReviewService(store: store, timing: instant)
        let moved = try await review.autoStep()
        #expect(moved.last?.id == filed.id)
        let closed = try #require(try await store.request(id: filed.id))
        #expect(closed.statut == .terminee)
        let history = try await store.history(requestId: filed.id)
        #expect(history.compactMap(\.statut) == [.envoyee, .enTraitement, .terminee])
        #expect(history.last?.agent == ReviewService.autoAgent)
        let added = try #require(try await store.lastReading(pointConsoId: pointId))
        #expect(added.nouvelIndex == index)
        #expect(added.ancienIndex == last.nouvelIndex)
        #expect(added.consommation == 12)
        #expect(added.typeReleve == TypeReleve.autoReleve)
        #expect(try await review.autoStep().isEmpty, "nothing left to do")
    }

    @Test func autoModeAsksTheSubscriberAboutImplausibleIndexes() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 10)
        let (contrat, last, date) = try await demoPoint(store, summary)
        let pointId = try #require(contrat.pointConsoId)
        let lastIndex = try #require(last.nouvelIndex)
        let huge = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: summary.demoAccountId, pointId: pointId, contratId: contrat.id,
                index: lastIndex + 50_000,
                date: date))
        let below = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: summary.demoAccountId, pointId: pointId, contratId: contrat.id,
                index: lastIndex - 3,
                date: date))
        try await ReviewService(store: store, timing: instant).autoStep()
        for id in [huge.id, below.id] {
            let request = try #require(try await store.request(id: id))
            #expect(request.statut == .attenteClient)
            #expect(request.commentaire?.contains("Merci") == true)
        }
        #expect(try await store.lastReading(pointConsoId: pointId) == last, "no reading added")
    }

    @Test func personUpdateChangesOnlyContactFields() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 3)
        let payload =
            #"{"data":{"type":"Partner_Personne","id":"\#(summary.demoPersonneId)","#
            + #""attributes":{"telmobile":"06 11 22 33 44","mail":"claire@exemple.fr","nompers":"PIRATE"}}}"#
        let filed = try await store.insertRequest(
            NouvelleDemande(
                code: .miseAJourPersonne, titre: "Coordonnées", payload: Data(payload.utf8),
                accountId: summary.demoAccountId, personneId: summary.demoPersonneId))
        try await ReviewService(store: store, timing: instant).autoStep()
        #expect(try await store.request(id: filed.id)?.statut == .terminee)
        let person = try #require(try await store.fetch(Personne.self, id: summary.demoPersonneId))
        #expect(person.telephoneMobile == "06 11 22 33 44")
        #expect(person.email == "claire@exemple.fr")
        #expect(person.nom == "FONTAINE")
        #expect(person.prenom == "Claire")
    }

    @Test func autoModeWaitsForItsDelays() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 3)
        let (contrat, last, date) = try await demoPoint(store, summary)
        let filedAt = Date()
        let filed = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: nil, pointId: try #require(contrat.pointConsoId), contratId: contrat.id,
                index: try #require(last.nouvelIndex) + 1, date: date),
            at: filedAt)
        let review = ReviewService(store: store)  // 1 s to take up, 2 s to decide
        #expect(try await review.autoStep(now: filedAt).isEmpty)
        try await review.autoStep(now: filedAt.addingTimeInterval(1.5))
        #expect(try await store.request(id: filed.id)?.statut == .enTraitement)
        try await review.autoStep(now: filedAt.addingTimeInterval(2.5))
        #expect(try await store.request(id: filed.id)?.statut == .enTraitement)
        try await review.autoStep(now: filedAt.addingTimeInterval(4.5))
        #expect(try await store.request(id: filed.id)?.statut == .terminee)
    }

    @Test func runningAutoModeClosesARequest() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 3)
        let (contrat, last, date) = try await demoPoint(store, summary)
        let filed = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: nil, pointId: try #require(contrat.pointConsoId), contratId: contrat.id,
                index: try #require(last.nouvelIndex) + 2, date: date))
        let review = ReviewService(store: store, timing: instant)
        let task = Task { await review.runAuto() }
        defer { task.cancel() }
        var statut: StatutDemande?
        for _ in 0..<200 where statut != .terminee {
            try await Task.sleep(for: .milliseconds(50))
            statut = try await store.request(id: filed.id)?.statut
        }
        #expect(statut == .terminee)
    }

    @Test func manualOperationsFollowTheStatusMachine() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 3)
        let (contrat, last, date) = try await demoPoint(store, summary)
        let pointId = try #require(contrat.pointConsoId)
        let lastIndex = try #require(last.nouvelIndex)
        let review = ReviewService(store: store)
        let first = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: nil, pointId: pointId, contratId: contrat.id, index: lastIndex + 5, date: date))
        let second = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: nil, pointId: pointId, contratId: contrat.id, index: lastIndex + 7, date: date))
        #expect(try await review.pending().map(\.id) == [first.id, second.id])
        await #expect(throws: ReviewError.commentRequired) { try await review.refuse(first.id, comment: " ") }
        let refused = try await review.refuse(
            first.id, comment: "Photo du compteur illisible.", agent: "agent7")
        #expect(refused.statut == .refusee && refused.commentaire == "Photo du compteur illisible.")
        #expect(
            try await store.history(requestId: first.id).compactMap(\.statut) == [
                .envoyee, .enTraitement, .refusee,
            ])
        await #expect(throws: ReviewError.alreadyFinal(id: first.id, statut: "REFUSED")) {
            try await review.approve(first.id)
        }
        let asked = try await review.ask(second.id, comment: "Pouvez-vous confirmer ?")
        #expect(asked.statut == .attenteClient)
        let askedAgain = try await review.ask(second.id, comment: "Toujours en attente.")
        #expect(askedAgain.statut == .attenteClient)
        let approved = try await review.approve(second.id)
        #expect(approved.statut == .terminee)
        #expect(try await store.lastReading(pointConsoId: pointId)?.nouvelIndex == lastIndex + 7)
        #expect(
            try await store.history(requestId: second.id).compactMap(\.statut) == [
                .envoyee, .enTraitement, .attenteClient, .enTraitement, .attenteClient, .terminee,
            ])
        await #expect(throws: ReviewError.notFound("999")) { try await review.approve("999") }
        #expect(try await review.pending().isEmpty)
    }

    @Test func unreadableReadingEndsInError() async throws {
        let (store, _) = try await StoreTestSupport.populatedStore(subscribers: 2)
        let filed = try await store.insertRequest(
            NouvelleDemande(
                code: .releve, titre: "Relevé", payload: Data("{}".utf8), pointConsoId: "no-such-point",
                nouvelIndex: 5, dateNouvelIndex: StoreTestSupport.referenceDate))
        #expect(try await ReviewService(store: store).assess(filed.id).statut == .enErreur)
        let approved = try await ReviewService(store: store).approve(filed.id)
        #expect(approved.statut == .enErreur)
        #expect(approved.commentaire?.contains("inconnu") == true)
    }
}

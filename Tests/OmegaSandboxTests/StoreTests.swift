import Foundation
import GRDB
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

/// The store's queries on a generated population: scoping to one subscriber or to a partner's
/// communes, paging, relationships, and the sandbox tables (accounts, tokens, requests…).
@Suite struct StoreTests {
    @Test func subscriberSeesOnlyHisContracts() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore()
        let demo = try await store.contracts(forAccount: summary.demoAccountId)
        #expect(demo.count == 2)
        let stranger = try #require(
            try await store.page(
                Contrat.self, filter: "t.occupant_id <> ?", arguments: [summary.demoPersonneId]
            ).items
                .first)
        #expect(try await store.contract(id: stranger.id, forAccount: summary.demoAccountId) == nil)
        #expect(try await store.contract(id: demo[0].id, forAccount: summary.demoAccountId) == demo[0])
        let otherPerson = try await store.pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT occupant_id FROM contrat WHERE contrat_id = ?", arguments: [stranger.id])
        }
        let other = try await store.insertAccount(
            email: "voisin@exemple.fr", passwordHash: "h", personneId: try #require(otherPerson))
        let theirs = try await store.contracts(forAccount: other.id)
        #expect(theirs.contains(stranger))
        #expect(!theirs.contains { demo.contains($0) })
        let demoPoint = try #require(demo[0].pointConsoId)
        #expect(try await store.accountHoldsPoint(accountId: other.id, pointConsoId: demoPoint) == false)
        #expect(try await store.accountHoldsPoint(accountId: summary.demoAccountId, pointConsoId: demoPoint))
    }

    @Test func readingsAndInvoicesPageNewestFirst() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore()
        let contrat = try #require(try await store.contracts(forAccount: summary.demoAccountId).first)
        let first = try await store.readings(contratId: contrat.id, offset: 0, limit: 5)
        let second = try await store.readings(contratId: contrat.id, offset: 5, limit: 5)
        #expect(first.items.count == 5)
        #expect(first.total == second.total)
        #expect(first.total > 10)
        let dates = (first.items + second.items).compactMap(\.dateNouvelIndex)
        #expect(dates == dates.sorted(by: >))
        #expect(Set(first.items).isDisjoint(with: second.items))
        let invoices = try await store.invoices(contratId: contrat.id, limit: 3)
        let invoiceDates = invoices.items.compactMap(\.dateFacture)
        #expect(invoiceDates == invoiceDates.sorted(by: >))
        #expect(try await store.payableInvoice(numeroContrat: "000000000") == nil)
    }

    @Test func messagesInForceFollowTheirWindow() async throws {
        let (store, _) = try await StoreTestSupport.populatedStore(subscribers: 5)
        let now = try await store.messagesInForce(on: StoreTestSupport.referenceDate)
        #expect(Set(now.compactMap(\.titre)) == ["Relève des compteurs", "Paiement en ligne"])
        let later = StoreTestSupport.referenceDate.addingTimeInterval(86_400 * 400)
        #expect(try await store.messagesInForce(on: later).compactMap(\.titre) == ["Paiement en ligne"])
    }

    @Test func partnerListingStaysWithinItsCommunes() async throws {
        let (store, _) = try await StoreTestSupport.populatedStore(subscribers: 300)
        let ales = try await store.communeIds(named: ["alès"])
        #expect(ales.count == 1)
        let all = try await store.page(Contrat.self, limit: 5)
        let scoped = try await store.page(Contrat.self, limit: 1000, communes: ales)
        #expect(scoped.total > 0 && scoped.total < all.total)
        for contrat in scoped.items {
            #expect(try await store.communeId(type: Contrat.resourceType, id: contrat.id) == ales.first)
        }
        #expect(try await store.page(Contrat.self, communes: []).total == 0)
        // Unscoped tables ignore the communes.
        #expect(try await store.page(LigneEnumeration.self, communes: []).total > 20)
    }

    @Test func relationshipsLeadFromInvoiceToContract() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 5)
        let contrat = try #require(try await store.contracts(forAccount: summary.demoAccountId).first)
        let facture = try #require(try await store.invoices(contratId: contrat.id, limit: 1).items.first)
        let links = try #require(
            try await store.relatedIds(type: Facture.resourceType, id: facture.id, relationship: "contfact"))
        #expect(links.relationship.targetType == ContratFacture.resourceType)
        #expect(links.relationship.isToMany)
        let linkId = try #require(links.ids.first)
        let contract = try #require(
            try await store.relatedIds(type: ContratFacture.resourceType, id: linkId, relationship: "contrat")
        )
        #expect(contract.ids == [contrat.id])
        let resources = try await store.resources(type: Contrat.resourceType, ids: contract.ids)
        #expect(resources.first?.attributes["numcontrat"] == .string("343025705"))
        #expect(resources.first?.attributes["actif"] == .string("1"))
        #expect(
            try await store.relatedIds(type: Facture.resourceType, id: facture.id, relationship: "nope")
                == nil)
        let occupant = try #require(
            try await store.relatedIds(type: Contrat.resourceType, id: contrat.id, relationship: "occupant"))
        #expect(occupant.ids == [summary.demoPersonneId])
    }

    @Test func accountsAreUniqueByEmailAndCodesExpireOlderOnes() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 2)
        await #expect(throws: StoreError.emailTaken) {
            try await store.insertAccount(
                email: "DEMO@omega.test", passwordHash: "x", personneId: summary.demoPersonneId)
        }
        #expect(
            try await store.personneProvingOwnership(numeroContrat: "343025705", numeroFacture: "nope") == nil
        )
        let contrat = try #require(try await store.contract(numero: "343025705"))
        let facture = try #require(try await store.invoices(contratId: contrat.id, limit: 1).items.first)
        let numero = try #require(facture.numeroFacture)
        #expect(
            try await store.personneProvingOwnership(numeroContrat: "343025705", numeroFacture: numero)
                == summary.demoPersonneId)
        let account = try await store.insertAccount(
            email: "new@exemple.fr", passwordHash: "h1", personneId: "1")
        #expect(account.verified == false)
        let expiry = Date().addingTimeInterval(600)
        let firstCode = try await store.insertCode(
            accountId: account.id, purpose: .verification, codeHash: "c1", expiresAt: expiry)
        let secondCode = try await store.insertCode(
            accountId: account.id, purpose: .verification, codeHash: "c2", expiresAt: expiry)
        let current = try #require(try await store.currentCode(accountId: account.id, purpose: .verification))
        #expect(current.id == secondCode.id && current.id != firstCode.id && current.codeHash == "c2")
        #expect(try await store.recordCodeAttempt(codeId: current.id) == 1)
        #expect(try await store.recordCodeAttempt(codeId: current.id) == 2)
        try await store.markCodeUsed(codeId: current.id)
        #expect(try await store.currentCode(accountId: account.id, purpose: .verification) == nil)
        try await store.setVerified(accountId: account.id)
        try await store.setPasswordHash(accountId: account.id, passwordHash: "h2")
        let reread = try #require(try await store.account(id: account.id))
        #expect(reread.verified && reread.passwordHash == "h2")
        #expect(reread.model.email == "new@exemple.fr" && reread.model.estVerifie == true)
        try await store.appendOutbox(recipient: "new@exemple.fr", subject: "Code", body: "123456")
        try await store.appendOutbox(recipient: "other@exemple.fr", subject: "Code", body: "654321")
        #expect(try await store.outbox(recipient: "NEW@exemple.fr").map(\.body) == ["123456"])
        #expect(try await store.outbox().count == 2)
    }

    @Test func refreshTokensRotateOnceAndFamiliesDieTogether() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 1)
        let owner = summary.demoAccountId
        let later = Date().addingTimeInterval(7200)
        try await store.insertRefreshToken(
            RefreshTokenRecord(tokenHash: "t1", accountId: owner, familyId: "f", expiresAt: later))
        let next = RefreshTokenRecord(tokenHash: "t2", accountId: owner, familyId: "f", expiresAt: later)
        #expect(try await store.rotateRefreshToken(oldHash: "t1", replacement: next))
        let reuse = RefreshTokenRecord(tokenHash: "t3", accountId: owner, familyId: "f", expiresAt: later)
        #expect(try await store.rotateRefreshToken(oldHash: "t1", replacement: reuse) == false)
        #expect(try await store.refreshToken(hash: "t3") == nil)
        #expect(try await store.refreshToken(hash: "t1")?.revoked == true)
        try await store.revokeRefreshTokenFamily("f")
        #expect(try await store.refreshToken(hash: "t2")?.revoked == true)
        try await store.insertRefreshToken(
            RefreshTokenRecord(
                tokenHash: "old", accountId: owner, familyId: "g", expiresAt: Date().addingTimeInterval(-1)))
        let expired = RefreshTokenRecord(tokenHash: "t4", accountId: owner, familyId: "g", expiresAt: later)
        #expect(try await store.rotateRefreshToken(oldHash: "old", replacement: expired) == false)
    }

    @Test func failedLoginsAreCountedPerEmailAndPerAddress() async throws {
        let store = try SandboxStore.temporary()
        let now = Date()
        for offset in 0..<3 {
            try await store.recordLoginAttempt(
                email: "A@b.fr", address: "10.0.0.1", success: false,
                at: now.addingTimeInterval(Double(-offset)))
        }
        try await store.recordLoginAttempt(email: "a@b.fr", address: "10.0.0.2", success: true, at: now)
        try await store.recordLoginAttempt(
            email: "a@b.fr", address: "10.0.0.1", success: false, at: now.addingTimeInterval(-3600))
        let counts = try await store.failedLogins(
            email: "a@B.fr", address: "10.0.0.1", since: now.addingTimeInterval(-900))
        #expect(counts.forEmail.count == 3)
        #expect(counts.forAddress.count == 3)
        #expect(counts.forEmail == counts.forEmail.sorted())
    }

    @Test func requestsKeepTheirHistoryAndRefuseStaleMoves() async throws {
        let (store, summary) = try await StoreTestSupport.populatedStore(subscribers: 2)
        let contrat = try #require(try await store.contracts(forAccount: summary.demoAccountId).first)
        let filed = try await store.insertRequest(
            StoreTestSupport.readingRequest(
                accountId: summary.demoAccountId, pointId: try #require(contrat.pointConsoId),
                contratId: contrat.id,
                index: 123, date: StoreTestSupport.referenceDate))
        #expect(filed.statut == .envoyee && filed.code == .releve && filed.nouvelIndex == 123)
        #expect(Int(filed.id) ?? 0 > 100_000)
        #expect(try await store.request(id: filed.id, forAccount: "someone-else") == nil)
        #expect(try await store.requests(forAccount: summary.demoAccountId).map(\.id) == [filed.id])
        let moved = try await store.appendEvent(
            requestId: filed.id, status: .enTraitement, comment: "pris", agent: "op", expected: .envoyee)
        #expect(moved.statut == .enTraitement && moved.commentaire == "pris")
        await #expect(throws: StoreError.statusChanged(requestId: filed.id, current: "OMEGA")) {
            try await store.appendEvent(requestId: filed.id, status: .terminee, expected: .envoyee)
        }
        let history = try await store.history(requestId: filed.id)
        #expect(history.compactMap(\.statut) == [.envoyee, .enTraitement])
        #expect(history.last?.agent == "op")
        let payload = try #require(try await store.requestPayload(id: filed.id))
        #expect(String(decoding: payload, as: UTF8.self).contains("Partner_Releve"))
        let partnerPage = try await store.page(
            Demande.self, communes: try await store.communeIds(named: ["Alès"]))
        #expect(partnerPage.items.map(\.id) == [filed.id])
    }

    @Test func idempotencyRecordsAreWrittenOnce() async throws {
        let store = try SandboxStore.temporary()
        let record = IdempotencyRecord(
            scope: "acc-1", key: "k", bodyHash: "b", status: 202, response: Data("{}".utf8))
        try await store.saveIdempotencyRecord(record)
        await #expect(throws: StoreError.duplicateIdempotencyKey) {
            try await store.saveIdempotencyRecord(record)
        }
        let found = try #require(try await store.idempotencyRecord(scope: "acc-1", key: "k"))
        #expect(found.status == 202 && found.bodyHash == "b" && found.response == Data("{}".utf8))
        #expect(try await store.idempotencyRecord(scope: "acc-2", key: "k") == nil)
    }

    @Test func committedWritesSurviveReopening() async throws {
        let store = try SandboxStore.temporary()
        try await store.appendOutbox(recipient: "a@b.fr", subject: "s", body: "kept")
        try store.close()
        let reopened = try SandboxStore(path: store.path)
        #expect(try await reopened.outbox().map(\.body) == ["kept"])
        let mode = try await reopened.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}

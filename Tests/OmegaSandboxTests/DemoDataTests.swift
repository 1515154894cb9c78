import Foundation
import GRDB
import JSONAPI
import OmegaClient
import Testing

@testable import OmegaSandbox

/// The demo population: deterministic, the demo subscriber's two contracts, and the business
/// invariants (readings ordered, indexes monotonic except rollover and replacement, TTC = HT + TVA).
@Suite struct DemoDataTests {
    static let referenceDate =
        OmegaDate.date(year: 2026, month: 11, day: 15) ?? Date(timeIntervalSince1970: 0)

    private func generated(seed: UInt64, subscribers: Int = 150) async throws -> (SandboxStore, DemoSummary) {
        let store = try SandboxStore.temporary()
        let summary = try await DemoDataGenerator(
            seed: seed, subscribers: subscribers, referenceDate: Self.referenceDate
        )
        .generate(into: store, demoPasswordHash: "hash-of-the-demo-password")
        return (store, summary)
    }

    @Test func sameSeedGivesTheSamePopulation() async throws {
        let (first, firstSummary) = try await generated(seed: 42)
        let (second, secondSummary) = try await generated(seed: 42)
        let (other, _) = try await generated(seed: 43)
        #expect(firstSummary == secondSummary)
        let fingerprint = try await first.populationFingerprint()
        #expect(try await second.populationFingerprint() == fingerprint)
        #expect(try await other.populationFingerprint() != fingerprint)
    }

    @Test func theWholeReferenceMonthGivesTheSamePopulation() async throws {
        var fingerprints: [String] = []
        for day in [2, 28] {
            let store = try SandboxStore.temporary()
            let date = try #require(OmegaDate.date(year: 2026, month: 11, day: day, hour: 17))
            try await DemoDataGenerator(seed: 9, subscribers: 20, referenceDate: date)
                .generate(into: store, demoPasswordHash: "h")
            fingerprints.append(try await store.populationFingerprint())
        }
        #expect(fingerprints[0] == fingerprints[1])
    }

    @Test func generationFillsOnlyAnEmptyStore() async throws {
        let (store, _) = try await generated(seed: 1, subscribers: 5)
        await #expect(throws: DemoDataError.storeNotEmpty) {
            try await DemoDataGenerator(seed: 1, subscribers: 5, referenceDate: Self.referenceDate)
                .generate(into: store, demoPasswordHash: "x")
        }
    }

    @Test func demoAccountOwnsTwoContractsWithYearsOfHistory() async throws {
        let (store, summary) = try await generated(seed: 7)
        let account = try #require(try await store.account(email: DemoDataGenerator.demoEmail))
        #expect(account.id == summary.demoAccountId)
        #expect(account.verified)
        #expect(account.passwordHash == "hash-of-the-demo-password")
        let contrats = try await store.contracts(forAccount: account.id)
        #expect(contrats.compactMap(\.numeroContrat) == DemoDataGenerator.demoContractNumbers)
        for contrat in contrats {
            let readings = try await store.readings(contratId: contrat.id, limit: 100)
            #expect(readings.total >= 10, "half-yearly readings over 6 to 12 years")
            let invoices = try await store.invoices(contratId: contrat.id, limit: 100)
            // Half-yearly invoices in Alès, yearly in the small commune of the flat.
            #expect(invoices.total >= 5)
        }
        let house = try #require(contrats.first)
        let numero = try #require(house.numeroContrat)
        let payable = try #require(try await store.payableInvoice(numeroContrat: numero))
        #expect(payable.numeroContrat == house.numeroContrat)
        #expect(payable.nom == "FONTAINE")
        #expect(payable.estSoldee == false)
        let nap = try #require(payable.netAPayer)
        let cents = try #require(payable.netAPayerCentimes)
        #expect(Decimal(cents) == nap * 100)
    }

    @Test func readingsAreOrderedAndIndexesConsistent() async throws {
        let (store, _) = try await generated(seed: 11, subscribers: 400)
        let points = try await store.page(PointDeConsommation.self, limit: 10_000).items
        #expect(points.count > 400)
        var rollovers = 0
        var replacements = 0
        var leaks = 0
        var estimated = 0
        for point in points {
            let readings = try await store.pool.read { db in
                try StoreRow.fetchAll(
                    Releve.self, db, sql: "SELECT * FROM releve WHERE pconso_id = ? ORDER BY releve_id",
                    arguments: [point.id])
            }
            #expect(readings.count >= 2)
            for (previous, reading) in zip(readings, readings.dropFirst()) {
                let before = try #require(previous.dateNouvelIndex)
                let after = try #require(reading.dateNouvelIndex)
                let previousIndex = try #require(previous.nouvelIndex)
                #expect(before < after, "readings of point \(point.id) in date order")
                let ancien = try #require(reading.ancienIndex)
                let nouvel = try #require(reading.nouvelIndex)
                let consommation = try #require(reading.consommation)
                if reading.compteurId != previous.compteurId {
                    replacements += 1
                    #expect(ancien == 0 && reading.typeReleve == TypeReleve.pose)
                    #expect(nouvel == consommation)
                    continue
                }
                #expect(ancien == previousIndex)
                if reading.compteurTourne == true {
                    rollovers += 1
                    #expect(nouvel < ancien)
                    #expect(nouvel + 10_000 - ancien == consommation)
                } else {
                    #expect(nouvel >= ancien, "index never goes back without a rollover")
                    #expect(nouvel - ancien == consommation)
                }
                if reading.fuite == true { leaks += 1 }
                if reading.typeReleve == TypeReleve.estime { estimated += 1 }
            }
        }
        #expect(replacements >= 1)
        #expect(leaks >= 1)
        #expect(estimated >= 10)
        #expect(rollovers >= 1)
    }

    @Test func invoicesAddUpAndCoverEveryCase() async throws {
        let (store, _) = try await generated(seed: 5, subscribers: 400)
        let factures = try await store.page(Facture.self, limit: 100_000).items
        #expect(factures.count > 1000)
        for facture in factures {
            let ht = try #require(facture.montantHT)
            let tva = try #require(facture.montantTVA)
            let ttc = try #require(facture.montantTTC)
            #expect(ttc == ht + tva)
            let echeance = try #require(facture.dateEcheance)
            let emission = try #require(facture.dateFacture)
            #expect(echeance > emission)
            #expect(emission < Self.referenceDate)
        }
        #expect(factures.contains { $0.estAvoir == true && ($0.montantTTC ?? 0) < 0 })
        #expect(factures.contains { $0.estAnnulee == true && $0.dateAnnulation != nil })
        #expect(factures.contains { $0.estPreleve == true })
        #expect(factures.contains { $0.estMensualisee == true })
        #expect(factures.contains { $0.estSoldee == false && $0.estAnnulee == false })
        let water = factures.filter { $0.budget == "EAU" && $0.estAvoir == false }
        let ht = try #require(water.first?.montantHT)
        let tva = try #require(water.first?.montantTVA)
        // TVA 5.5 % on water, rounded to the cent.
        let rate = try #require(Decimal(string: "0.055", locale: Locale(identifier: "en_US_POSIX")))
        let difference = NSDecimalNumber(decimal: ht * rate - tva).doubleValue
        #expect(abs(difference) <= 0.005)
    }
}

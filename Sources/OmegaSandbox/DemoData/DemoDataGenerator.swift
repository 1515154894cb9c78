import Foundation
import GRDB
import JSONAPI
import OmegaClient

/// Generates the sandbox's demo population: communes of the Alès area, streets, houses and
/// apartment buildings, meters, contracts, years of half-yearly readings, invoices, messages,
/// enumerations, and the demo subscriber account.
///
/// Deterministic: the same seed, size and reference month give the same rows (a ``SplitMix64``
/// drives every choice; dates are placed relative to the first day of the reference month). Everything is written in one transaction through prepared
/// statements, indexes last, so that 100 000 subscribers take seconds, not minutes.
public struct DemoDataGenerator: Sendable {
    /// The demo subscriber's login.
    public static let demoEmail = "demo@omega.test"
    /// The demo subscriber's password (hash it with bcrypt and pass the hash to ``generate(into:demoPasswordHash:)``).
    public static let demoPassword = "Eau-Claire-2026"
    /// The demo subscriber's two contract numbers: a house in Alès (water and years of history,
    /// an invoice to pay) and a flat in Anduze (direct debit, a meter replacement).
    public static let demoContractNumbers = ["343025705", "343025713"]

    /// The seed of the random choices.
    public let seed: UInt64
    /// How many households to generate besides the demo subscriber's.
    public let subscribers: Int
    /// "Today" for the data: readings and invoices stop before the first day of its month.
    public let referenceDate: Date

    /// A generator. `referenceDate` defaults to now; tests pass a fixed date.
    public init(seed: UInt64, subscribers: Int = 200, referenceDate: Date = Date()) {
        self.seed = seed
        self.subscribers = max(0, subscribers)
        self.referenceDate = referenceDate
    }

    /// Fills an empty store and returns what was written.
    ///
    /// - Parameter demoPasswordHash: the bcrypt hash of ``demoPassword`` (the HTTP layer owns
    ///   password hashing).
    /// - Throws: ``DemoDataError/storeNotEmpty`` when the store already holds a population.
    @discardableResult
    public func generate(into store: SandboxStore, demoPasswordHash: String) async throws -> DemoSummary {
        guard try await store.isEmpty() else { throw DemoDataError.storeNotEmpty }
        let seed = seed
        let subscribers = subscribers
        // The population is anchored on the first day of the reference month, so that one
        // seed gives the same rows all month long (readings and invoices stop before it).
        let reference = CivilDay(referenceDate)
        let today = CivilDay(year: reference.year, month: reference.fields.month, day: 1)
        let createdAt =
            OmegaDate.date(year: reference.year, month: reference.fields.month, day: 1) ?? referenceDate
        let summary = try await store.pool.write { db in
            // A large page cache for the bulk load (back to SQLite's default afterwards).
            try db.execute(sql: "PRAGMA cache_size = -131072")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            let writer = DemoWriter(db)
            let population = DemoPopulation(seed: seed, today: today, writer: writer)
            try population.writeReferenceData()
            try population.writePlaces(households: subscribers + 1)
            let demoPerson = try population.household(Self.demoHouseOptions())
            try population.point(
                forExistingPerson: demoPerson,
                options: Self.demoFlatOptions(communes: population.communes.count))
            for _ in 0..<subscribers {
                try population.household()
            }
            let account = try SandboxStore.insertAccount(
                db, email: Self.demoEmail, passwordHash: demoPasswordHash, personneId: demoPerson,
                verified: true,
                at: createdAt)
            for statement in StoreSchema.indexes { try db.execute(sql: statement) }
            return DemoSummary(counts: writer.counts, demoAccountId: account.id, demoPersonneId: demoPerson)
        }
        return summary
    }

    private static func demoHouseOptions() -> DemoPopulation.HouseholdOptions {
        var options = DemoPopulation.HouseholdOptions()
        options.civilite = "MME"
        options.prenom = "Claire"
        options.nom = "FONTAINE"
        options.email = demoEmail
        options.communeIndex = 0
        options.years = 12
        options.flat = false
        options.numeroContrat = demoContractNumbers[0]
        options.payment = .manual
        options.radio = false
        options.replacement = false
        options.sewerage = false
        options.lastInvoiceUnpaid = true
        return options
    }

    private static func demoFlatOptions(communes: Int) -> DemoPopulation.HouseholdOptions {
        var options = DemoPopulation.HouseholdOptions()
        options.email = demoEmail
        // Anduze when the population is large enough to include it, else the last commune.
        options.communeIndex = min(4, communes - 1)
        options.years = 6
        options.flat = true
        options.numeroContrat = demoContractNumbers[1]
        options.payment = .directDebit
        options.radio = true
        options.replacement = true
        options.sewerage = false
        return options
    }
}

/// What a generation wrote.
public struct DemoSummary: Sendable, Equatable {
    /// Rows per table.
    public var counts: [String: Int]
    /// The demo subscriber's account id.
    public var demoAccountId: String
    /// The demo subscriber's person id.
    public var demoPersonneId: String
}

/// Failures of the demo data generator.
public enum DemoDataError: Error, Sendable, Equatable {
    /// The store already holds a population: generation only fills an empty store.
    case storeNotEmpty
}

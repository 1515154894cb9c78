import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI

@testable import OmegaTUI

/// The records of the screen tests (one subscriber with every case a screen words: a leak, a
/// rollover, an estimate, every invoice status, an open and a refused request, a message)
/// and the states built from them by the real store: a test logs in with keys and lets the
/// effects bring these records in, never assembling a state by hand.
@MainActor
enum TestData {
    /// The password of the test account.
    static let password = "Eau-Claire-2026"

    static let contract = ContractSummary(
        id: "c1", numeroContrat: "343025705", pconsoId: "p1",
        adresse: "12 rue des Lilas, 01000 Bourg-en-Bresse", numeroSerieCompteur: "M-998877")
    static let otherContract = ContractSummary(
        id: "c2", numeroContrat: "343025706", pconsoId: "p2", adresse: "3 place du Marché, 01000 Bourg",
        numeroSerieCompteur: "M-112233")

    /// Claire Martin, claire@example.org.
    static let profile = Fixtures.profile

    static let readings = [
        ReadingRecord(
            id: "r5", date: Fixtures.day("2026-03-01"), index: 1_350, consumption: 100, kind: .reel,
            leak: true),
        ReadingRecord(
            id: "r4", date: Fixtures.day("2025-09-01"), index: 1_250, consumption: 45, kind: .estime),
        ReadingRecord(
            id: "r3", date: Fixtures.day("2025-03-01"), index: 1_205, consumption: 40, kind: .reel,
            rollover: true),
        ReadingRecord(id: "r2", date: Fixtures.day("2024-09-01"), index: 1_165, consumption: 42, kind: .reel),
        ReadingRecord(id: "r1", date: Fixtures.day("2024-03-01"), index: 1_123, consumption: 38, kind: .reel),
    ]

    /// `readings`, then 40 older half-yearly ones: more than the first pages fill (40 rows),
    /// so the table says how many of the server's total it holds.
    static let longHistory =
        readings
        + (1...40).map { step in
            let date = Formatting.calendar.date(
                byAdding: .month, value: -6 * step, to: Fixtures.day("2024-03-01"))
            return ReadingRecord(
                id: "old\(step)", date: date ?? .distantPast, index: 1_123 - 40 * step, consumption: 40)
        }

    static let invoices = [
        Fixtures.invoice("2026-02", "2026-02-10", ttc: Decimal(string: "1234.56") ?? 0),
        Fixtures.invoice("2025-08", "2025-08-10", ttc: 100, solde: true),
        Fixtures.invoice("2025-02", "2025-02-10", ttc: 90, preleve: true),
        Fixtures.invoice("2024-08", "2024-08-10", ttc: 80, annulee: true),
        Fixtures.invoice("2024-02", "2024-02-10", ttc: 20, avoir: true),
    ]

    /// Request 42 is in progress (with its history), 41 was refused.
    static let requests = [
        RequestRecord(
            id: "42", code: .releve, status: .omega, title: "Relevé du 01/03/2026",
            date: Fixtures.day("2026-03-02", hour: 9),
            history: [
                RequestEvent(status: .saved, date: Fixtures.day("2026-03-02", hour: 9)),
                RequestEvent(
                    status: .omega, date: Fixtures.day("2026-03-02", hour: 10), comment: "Pris en charge"),
            ]),
        RequestRecord(
            id: "41", code: .miseAJourPersonne, status: .refused, title: "",
            date: Fixtures.day("2026-01-05", hour: 10)),
    ]

    static let messages = [
        ServiceMessage(
            id: "m1", title: "Coupure d'eau le 20 mars", body: "Travaux rue des Lilas de 8 h à 12 h.",
            from: Fixtures.day("2026-03-10"), until: Fixtures.day("2026-03-21"))
    ]

    /// The dry run's answer to an index 37 m³ above the last one.
    static let dryRun = FilingOutcome(
        request: RequestRecord(id: "", code: .releve, status: .saved, title: "", date: nil),
        impliedConsumption: 37)

    /// The subscriber's data source, with these records (adjusted by `configure`).
    static func subscriber(
        contracts: [ContractSummary] = [contract],
        _ configure: (inout FakeSubscriber.Contents) -> Void = { _ in }
    ) -> FakeSubscriber {
        FakeSubscriber { contents in
            contents.profile = profile
            contents.contracts = contracts
            contents.readings = readings
            contents.invoices = invoices
            contents.requests = requests
            contents.messages = messages
            contents.outcome = dryRun
            configure(&contents)
        }
    }

    /// A front end at the login screen whose account opens `subscriber`.
    static func loginScreen(
        language: Language = .fr, subscriber: FakeSubscriber = TestData.subscriber(),
        suggestedAccount: SuggestedAccount? = nil
    ) -> AppDriver {
        let account = FakeAccount(subscriber: subscriber) { contents in
            contents.email = profile.email ?? ""
            contents.password = password
        }
        return AppDriver(
            AppState(language: language, suggestedAccount: suggestedAccount),
            dependencies: Dependencies(account: account, drafts: InMemoryDraftStore(), clock: FrozenClock()))
    }

    /// Logged in with the keyboard, Accueil loaded: the state after login.
    static func loggedIn(language: Language = .fr, subscriber: FakeSubscriber = TestData.subscriber())
        async throws
        -> AppDriver
    {
        let driver = loginScreen(language: language, subscriber: subscriber)
        try await logIn(driver)
        return driver
    }

    /// Types the test account's e-mail and password, Enter, and waits for Accueil.
    static func logIn(_ driver: AppDriver) async throws {
        driver.type(profile.email ?? "")
        driver.press(.tab)
        driver.type(password)
        driver.press(.enter)
        try await driver.run(until: \.isOnLoadedAccueil, "Accueil loaded")
    }

    /// Logged in, then `keys`, and their work done.
    static func after(_ keys: [Key], subscriber: FakeSubscriber = TestData.subscriber()) async throws
        -> AppDriver
    {
        let driver = try await loggedIn(subscriber: subscriber)
        driver.press(keys)
        try await driver.settle()
        return driver
    }

    /// The index form, open from the keyboard: `n` then Enter on "Transmettre un index".
    static func indexForm(subscriber: FakeSubscriber = TestData.subscriber()) async throws -> AppDriver {
        let driver = try await after([.character("n"), .enter], subscriber: subscriber)
        try await driver.runUntilDraftLoaded()
        return driver
    }
}

extension AppState {
    /// Accueil with everything it shows loaded and nothing in flight.
    var isOnLoadedAccueil: Bool { screen == .accueil && contracts.hasLoaded && !isBusy }
}

extension AppDriver {
    /// Waits until the open form's saved draft was looked for (none in these tests), so no
    /// answer is left to arrive after the test looked.
    func runUntilDraftLoaded() async throws {
        try await run(
            until: { [shell] _ in !shell.store.runningIDs.contains(where: \.isDraft) }, "the draft looked up")
    }
}

extension EffectID {
    /// Whether this is a draft's load, write or deletion.
    var isDraft: Bool {
        if case .draft = self { return true }
        return false
    }
}

import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI

@testable import OmegaTUI

/// The demo subscriber of the sandbox, as its data source returns it, for the frame
/// snapshots: Claire FONTAINE and her house in Alès (contract 343025705: twelve years of
/// readings, the last invoice to pay in three instalments) and her flat (343025713).
///
/// Copied once from `SubscriberAPIDataSource` over a sandbox generated with
/// `DemoDataGenerator(seed: 1, subscribers: 20, referenceDate: Fixtures.now)` (15 March 2026),
/// so the snapshots never depend on the day they are drawn. The sandbox holds no request: the
/// two below, and the messages' dates, are written for that same reference day.
@MainActor
enum Demo {
    static let email = "demo@omega.test"
    static let password = "Eau-Claire-2026"

    static let house = ContractSummary(
        id: "21000", numeroContrat: "343025705", pconsoId: "1", adresse: "7 AV de la Fontaine, 30100 ALES",
        numeroSerieCompteur: "E148278819")
    static let flat = ContractSummary(
        id: "21001", numeroContrat: "343025713", pconsoId: "2",
        adresse: "5 RUE Pasteur, 30520 SAINT-MARTIN-DE-VALGALGUES", numeroSerieCompteur: "D248146508")

    static let person = ContactDetails(
        personneId: "1", civilite: "MME", nom: "FONTAINE", prenom: "Claire",
        fields: [
            .adresse2: "7 AV DE LA FONTAINE", .codePostal: "30100", .ville: "ALES",
            .telephone: "04 66 46 23 65",
            .mobile: "07 18 42 95 81", .mail: email,
        ])

    /// The house's readings, newest first.
    static let readings = [
        reading("500024", "2026-02-05", 2_819, after: "2025-08-18", 54, .estime),
        reading("500023", "2025-08-18", 2_765, after: "2025-02-12", 103, .reel),
        reading("500022", "2025-02-12", 2_662, after: "2024-08-12", 68, .reel),
        reading("500021", "2024-08-12", 2_594, after: "2024-02-08", 120, .reel),
        reading("500020", "2024-02-08", 2_474, after: "2023-08-16", 73, .reel),
        reading("500019", "2023-08-16", 2_401, after: "2023-02-25", 102, .reel),
        reading("500018", "2023-02-25", 2_299, after: "2022-08-14", 74, .reel),
        reading("500017", "2022-08-14", 2_225, after: "2022-02-22", 102, .reel),
        reading("500016", "2022-02-22", 2_123, after: "2021-08-17", 74, .reel),
        reading("500015", "2021-08-17", 2_049, after: "2021-02-06", 118, .reel),
        reading("500014", "2021-02-06", 1_931, after: "2020-08-16", 71, .reel),
        reading("500013", "2020-08-16", 1_860, after: "2020-02-18", 95, .reel),
        reading("500012", "2020-02-18", 1_765, after: "2019-08-20", 63, .reel),
        reading("500011", "2019-08-20", 1_702, after: "2019-02-14", 96, .reel),
        reading("500010", "2019-02-14", 1_606, after: "2018-08-04", 74, .reel),
        reading("500009", "2018-08-04", 1_532, after: "2018-02-14", 104, .reel),
        reading("500008", "2018-02-14", 1_428, after: "2017-08-06", 71, .reel),
        reading("500007", "2017-08-06", 1_357, after: "2017-02-07", 100, .reel),
        reading("500006", "2017-02-07", 1_257, after: "2016-08-21", 73, .reel),
        reading("500005", "2016-08-21", 1_184, after: "2016-02-14", 118, .reel),
        reading("500004", "2016-02-14", 1_066, after: "2015-08-23", 74, .reel),
        reading("500003", "2015-08-23", 992, after: "2015-02-26", 107, .reel),
        reading("500002", "2015-02-26", 885, after: "2014-08-15", 64, .reel),
        reading("500001", "2014-08-15", 821, after: "2014-05-27", 113, .reel),
        reading("500000", "2014-05-27", 708, after: nil, 0, .reel),
    ]

    /// The house's invoices, newest first (the sandbox numbers them per year of the cycle).
    static let invoices = [
        invoice(
            "40024", "003001", "2026-02-19", due: "2026-03-12", 54, "133.63", "7.35", "140.98", solde: false),
        invoice("40023", "002002", "2025-08-28", due: "2025-09-18", 103, "232.12", "12.77", "244.89"),
        invoice("40022", "002001", "2025-03-02", due: "2025-03-23", 68, "161.77", "8.9", "170.67"),
        invoice("40021", "001003", "2024-08-20", due: "2024-09-10", 120, "266.29", "14.65", "280.94"),
        invoice(
            "40020", "001002", "2024-03-13", due: "2024-04-03", 0, "-44.67", "-2.46", "-47.13", avoir: true),
        invoice("40019", "001001", "2024-02-22", due: "2024-03-14", 73, "171.82", "9.45", "181.27"),
        invoice("40018", "000002", "2023-09-03", due: "2023-09-24", 102, "230.11", "12.66", "242.77"),
        invoice("40017", "000001", "2023-03-13", due: "2023-04-03", 74, "173.83", "9.56", "183.39"),
        invoice("40016", "006002", "2022-08-21", due: "2022-09-11", 102, "230.11", "12.66", "242.77"),
        invoice("40015", "006001", "2022-03-07", due: "2022-03-28", 74, "173.83", "9.56", "183.39"),
        invoice("40014", "005002", "2021-08-29", due: "2021-09-19", 118, "262.27", "14.42", "276.69"),
        invoice("40013", "005001", "2021-02-12", due: "2021-03-05", 71, "167.8", "9.23", "177.03"),
        invoice("40012", "004002", "2020-08-28", due: "2020-09-18", 95, "216.04", "11.88", "227.92"),
        invoice("40011", "004001", "2020-03-07", due: "2020-03-28", 63, "151.72", "8.34", "160.06"),
        invoice("40010", "003002", "2019-09-04", due: "2019-09-25", 96, "218.05", "11.99", "230.04"),
        invoice("40009", "003001", "2019-03-02", due: "2019-03-23", 74, "173.83", "9.56", "183.39"),
        invoice("40008", "002002", "2018-08-20", due: "2018-09-10", 104, "234.13", "12.88", "247.01"),
        invoice("40007", "002001", "2018-02-24", due: "2018-03-17", 71, "167.8", "9.23", "177.03"),
        invoice("40006", "001002", "2017-08-18", due: "2017-09-08", 100, "226.09", "12.43", "238.52"),
        invoice("40005", "001001", "2017-02-16", due: "2017-03-09", 73, "171.82", "9.45", "181.27"),
        invoice("40004", "000002", "2016-09-05", due: "2016-09-26", 118, "262.27", "14.42", "276.69"),
        invoice("40003", "000001", "2016-03-02", due: "2016-03-23", 74, "173.83", "9.56", "183.39"),
        invoice("40002", "006002", "2015-09-05", due: "2015-09-26", 107, "240.16", "13.21", "253.37"),
        invoice("40001", "006001", "2015-03-04", due: "2015-03-25", 64, "153.73", "8.46", "162.19"),
        invoice("40000", "005001", "2014-08-30", due: "2014-09-20", 113, "252.22", "13.87", "266.09"),
    ]

    /// The house's invoice to pay, in three instalments (the sandbox gives them no dates).
    static let payable = PayableInvoice(
        numeroFacture: "003001", netAPayer: amount("140.98"), dueDate: Fixtures.day("2026-03-12"),
        instalments: [
            Instalment(dueDate: nil, amount: 47, reference: "40017svi-1"),
            Instalment(dueDate: nil, amount: amount("46.99"), reference: "40017svi-2"),
            Instalment(dueDate: nil, amount: amount("46.99"), reference: "40017svi-3"),
        ], reference: "40017svi")

    /// The messages in force on the reference day, newest first.
    static let messages = [
        ServiceMessage(
            id: "1", title: "Relève des compteurs",
            body:
                "Nos agents relèvent les compteurs de votre secteur ce mois-ci. Merci de laisser l'accès libre à votre compteur.",
            from: Fixtures.day("2026-02-19"), until: Fixtures.day("2026-04-15")),
        ServiceMessage(
            id: "2", title: "Paiement en ligne",
            body:
                "Réglez vos factures en ligne sur https://paiement.eaux-demo.fr ou par téléphone au 09 69 32 35 29 "
                + "avec la référence de paiement de votre facture, ou optez pour le prélèvement mensuel.",
            from: Fixtures.day("2025-01-25"), until: nil),
    ]

    /// An index filed online on 1 March that the service asks the subscriber to confirm
    /// (open), and a contact update filed at the counter by agent.dupont and accepted in
    /// January; newest first.
    static let requests = [
        RequestRecord(
            id: "100001", code: .releve, status: .client, title: "Relevé du 01/03/2026",
            date: Fixtures.day("2026-03-01", hour: 18),
            history: [
                RequestEvent(status: .saved, date: at("2026-03-01", 18, 2)),
                RequestEvent(status: .omega, date: at("2026-03-01", 18, 3)),
                RequestEvent(
                    status: .client, date: at("2026-03-01", 18, 5),
                    comment:
                        "L'index transmis (2719 m³) est inférieur au dernier index relevé (2819 m³ le 05/02/2026). "
                        + "Merci de vérifier et de confirmer votre index, ou de signaler un retour à zéro du compteur."
                ),
            ]),
        RequestRecord(
            id: "100000", code: .miseAJourPersonne, status: .closed, title: "Mise à jour des coordonnées",
            date: at("2026-01-12", 10, 30),
            history: [
                RequestEvent(status: .saved, date: at("2026-01-12", 10, 30)),
                RequestEvent(status: .omega, date: at("2026-01-12", 10, 31)),
                RequestEvent(
                    status: .closed, date: at("2026-01-12", 10, 33),
                    comment: "Demande acceptée par le service des eaux."),
            ], origin: .counter(agent: "agent.dupont")),
    ]

    /// What the sandbox answers to an index 37 m³ above the last one: the request it makes
    /// (saved, numbered after the two above).
    static let filing = FilingOutcome(
        request: RequestRecord(
            id: "100002", code: .releve, status: .saved, title: "Relevé du 15/03/2026", date: Fixtures.now),
        impliedConsumption: 37)

    /// The sandbox's refusal of an index below the last one: its stable code and values (the
    /// screen words it), and its own English text.
    static func indexBelowLast(_ last: Int) -> ServiceFailure {
        ServiceFailure(
            .refused,
            refusals: [
                Refusal(
                    field: "ni", code: "index-below-last",
                    text: "the index cannot be below the last one (\(last)) unless the meter rolled over",
                    values: ["last_index": String(last)])
            ])
    }

    /// The counter's search "name begins with FONT" on the demo population.
    static let searchResults = [
        SubscriberSearchResult(
            pconsoId: "1", contratId: "21000", numeroContrat: "343025705", personneId: "1",
            nom: "FONTAINE Claire",
            adresse: "7 AV de la Fontaine, 30100 ALES", numeroSerieCompteur: "E148278819"),
        SubscriberSearchResult(
            pconsoId: "2", contratId: "21001", numeroContrat: "343025713", personneId: "1",
            nom: "FONTAINE Claire",
            adresse: "5 RUE Pasteur, 30520 SAINT-MARTIN-DE-VALGALGUES", numeroSerieCompteur: "D248146508"),
        SubscriberSearchResult(
            pconsoId: "20", contratId: "21025", numeroContrat: "410000241", personneId: "21",
            nom: "FONTAINE Laetitia", adresse: "13 AV de la Fontaine, 30100 ALES",
            numeroSerieCompteur: "E117315927"),
    ]

    // MARK: States

    /// The demo subscriber's data source (the house's lists serve both contracts).
    static func subscriber(email: String? = email) -> FakeSubscriber {
        FakeSubscriber { contents in
            contents.profile = SubscriberProfile(email: email, personne: person)
            contents.contracts = [flat, house]
            contents.readings = readings
            contents.invoices = invoices
            contents.payable = payable
            contents.messages = messages
            contents.requests = requests
            contents.outcome = filing
        }
    }

    /// Connexion with the demo account suggested, as `omega-tui --demo` opens.
    static func loginScreen(subscriber: FakeSubscriber = Demo.subscriber()) -> AppDriver {
        let account = FakeAccount(subscriber: subscriber) { contents in
            contents.email = email
            contents.password = password
        }
        return AppDriver(
            AppState(suggestedAccount: SuggestedAccount(email: email, password: password)),
            dependencies: Dependencies(account: account, drafts: InMemoryDraftStore(), clock: FrozenClock()))
    }

    /// Logged in with Ctrl-D then Enter, Accueil loaded.
    static func loggedIn(subscriber: FakeSubscriber = Demo.subscriber()) async throws -> AppDriver {
        let driver = loginScreen(subscriber: subscriber)
        driver.press(.control("d"), .enter)
        try await driver.run(until: \.isOnLoadedAccueil, "Accueil loaded")
        return driver
    }

    /// Logged in, then `keys`, and their work done.
    static func after(_ keys: [Key], subscriber: FakeSubscriber = Demo.subscriber()) async throws -> AppDriver
    {
        let driver = try await loggedIn(subscriber: subscriber)
        driver.press(keys)
        try await driver.settle()
        return driver
    }

    /// "Transmettre un index", open from the keyboard.
    static func indexForm(subscriber: FakeSubscriber = Demo.subscriber()) async throws -> AppDriver {
        let driver = try await after([.character("n"), .enter], subscriber: subscriber)
        try await driver.runUntilDraftLoaded()
        return driver
    }

    /// The counter of agent.dupont over the demo population (the search answers `searchResults`
    /// and opens the demo subscriber, whose partner data has no account e-mail).
    static func counter(subscriber: FakeSubscriber = subscriber(email: nil)) -> CounterDriver {
        CounterDriver(
            agent: "agent.dupont",
            directory: FakeCounterDirectory(results: searchResults, subscriber: subscriber))
    }

    /// The counter with the house's subscriber opened: its contract number searched, the
    /// first result opened, Accueil loaded.
    static func counterOnTheHouse(subscriber: FakeSubscriber = subscriber(email: nil)) async throws
        -> CounterDriver
    {
        let driver = counter(subscriber: subscriber)
        driver.type(house.numeroContrat)
        driver.press(.enter)
        try await driver.run(until: { $0.search.page != nil }, "the results")
        driver.press(.enter)
        try await driver.run(until: { $0.app?.isOnLoadedAccueil == true }, "the subscriber's Accueil")
        return driver
    }

    // MARK: Records

    private static func amount(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }

    private static func at(_ iso: String, _ hour: Int, _ minute: Int) -> Date {
        Fixtures.day(iso, hour: hour).addingTimeInterval(TimeInterval(minute * 60))
    }

    private static func reading(
        _ id: String, _ iso: String, _ index: Int, after previous: String?, _ consumption: Decimal,
        _ kind: ReadingKind
    ) -> ReadingRecord {
        ReadingRecord(
            id: id, date: Fixtures.day(iso), index: index, previousDate: previous.map { Fixtures.day($0) },
            consumption: consumption, kind: kind)
    }

    private static func invoice(
        _ id: String, _ numero: String, _ iso: String, due: String, _ volume: Decimal, _ ht: String,
        _ tva: String, _ ttc: String, avoir: Bool = false, solde: Bool = true
    ) -> InvoiceRecord {
        InvoiceRecord(
            id: id, numero: numero, date: Fixtures.day(iso), dueDate: Fixtures.day(due), volume: volume,
            montantHT: amount(ht), montantTVA: amount(tva), montantTTC: amount(ttc), netAPayer: amount(ttc),
            avoir: avoir, solde: solde)
    }
}
